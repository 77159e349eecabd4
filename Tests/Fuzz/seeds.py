"""The seed requests of the fuzzers: the parity corpus (committed requests; generated OLS, fixed-effects and
bad-input cases; function tables) and the two examples (examples/main-job.json and examples/study.json) with their
data inlined — cut to five cities of each region and 9 replications, so that one run stays well under the fuzzers'
per-input time limit even in the sanitised debug build (the whole example study takes 40 s there).

    python3 Tests/Fuzz/seeds.py DIR [--dict FILE]   # every seed of at most 64 KiB into DIR (libFuzzer's seed
                                                    # corpus); FILE: libFuzzer's dictionary (-dict=FILE)

The dictionary holds JSON syntax, edge-case numbers, formula syntax, and every member name and short string value
of the seeds (estimators, methods, formats, option names), so it follows the corpus as estimators are added.
"""

import argparse
import csv
import io
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PARITY = ROOT / "Tests" / "Parity"
sys.path.insert(0, str(PARITY))
import function_tables  # noqa: E402
import generate_corpus  # noqa: E402

UNITS_PER_REGION = 5
REPLICATIONS = 9
MAXIMUM_SEED_BYTES = 64 * 1024


def example_panel_csv():
    """examples/nqpf_panel.csv restricted to the first UNITS_PER_REGION cities of each region (all years)."""
    rows = list(csv.DictReader(io.StringIO((ROOT / "examples" / "nqpf_panel.csv").read_text(encoding="utf-8"))))
    chosen = {}
    for row in rows:
        cities = chosen.setdefault(row["region"], [])
        if row["city"] not in cities and len(cities) < UNITS_PER_REGION:
            cities.append(row["city"])
    keep = {city for cities in chosen.values() for city in cities}
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(row for row in rows if row["city"] in keep)
    return out.getvalue()


def fewer_replications(node):
    """Every `replications` option in `node` set to at most REPLICATIONS (in place)."""
    if isinstance(node, dict):
        if isinstance(node.get("replications"), int):
            node["replications"] = min(node["replications"], REPLICATIONS)
        for value in node.values():
            fewer_replications(value)
    elif isinstance(node, list):
        for value in node:
            fewer_replications(value)


def example_requests():
    """The main job (with its text rendering) and the example study on the cut example panel."""
    data = {"csv": example_panel_csv()}
    requests = {}
    for name in ("main-job.json", "study.json"):
        request = json.loads((ROOT / "examples" / name).read_text(encoding="utf-8"))
        request["data"] = data
        if name == "main-job.json":
            request["render"] = ["text"]
        fewer_replications(request)
        requests[f"examples/{name}"] = generate_corpus.encoded(request)
    return requests


def seed_requests():
    """The mutator's seeds as a sorted list of (name, bytes)."""
    seeds = {f"requests/{p.name}": p.read_bytes() for p in sorted((PARITY / "requests").glob("*.json"))}
    for part in (generate_corpus.ols_requests(), generate_corpus.fixed_effects_requests(),
                 generate_corpus.bad_input_requests()):
        seeds.update({f"generated/{name}": content for name, content in part.items()})
    seeds.update(example_requests())
    return sorted(seeds.items())


def libfuzzer_seeds():
    """libFuzzer's seeds: the mutator's, the generated edge cases and the function tables, each ≤ 64 KiB."""
    seeds = dict(seed_requests())
    for part in (generate_corpus.corpus(), function_tables.requests(generate_corpus.FIXTURES)):
        seeds.update({f"generated/{name}": content for name, content in part.items()})
    return {name: content for name, content in seeds.items() if len(content) <= MAXIMUM_SEED_BYTES}


SYNTAX_TOKENS = ['{', '}', '[', ']', ':', ',', '"', '\\u0000', '\\ud800', 'null', 'true', 'false', '-0.0', '1e308',
                 '-1e308', '1e-308', '5e-324', '1e400', '9007199254740993', '0.5', '"abi":1', '~', '|', '+', '-', '*', ':',
                 '^', '`', 'i(', 'l(', 'f(', 'd(', 'log(', 'log1p(', 'exp(', 'sqrt(', 'abs(', ', ref=', '0 +', '- 1', 'NA']


def dictionary_words(seeds):
    """The dictionary's words: syntax tokens, then each seed's member names (quoted) and short string values."""
    words = list(SYNTAX_TOKENS)

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                words.append(json.dumps(key, ensure_ascii=False))
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str) and 0 < len(node) <= 24:
            words.append(json.dumps(node, ensure_ascii=False))

    for content in seeds.values():
        try:
            walk(json.loads(content))
        except ValueError:
            pass
    return list(dict.fromkeys(words))


def dictionary_entry(word):
    """One line of a libFuzzer dictionary: the word as a C-escaped string literal."""
    escaped = "".join(chr(b) if 0x20 <= b < 0x7F and b not in (0x22, 0x5C) else f"\\x{b:02x}" for b in word.encode("utf-8", "backslashreplace"))
    return f'"{escaped}"'


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--dict", help="write libFuzzer's dictionary here")
    arguments = parser.parse_args()
    folder = Path(arguments.folder)
    folder.mkdir(parents=True, exist_ok=True)
    seeds = libfuzzer_seeds()
    for name, content in sorted(seeds.items()):
        (folder / name.replace("/", "--")).write_bytes(content)
    if arguments.dict:
        Path(arguments.dict).write_text("".join(dictionary_entry(w) + "\n" for w in dictionary_words(seeds)))


if __name__ == "__main__":
    main()
