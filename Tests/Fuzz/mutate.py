"""Structure-aware mutator: valid-shaped PanelCore requests with degenerate data, made from the parity corpus and
the examples. Mutant k of seed S is always the same bytes for the same seed corpus (random.Random(f"{S}/{k}") drives
every choice; a request added to the corpus changes the draws).

Each mutant takes one seed request (Tests/Fuzz/seeds.py; data as CSV, columns or binary columns is read into a table first), applies one
to three operations and is written back as JSON (objects may name a member twice on purpose):

- data: constant, collinear, all-missing and per-unit-missing columns; one unit, one period, 0-3 rows;
  duplicated rows; extreme cells (+-1e308, 1e-308, subnormals, -0.0); columns scaled by 1e+-300 (tiny and huge
  weights); numbers turned into text and back; empty strings; one id for every row; values <= 0 under log;
- structure: a member removed, duplicated (the same key twice) or of another type; empty strings; option values
  at and beyond their bounds; seeds; `render` with every format (and repeats, unknown ones); figures of every
  type; comparison tables; formula edits (`*` chains, `x:x`, `i()`, `-1`, unknown names); models repeated;
- bytes (rarely): the serialised request truncated or with one byte changed.

    python3 Tests/Fuzz/mutate.py --seed 1 --count 100 --out DIR    # writes DIR/m000000.json ... and index.tsv
"""

import argparse
import base64
import copy
import csv
import io
import json
import math
import random
import struct
from pathlib import Path

from seeds import seed_requests

EXTREMES = [1e308, -1e308, 1.7976931348623157e308, 1e-308, -1e-308, 5e-324, 2.2250738585072014e-308 / 3, -0.0,
            0.0, 1e300, -1e300, 1e-300, 2.0 ** 53, 2.0 ** 53 + 2, 1e15 + 0.3]
BOUNDARY_NUMBERS = [0, 1, -1, 2, 0.5, -0.5, 1.5, 1e-12, 1 - 1e-16, 1e6, 2 ** 31, 2 ** 53, 2 ** 53 + 1, 1e308,
                    -1e308, 5e-324, -0.0, 100, 1000001]
ODD_VALUES = [None, True, False, "", "x", [], {}, [None], "NaN", "1e999"]
# Counts that legitimately cost time in proportion to their value (a valid 10^6 is slow, not a bug): only small,
# zero, negative, fractional or beyond-the-bound values are tried for them.
COST_KEYS = {"replications", "draws", "probes", "bootstrap", "permutations", "grid_points", "simulations", "steps",
             "lanczos_steps", "max_iterations", "iterations"}
COST_VALUES = [0, 1, 2, 3, -1, 1.5, 1000001, 2 ** 53 + 1, 1e308, None, "many"]
FORMATS = ["text", "markdown", "latex", "html", "csv", "rtf"]
FIGURE_TYPES = ["coefficients", "event_study", "placebo_density", "moran_scatter", "lines"]
SEEDS = [0, 1, 2 ** 53, 2 ** 53 + 1, 2 ** 64, -1, 1.5, None, "1", 1e308, -0.0]
LEVELS = [0, 1, 0.5, 1e-300, 1 - 1e-16, 0.999999, 1e-6, -0.95, 95, None]
MISSING = None


class Duplicated(dict):
    """An object that is written with some member names twice: `extra` holds the (key, value) pairs written
    after the ordinary members."""

    def __init__(self, members, extra):
        super().__init__(members)
        self.extra = extra


def encode(value):
    """JSON text of `value` (compact, UTF-8, shortest round-trip numbers; Duplicated objects repeat names)."""
    if isinstance(value, dict):
        pairs = list(value.items()) + list(getattr(value, "extra", []))
        return "{" + ",".join(json.dumps(str(k), ensure_ascii=False) + ":" + encode(v) for k, v in pairs) + "}"
    if isinstance(value, list):
        return "[" + ",".join(encode(v) for v in value) + "]"
    if isinstance(value, float) and not math.isfinite(value):
        return "null"
    return json.dumps(value, ensure_ascii=False)


# ---------------------------------------------------------------- the data table


def parse_number(text):
    """The float of a CSV field, or None when it is not a finite number."""
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) and text.strip().lower() not in ("nan", "inf", "infinity") else None


def table_from_data(data):
    """(columns {name: [values]}, form) from a request's `data`, or None when it is not one of the ABI's forms.
    Missing cells are None; numeric columns hold floats, text columns strings."""
    if not isinstance(data, dict):
        return None
    if isinstance(data.get("csv"), str):
        rows = list(csv.reader(io.StringIO(data["csv"].lstrip("\ufeff"))))
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            return None
        columns = {}
        for j, name in enumerate(rows[0]):
            cells = [r[j] for r in rows[1:]]
            present = [c for c in cells if c.strip() not in ("", "NA", ".")]
            numeric = all(parse_number(c) is not None for c in present)
            columns[name] = [None if c.strip() in ("", "NA", ".") else (parse_number(c) if numeric else c)
                             for c in cells]
        return columns, "csv"
    if isinstance(data.get("columns"), dict):
        try:
            columns = binary_columns_read(data["columns"])
        except (ValueError, struct.error):  # bad base64 or a partial value: left as the seed has it
            return None
        return (columns, "columns") if len({len(v) for v in columns.values()}) <= 1 else None  # ragged: left as is
    return None


def binary_columns_read(data_columns):
    """The `columns` form as {name: [values]}, binary columns decoded; ValueError for a member of no known form."""
    columns = {}
    for name, column in data_columns.items():
        if isinstance(column, list):
            columns[name] = list(column)
        elif isinstance(column, dict) and isinstance(column.get("float64"), str):
            raw = base64.b64decode(column["float64"])
            columns[name] = [None if math.isnan(x) else x for (x,) in struct.iter_unpack("<d", raw)]
        elif isinstance(column, dict) and isinstance(column.get("int32"), str):
            columns[name] = [float(x) for (x,) in struct.iter_unpack("<i", base64.b64decode(column["int32"]))]
        else:
            raise ValueError(name)
    return columns


def csv_field(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2 ** 53:
        return str(int(value))
    return repr(value) if isinstance(value, float) else str(value)


def data_from_table(columns, form, rng):
    """The request's `data` for `columns`, in `form` (csv or columns; numeric columns sometimes as float64)."""
    if form == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(list(columns))
        for row in zip(*columns.values()):
            writer.writerow([csv_field(v) for v in row])
        return {"csv": out.getvalue()}
    encoded = {}
    for name, values in columns.items():
        numeric = all(v is None or isinstance(v, (int, float)) and not isinstance(v, bool) for v in values)
        if numeric and values and rng.random() < 0.2:
            raw = b"".join(struct.pack("<d", math.nan if v is None else float(v)) for v in values)
            encoded[name] = {"float64": base64.b64encode(raw).decode()}
        else:
            encoded[name] = values
    return {"columns": encoded}


def is_numeric(values):
    return any(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values) and \
        all(v is None or isinstance(v, (int, float)) and not isinstance(v, bool) for v in values)


# ---------------------------------------------------------------- one mutant


class Mutant:
    """A request being mutated: its JSON tree, its data table (when it has one) and a log of what was done."""

    def __init__(self, request, rng):
        self.request, self.rng, self.log = request, rng, []
        parsed = table_from_data(request.get("data")) if isinstance(request, dict) else None
        self.columns, self.form = parsed if parsed else (None, None)
        self.data_changed = False

    # -- choices

    def used_columns(self, numeric=None):
        """Column names, those the request mentions outside its data first (80 %), optionally only numeric ones."""
        names = [n for n, v in self.columns.items() if numeric is None or is_numeric(v) == numeric]
        if not names:
            return []
        rest = encode({k: v for k, v in self.request.items() if k != "data"})
        used = [n for n in names if f'"{n}"' in rest or n in rest]
        return used if used and self.rng.random() < 0.8 else names

    def column(self, numeric=True):
        names = self.used_columns(numeric)
        return self.rng.choice(names) if names else None

    def panel_column(self, key):
        panel = self.request.get("panel")
        name = panel.get(key) if isinstance(panel, dict) else None
        return name if isinstance(name, str) and name in self.columns else None

    def rows(self):
        return len(next(iter(self.columns.values()))) if self.columns else 0

    def keep_rows(self, keep):
        self.columns = {n: [v[i] for i in keep] for n, v in self.columns.items()}

    # -- data operations (each returns a description, or None when it does not apply)

    def constant(self):
        name = self.column()
        if name is None:
            return None
        value = self.rng.choice([0.0, 1.0, -5.0, 1e308, 1e-308, 5e-324, 1e15])
        self.columns[name] = [None if v is None else value for v in self.columns[name]]
        return f"constant {name}={value!r}"

    def collinear(self):
        numeric = self.used_columns(True)
        if len(numeric) < 2:
            return None
        target, source = self.rng.sample(numeric, 2)
        a, b = self.rng.choice([(1, 0), (2, 1), (-1, 0), (1e-10, 3), (1e10, 0)])
        self.columns[target] = [None if v is None else a * v + b for v in self.columns[source]]
        return f"collinear {target}={a}*{source}+{b}"

    def all_missing(self):
        name = self.column(self.rng.random() < 0.7)
        if name is None:
            return None
        self.columns[name] = [None] * self.rows()
        return f"all missing {name}"

    def missing_group(self):
        unit, name = self.panel_column("id"), self.column()
        if unit is None or name is None or self.rows() == 0:
            return None
        chosen = self.rng.choice(self.columns[unit])
        self.columns[name] = [None if u == chosen else v for u, v in zip(self.columns[unit], self.columns[name])]
        return f"{name} missing for {unit}={chosen!r}"

    def single_group(self):
        key = self.rng.choice(["id", "time"])
        group = self.panel_column(key)
        if group is None or self.rows() == 0:
            return None
        chosen = self.rng.choice(self.columns[group])
        self.keep_rows([i for i, g in enumerate(self.columns[group]) if g == chosen])
        return f"only {group}={chosen!r}"

    def few_rows(self):
        if self.rows() == 0:
            return None
        count = self.rng.choice([0, 1, 2, 3])
        keep = sorted(self.rng.sample(range(self.rows()), min(count, self.rows())))
        self.keep_rows(keep)
        return f"{len(keep)} rows"

    def duplicate_rows(self):
        if self.rows() == 0:
            return None
        extra = [self.rng.randrange(self.rows()) for _ in range(self.rng.choice([1, 2, self.rows()]))]
        self.keep_rows(list(range(self.rows())) + extra)
        return f"{len(extra)} rows repeated"

    def extreme_cells(self):
        name = self.column()
        if name is None or self.rows() == 0:
            return None
        values = self.columns[name]
        for _ in range(self.rng.choice([1, 2, 3, len(values)])):
            values[self.rng.randrange(len(values))] = self.rng.choice(EXTREMES)
        return f"extreme cells in {name}"

    def scaled(self):
        name = self.column()
        if name is None:
            return None
        factor = 10.0 ** self.rng.choice([-300, -200, -100, 100, 200, 300])
        self.columns[name] = [None if v is None else max(-1e308, min(1e308, v * factor)) for v in self.columns[name]]
        return f"{name} scaled by {factor:g}"

    def swapped_type(self):
        name = self.rng.choice(list(self.columns)) if self.columns else None
        if name is None:
            return None
        values = self.columns[name]
        if is_numeric(values):
            self.columns[name] = [None if v is None else csv_field(v) + self.rng.choice(["", "x"]) for v in values]
        else:
            self.columns[name] = [None if v is None else float(len(str(v))) for v in values]
        return f"{name} changed type"

    def empty_strings(self):
        name = self.rng.choice(list(self.columns)) if self.columns else None
        if name is None:
            return None
        self.columns[name] = ["" if self.rng.random() < 0.5 else v for v in self.columns[name]]
        return f"empty strings in {name}"

    def one_unit(self):
        unit = self.panel_column("id")
        if unit is None:
            return None
        first = next((v for v in self.columns[unit] if v is not None), 1.0)
        self.columns[unit] = [first] * self.rows()
        return f"every row unit {first!r}"

    def non_positive(self):
        name = self.column()
        if name is None:
            return None
        value = self.rng.choice([0.0, -1.0, -0.0])
        self.columns[name] = [value if self.rng.random() < 0.5 else v for v in self.columns[name]]
        return f"values {value!r} in {name}"

    DATA_OPERATIONS = ["constant", "collinear", "all_missing", "missing_group", "single_group", "few_rows",
                       "duplicate_rows", "extreme_cells", "scaled", "swapped_type", "empty_strings", "one_unit",
                       "non_positive"]

    # -- structure operations

    def places(self, predicate):
        """Every (parent, key) in the request outside `data` whose value satisfies `predicate(key, value)`."""
        found = []

        def walk(node):
            items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else []
            for key, value in items:
                if node is self.request and key == "data":
                    continue
                if predicate(key, value):
                    found.append((node, key))
                walk(value)

        walk(self.request)
        return found

    def model_objects(self):
        return [parent[key] for parent, key in self.places(lambda k, v: isinstance(v, dict) and "estimator" in v)]

    def removed_member(self):
        places = [(p, k) for p, k in self.places(lambda k, v: True) if isinstance(p, dict)]
        if not places:
            return None
        parent, key = self.rng.choice(places)
        del parent[key]
        return f"removed {key}"

    def duplicated_member(self):
        places = self.places(lambda k, v: isinstance(v, dict) and v and not isinstance(v, Duplicated))
        places = [(p, k) for p, k in places] + [(None, None)]
        parent, key = self.rng.choice(places)
        target = self.request if parent is None else parent[key]
        if not target:
            return None
        name = self.rng.choice(list(target))
        value = copy.deepcopy(target[name]) if self.rng.random() < 0.5 else self.rng.choice(ODD_VALUES + [1])
        replacement = Duplicated(target, [(name, value)])
        if parent is None:
            self.request = replacement
        else:
            parent[key] = replacement
        return f"member {name} twice"

    def swapped_value(self):
        places = self.places(lambda k, v: not isinstance(v, (dict, list)) or self.rng.random() < 0.2)
        if not places:
            return None
        parent, key = self.rng.choice(places)
        old = parent[key]
        parent[key] = self.rng.choice(ODD_VALUES + BOUNDARY_NUMBERS + [[old], {"value": old}])
        return f"{key} was {encode(old)[:40]}, now {encode(parent[key])[:40]}"

    def emptied_string(self):
        places = self.places(lambda k, v: isinstance(v, str))
        if not places:
            return None
        parent, key = self.rng.choice(places)
        parent[key] = self.rng.choice(["", " ", "\u0000", "`", "~", "é" * 3])
        return f"string {key} emptied"

    def option_bounds(self):
        models = self.model_objects()
        if not models:
            return None
        model = self.rng.choice(models)
        options = model.setdefault("options", {}) if isinstance(model.get("options", {}), dict) else {}
        known = sorted(set(options) | OPTION_NAMES) if OPTION_NAMES else sorted(options)
        if not known:
            return None
        name = self.rng.choice(known)
        values = COST_VALUES if name in COST_KEYS else BOUNDARY_NUMBERS + ODD_VALUES + [[0, 0], [-1e308, 1e308]]
        options[name] = self.rng.choice(values)
        return f"options.{name}={encode(options[name])}"

    def seed(self):
        return self._set_option("seed", SEEDS)

    def level(self):
        return self._set_option("level", LEVELS)

    def _set_option(self, name, values):
        """Sets options.NAME of a random model to one of `values`."""
        models = self.model_objects()
        if not models:
            return None
        model = self.rng.choice(models)
        if not isinstance(model.get("options"), dict):
            model["options"] = {}
        model["options"][name] = self.rng.choice(values)
        return f"{name} {encode(model['options'][name])}"

    def render(self):
        choice = self.rng.random()
        if choice < 0.5:
            render = self.rng.sample(FORMATS, self.rng.randint(1, len(FORMATS)))
        elif choice < 0.7:
            render = ["text"] * 2
        elif choice < 0.85:
            render = list(FORMATS)
        else:
            render = self.rng.choice([[], True, "text", ["svg"], [None], ["TEXT"]])
        self.request["render"] = render
        return f"render {encode(render)}"

    def figures(self):
        count = len(self.model_objects())
        figures = []
        for _ in range(self.rng.randint(1, 3)):
            kind = self.rng.choice(FIGURE_TYPES)
            figure = {"type": kind}
            position = self.rng.choice([0, max(0, count - 1), count, -1])
            if kind == "coefficients":
                figure["models"] = [position] if self.rng.random() < 0.5 else list(range(count))
            elif kind == "lines" and self.columns:
                names = list(self.columns)
                figure.update(x=self.rng.choice(names), y=self.rng.choice(names))
                if self.rng.random() < 0.5:
                    figure["by"] = self.rng.choice(names)
            else:
                figure["model"] = position
            if self.rng.random() < 0.3:
                figure["title"] = self.rng.choice(["", "标题 & <b>", "x" * 300])
            figures.append(figure)
        target = self.request
        study = self.request.get("study")
        if isinstance(study, dict) and isinstance(study.get("sections"), list) and study["sections"]:
            section = self.rng.choice(study["sections"])
            target = section if isinstance(section, dict) else target
        target["figures"] = figures
        return f"figures {encode(figures)[:80]}"

    def tables(self):
        table = {"formats": self.rng.sample(FORMATS, self.rng.randint(1, 6)),
                 "decimals": self.rng.choice([0, 3, 8, 9, -1, 2.5]),
                 "stars": self.rng.choice([[], [0.01, 0.05, 0.1], [0.1, 0.05], [0, 1], [1e-300]]),
                 "below": self.rng.choice(["se", "t", "p", "ci", "none", "x"])}
        self.request["tables"] = [table]
        return f"tables {encode(table)}"

    def formula(self):
        places = self.places(lambda k, v: k == "formula" and isinstance(v, str))
        if not places:
            return None
        parent, key = self.rng.choice(places)
        old = parent[key]
        names = [n for n in (self.columns or {}) if n.isidentifier()] or ["x"]
        a, b = self.rng.choice(names), self.rng.choice(names)
        edits = [old + f" + {a}:{a}", old + f" + {a}*{a}", old + f" + i({b})", old + " - 1", old + " + nosuch",
                 old + " + " + "*".join(self.rng.sample(names, min(len(names), 4))), old.replace("~", "~ 0 +"),
                 old + f" + log({a})", old + f" + l({a}, 2)", old + f" + i({b}, {a})", old + " |", "~", "",
                 old + f" + `{a}`", old.split("|")[0] + f" | {b}^{a}"]
        parent[key] = self.rng.choice(edits)
        return f"formula {parent[key][:80]!r}"

    def repeated_model(self):
        models = self.request.get("models")
        if isinstance(models, list) and models:
            models.append(copy.deepcopy(self.rng.choice(models)))
            return "a model repeated"
        if isinstance(self.request.get("model"), dict):
            model = self.request.pop("model")
            self.request["models"] = [model, copy.deepcopy(model)] if self.rng.random() < 0.8 else []
            return "model as models"
        return None

    STRUCTURE_OPERATIONS = ["removed_member", "duplicated_member", "swapped_value", "emptied_string",
                            "option_bounds", "seed", "level", "render", "figures", "tables", "formula",
                            "repeated_model"]

    def apply(self, name):
        done = getattr(self, name)()
        if done:
            self.log.append(done)
            if name in self.DATA_OPERATIONS:
                self.data_changed = True

    def text(self):
        """The mutant's bytes (data written back from the table when an operation changed it)."""
        if self.data_changed and isinstance(self.request, dict):
            self.request["data"] = data_from_table(self.columns, self.form, self.rng)
        return encode(self.request).encode("utf-8", "backslashreplace")  # a lone surrogate stays an escape


def option_names(seeds):
    """Every member name of an `options` object in the seed requests."""
    names = set()

    def walk(node, parent_key):
        if isinstance(node, dict):
            if parent_key == "options":
                names.update(node)
            for key, value in node.items():
                walk(value, key)
        elif isinstance(node, list):
            for value in node:
                walk(value, parent_key)

    for _, content in seeds:
        try:
            walk(json.loads(content), None)
        except ValueError:
            pass
    return names


SEED_REQUESTS = seed_requests()
OPTION_NAMES = option_names(SEED_REQUESTS)
BAD_INPUT_SEEDS = [seed for seed in SEED_REQUESTS if seed[0].startswith("generated/bad-inputs/")]
OTHER_SEEDS = [seed for seed in SEED_REQUESTS if seed not in BAD_INPUT_SEEDS]
# Degenerate data in a request that is otherwise valid reaches the estimators; a broken structure mostly ends at the
# request reader. Data operations are therefore three times as likely, structure-breaking ones half as likely, and a
# third of the mutants also ask for renderings (where numbers are turned into text).
OPERATION_WEIGHTS = {**{name: 3 for name in Mutant.DATA_OPERATIONS},
                     **{name: 0.5 for name in ("removed_member", "duplicated_member", "swapped_value", "emptied_string")}}
RENDER_SHARE = 1 / 3
BAD_INPUT_SHARE = 0.1  # the catalogue has 68 small cases that mostly fail early: one mutant in ten starts there


def byte_mutation(content, rng):
    """The request bytes truncated, or with one byte replaced."""
    if not content:
        return content, "empty"
    position = rng.randrange(len(content))
    if rng.random() < 0.5:
        return content[:position], f"truncated at {position}"
    return content[:position] + bytes([rng.randrange(256)]) + content[position + 1:], f"byte {position} changed"


def mutant(seed, index):
    """(name of the seed request, mutant bytes, description) for mutant `index` of `seed`; deterministic."""
    rng = random.Random(f"{seed}/{index}")
    name, content = rng.choice(BAD_INPUT_SEEDS if rng.random() < BAD_INPUT_SHARE else OTHER_SEEDS)
    try:
        request = json.loads(content)
    except ValueError:
        request = None
    if not isinstance(request, dict) or rng.random() < 0.03:
        mutated, what = byte_mutation(content, rng)
        return name, mutated, what
    state = Mutant(request, rng)
    operations = (Mutant.DATA_OPERATIONS if state.columns else []) + Mutant.STRUCTURE_OPERATIONS
    weights = [OPERATION_WEIGHTS.get(name, 1) for name in operations]
    for _ in range(rng.choice([1, 1, 2, 2, 3])):
        state.apply(rng.choices(operations, weights)[0])
    if rng.random() < RENDER_SHARE:
        state.apply("render")
    content = state.text()
    if rng.random() < 0.02:
        content, what = byte_mutation(content, rng)
        state.log.append(what)
    return name, content, "; ".join(state.log) or "unchanged"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--start", type=int, default=0, help="index of the first mutant")
    parser.add_argument("--out", required=True, help="folder for the mutants")
    arguments = parser.parse_args()
    out = Path(arguments.out)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "index.tsv", "w", encoding="utf-8", errors="backslashreplace") as index:
        for k in range(arguments.start, arguments.start + arguments.count):
            base, content, what = mutant(arguments.seed, k)
            (out / f"m{k:06d}.json").write_bytes(content)
            index.write(f"m{k:06d}.json\t{base}\t{what}\n")


if __name__ == "__main__":
    main()
