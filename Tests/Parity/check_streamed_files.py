"""Streamed data files: a data file beside a request, read by the wasm module in pieces where it asks
(`pc_run_with_file`, through the Python host's `Engine.run_with_status(request, data=FILE)` and the Node host's
`cli.mjs --data FILE`), must give byte-identical responses to the native `panelcore run --data FILE` — CSV in UTF-8
(one over several 1 MiB pieces), GB18030, Stata .dta, Excel .xlsx (also a sheet named in the request's `data`, whose
file options `run --data` keeps), a malformed CSV and an empty file. Run by run_parity.py (its last check); also on
its own:

    python3 Tests/Parity/check_streamed_files.py [--native PATH] [--wasm PATH] [--baseline-wasm PATH]
"""

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from runners import ROOT, process_outcome, panelcore

FIXTURES = ROOT / "Tests" / "PanelCoreTests" / "Fixtures"
OLS = {"estimator": "ols", "formula": "NQP ~ DF + UL + CSL | city + year", "vcov": {"cluster": "city"}}
COLUMNS = {"estimator": "columns"}


def large_csv(folder):
    """A UTF-8 CSV of about 3 MiB (several of the module's 1 MiB pieces, fields across their boundaries): 60,000 rows
    of a unit, a year and two decimals with many digits, made the same way every time."""
    lines = ["unit,year,y,x"]
    for row in range(60_000):
        unit, year = row // 10, 2000 + row % 10
        x = ((row * 7919) % 10_007) / 997.0
        lines.append(f"u{unit},{year},{x * 1.5 + (row % 13) / 7:.17g},{x:.17g}")
    path = Path(folder, "large.csv")
    path.write_text("\n".join(lines) + "\n")
    return path


def cases(folder):
    """(name, data file, request) triples."""
    malformed = Path(folder, "ragged.csv")
    malformed.write_bytes(b"a,b\n1,2\n3\n4,5\n")
    empty = Path(folder, "empty.csv")
    empty.write_bytes(b"")
    request = lambda model, **members: dict({"abi": 1, "model": model, "render": ["text"]}, **members)
    return [
        ("example panel, ols", ROOT / "examples" / "nqpf_panel.csv", request(OLS, panel={"id": "city", "time": "year"})),
        ("3 MiB csv, two-way ols", large_csv(folder),
         request({"estimator": "ols", "formula": "y ~ x | unit + year", "vcov": {"cluster": "unit"}})),
        ("gb18030 csv, columns", FIXTURES / "encodings" / "gb18030.csv", request(COLUMNS)),
        ("stata 117 .dta, columns", FIXTURES / "dta" / "pandas_117.dta", request(COLUMNS)),
        ("excel .xlsx, columns", FIXTURES / "xlsx" / "xlsxwriter.xlsx", request(COLUMNS)),
        ("excel .xlsx, a sheet named in data", FIXTURES / "xlsx" / "openpyxl.xlsx",
         request(COLUMNS, data={"sheet": "Offset"})),
        ("malformed csv", malformed, request(COLUMNS)),
        ("empty file", empty, request(COLUMNS)),
    ]


def native_outcome(native, path, request, folder):
    """The native CLI's Outcome for `request` with the data file `path`: `run --data FILE`."""
    request_path = Path(folder, "native-request.json")
    request_path.write_text(json.dumps(request, ensure_ascii=False))
    return process_outcome([str(native), "run", "--data", str(path), str(request_path)])


def main(native, wasm, baseline_wasm):
    """Prints one line per case and runtime; returns the number of failures."""
    engines = {"wasmtime-lib": panelcore.Engine(str(wasm)), "wasmtime-baseline": panelcore.Engine(str(baseline_wasm))}
    failures = 0
    with tempfile.TemporaryDirectory() as folder:
        for name, path, request in cases(folder):
            request_path = Path(folder, "request.json")
            request_path.write_text(json.dumps(request, ensure_ascii=False))
            expected = native_outcome(native, path, request, folder)
            outcomes = {runtime: engine.run_with_status(request_path.read_bytes(), data=path)
                        for runtime, engine in engines.items()}
            node = process_outcome(["node", "--no-warnings", str(ROOT / "host" / "node" / "cli.mjs"), "--data", str(path),
                                    str(request_path)], environment=dict(os.environ, PANELCORE_WASM=str(wasm)))
            outcomes["node-lib"] = (node.status, node.response) if node.problem is None else node.problem
            for runtime, outcome in outcomes.items():
                same = expected.problem is None and outcome == (expected.status, expected.response)
                failures += not same
                print(f"{'pass' if same else 'FAIL'}  {name} / {runtime}"
                      + ("" if same else f": got {str(outcome)[:160]}, native {expected}"[:400]))
    return failures


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--native", default=str(ROOT / ".build" / "debug" / "panelcore"))
    parser.add_argument("--wasm", default=str(ROOT / ".build-wasm" / "panelcore.wasm"))
    parser.add_argument("--baseline-wasm", default=str(ROOT / ".build-wasm" / "panelcore-baseline.wasm"))
    arguments = parser.parse_args()
    sys.exit(1 if main(Path(arguments.native).resolve(), Path(arguments.wasm).resolve(),
                       Path(arguments.baseline_wasm).resolve()) else 0)
