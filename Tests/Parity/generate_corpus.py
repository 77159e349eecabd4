"""Writes the parity requests that are too large to commit, or derived from committed fixtures, into
Tests/Parity/generated/ (deterministic): deep nesting and huge numbers; every entry of the bad-input catalogue;
every OLS and fixed-effects OLS reference case with its text rendering; the main job on the example panel; and one `evaluate`
request per numerical function and reference table (every row), so each function is checked bit for bit; and
requests refused by a size limit (`limit_requests`).

Run directly or let run_parity.py call it; re-running rewrites the same bytes.
"""

import base64
import json
import struct
from pathlib import Path

import function_tables

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "Tests" / "PanelCoreTests" / "Fixtures"
GENERATED = Path(__file__).resolve().parent / "generated"
NESTING_DEPTH = 100_000
NUMBER_DIGITS = 100_000


def corpus():
    """The generated requests as {file name: bytes}."""
    return {
        # Balanced 100,000-deep arrays inside a request: a parser must refuse, not exhaust the stack.
        "deep-nesting-balanced.json": b'{"abi":1,"data":' + b"[" * NESTING_DEPTH + b"]" * NESTING_DEPTH + b"}",
        # Only the openings, as nst/JSONTestSuite's n_structure_100000_opening_arrays.
        "deep-nesting-unclosed.json": b"[" * NESTING_DEPTH,
        # Objects nest through a different code path than arrays in most parsers.
        "deep-nesting-objects.json": b'{"a":' * NESTING_DEPTH + b"1" + b"}" * NESTING_DEPTH,
        # A 100,000-digit integer (overflows Double to +infinity when converted).
        "huge-number-digits.json": b'{"abi":1,"x":' + b"9" * NUMBER_DIGITS + b"}",
    }


def encoded(request):
    return json.dumps(request, ensure_ascii=False, separators=(",", ":")).encode()


def bad_input_requests():
    """The bad-input catalogue (Fixtures/abi/bad-inputs.json), one request each."""
    cases = json.loads((FIXTURES / "abi" / "bad-inputs.json").read_text())
    return {f"bad-inputs/{k:02d}.json": case["request"].encode() for k, case in enumerate(cases)}


def ols_requests():
    """Every OLS reference case (Fixtures/ols), asking for the text rendering too."""
    requests = {}
    for path in sorted((FIXTURES / "ols").glob("*.json")):
        case = json.loads(path.read_text())
        model = {"estimator": "ols", "formula": case["formula"], "vcov": case["vcov"]}
        data = {"csv": (FIXTURES / "ols" / case["data"]).read_text()}
        requests[f"ols/{path.name}"] = encoded({"abi": 1, "data": data, "model": model, "render": ["text"]})
    return requests


def fixed_effects_requests():
    """Every fixed-effects OLS reference case (Fixtures/feols), with its text rendering."""
    requests = {}
    for path in sorted((FIXTURES / "feols").glob("*.json")):
        case = json.loads(path.read_text())
        request = dict(case["request"], abi=1, render=["text"])
        request["data"] = {"csv": (FIXTURES / "feols" / case["data"]).read_text()}
        requests[f"feols/{path.name}"] = encoded(request)
    return requests


def main_job_request():
    """The README's main job: examples/main-job.json on examples/nqpf_panel.csv."""
    request = json.loads((ROOT / "examples" / "main-job.json").read_text())
    request["data"] = {"csv": (ROOT / "examples" / "nqpf_panel.csv").read_text(encoding="utf-8")}
    request["render"] = ["text"]
    return {"main-job.json": encoded(request)}


def example_study_request():
    """The bundled example study (examples/study.json) on the example panel: every table format and figure."""
    request = json.loads((ROOT / "examples" / "study.json").read_text(encoding="utf-8"))
    request["data"] = {"csv": (ROOT / "examples" / "nqpf_panel.csv").read_text(encoding="utf-8")}
    for section in request["study"]["sections"]:
        for model in section.get("models", []):
            if "replications" in model.get("options", {}):
                model["options"]["replications"] = 40  # the interpreter runtimes (wasmkit) are slow; the rule is the same
    return {"study-example.json": encoded(request)}


def language_requests():
    """The one request language on the example panel: the schema, unified formulas with their role members, old
    spellings (deprecation warnings) and closest-name errors. (`"data": {"path"}` is not here: the CLI reads it, the
    module refuses it — RequestLanguageTests checks the core's refusal.)"""
    panel = (ROOT / "examples" / "nqpf_panel.csv").read_text(encoding="utf-8")
    weights = {"units": "city", "attribute": "UL", "type": "economic_distance"}
    models = {
        "mediation-formula": {"estimator": "mediation", "formula": "NQP ~ DF + UL + CSL | city + year", "mediators": ["RI", "GLCT"],
                              "vcov": {"cluster": "city"}, "options": {"replications": 20, "seed": 7}},
        "moderation-old-spelling": {"estimator": "moderation", "outcome": "NQP", "treatment": "DF", "moderator": "DAG",
                                    "controls": ["UL"], "fixed_effects": ["city", "year"]},
        "sdm-formula-two-way": {"estimator": "spatial_panel", "model": "sdm", "formula": "NQP ~ DF + UL | city + year",
                                "weights": weights, "options": {"effects": "none"}},
        "did-pilot-twoway-cluster": {"estimator": "did", "formula": "NQP ~ UL | city + year", "treatment": "pilot",
                                     "vcov": {"cluster": ["city", "year"]}},
        "callaway-santanna-formula": {"estimator": "callaway_santanna", "formula": "NQP ~ 1", "treatment": "pilot"},
        "bad-misspelt-member": {"estimator": "ols", "formla": "NQP ~ DF"},
        "bad-misspelt-option": {"estimator": "placebo", "formula": "NQP ~ UL | city + year", "treatment": "pilot",
                                "options": {"replicatons": 10}},
        "bad-both-spellings": {"estimator": "heterogeneity", "formula": "NQP ~ DF", "outcome": "NQP", "group": "region"},
    }
    requests = {"language/schema.json": encoded({"abi": 1, "model": {"estimator": "schema"}})}
    for name, model in models.items():
        requests[f"language/{name}.json"] = encoded({"abi": 1, "data": {"csv": panel}, "panel": {"id": "city", "time": "year"},
                                                     "model": model, "render": ["text"]})
    return requests


def int32_column(values):
    """A binary int32 column (compact for many rows)."""
    return {"int32": base64.b64encode(struct.pack("<%di" % len(values), *values)).decode()}


def limit_requests():
    """Size limits refused from the request's dimensions, before anything large is built (docs/ABI.md, "Limits and
    memory estimates"): a design whose width comes from factor level counts, a correlation table of too many
    columns, spatial weights over too many units."""
    rows = 1000
    design = {"abi": 1, "data": {"columns": {name: int32_column([(k * step) % rows for k in range(rows)])
                                             for name, step in (("y", 7), ("x", 3), ("g", 1), ("h", 1))}},
              "model": {"estimator": "ols", "formula": "y ~ x + i(g):i(h)"}}
    correlation = {"abi": 1, "data": {"columns": {"c%d" % k: [k, k + 1] for k in range(1001)}},
                   "model": {"estimator": "correlation", "columns": ["c%d" % k for k in range(1001)]}}
    weights = {"abi": 1, "data": {"columns": {"id": [0, 1, 2, 3], "y": [1, 2, 3, 5]}},
               "model": {"estimator": "moran", "variable": "y", "weights": {"units": "id", "edges": [], "ids": list(range(5001))}}}
    return {"limits/design-factor-width.json": encoded(design), "limits/correlation-columns.json": encoded(correlation),
            "limits/weights-units.json": encoded(weights)}


def write_all():
    """Writes every generated request, creating the folders if needed."""
    generated = dict(corpus())
    for part in (bad_input_requests(), ols_requests(), fixed_effects_requests(), main_job_request(), example_study_request(),
                 language_requests(), limit_requests(), function_tables.requests(FIXTURES)):
        generated.update(part)
    for name, content in generated.items():
        path = GENERATED / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)


if __name__ == "__main__":
    write_all()
