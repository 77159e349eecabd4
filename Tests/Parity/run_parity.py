"""Native/wasm parity: every request must get byte-identical responses and the same status everywhere.

Runs each Tests/Parity/requests/*.json and Tests/Parity/generated/**/*.json (after regenerating this
folder's own large cases) through the native CLI (`panelcore run -`, and `panelcore run FILE`, which maps the
file), the wasm module as a WASI
command under wasmtime-py, its library exports under wasmtime-py, `wasmkit run` (the baseline module,
without SIMD), and node (library exports). One request x runtime is one test. The reference outcome of a request is the one most
runtimes agree on (ties go to the earlier runtime, native first); a runtime passes when it produced
that outcome. Prints a table, the differences, and finally `N passed, M failed`; exits 1 on a failure. Then, unless
`--runtimes` picks a subset, check_streamed_files.py compares data files streamed into the module
(`pc_run_with_file`) with the native `panelcore run --data FILE`.

    python3 Tests/Parity/run_parity.py [--native PATH] [--wasm PATH] [--baseline-wasm PATH] [--runtimes a,b,...]
"""

import argparse
import sys
from collections import Counter
from pathlib import Path

import check_streamed_files
import generate_corpus
from runners import ROOT, all_runners

HERE = Path(__file__).resolve().parent


def request_files():
    """The corpus in a stable order: committed requests, then generated ones."""
    generate_corpus.write_all()
    return sorted((HERE / "requests").glob("*.json")) + sorted((HERE / "generated").rglob("*.json"))


def reference(outcomes):
    """The (status, response) most runtimes produced, or None when none produced any."""
    produced = [(o.status, o.response) for o in outcomes.values() if o.problem is None]
    if not produced:
        return None
    counts = Counter(produced)
    return max(produced, key=lambda outcome: counts[outcome])  # max keeps the first of equal counts


def describe_difference(outcome, expected):
    """One line saying how an outcome departs from the reference."""
    if outcome.problem is not None:
        return outcome.problem
    if expected is None:
        return "no runtime produced a response"
    if outcome.status != expected[0]:
        return f"status {outcome.status}, reference {expected[0]}"
    got, want = outcome.response, expected[1]
    offset = next((i for i, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))
    return f"first difference at byte {offset}: {got[offset:offset + 40]!r} vs reference {want[offset:offset + 40]!r}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--native", default=str(ROOT / ".build" / "debug" / "panelcore"))
    parser.add_argument("--wasm", default=str(ROOT / ".build-wasm" / "panelcore.wasm"))
    parser.add_argument("--baseline-wasm", default=str(ROOT / ".build-wasm" / "panelcore-baseline.wasm"))
    parser.add_argument("--runtimes", help="comma-separated subset of the runtimes to compare")
    arguments = parser.parse_args()
    for module in (arguments.wasm, arguments.baseline_wasm):
        if not Path(module).is_file():
            sys.exit(f"run_parity: {module} not found (run wasm/build.sh)")

    runners = all_runners(Path(arguments.native).resolve(), Path(arguments.wasm).resolve(),
                          Path(arguments.baseline_wasm).resolve())
    if arguments.runtimes:
        runners = {name: runners[name] for name in arguments.runtimes.split(",")}

    paths = request_files()
    width = max(len(path.name) for path in paths)
    print(f"{'request':<{width}}  " + "  ".join(f"{name:<12}" for name in runners))
    passed, failures = 0, []
    for path in paths:
        request = path.read_bytes()
        outcomes = {name: run(request) for name, run in runners.items()}
        expected = reference(outcomes)
        cells = []
        for name, outcome in outcomes.items():
            if outcome.problem is None and (outcome.status, outcome.response) == expected:
                passed += 1
                cells.append("pass")
            else:
                failures.append(f"{path.name} / {name}: {describe_difference(outcome, expected)}")
                cells.append("FAIL")
        print(f"{path.name:<{width}}  " + "  ".join(f"{cell:<12}" for cell in cells))
    if failures:
        print("\nfailures:")
        print("\n".join(f"  {failure}" for failure in failures))
    print(f"{passed} passed, {len(failures)} failed")
    streamed_failures = 0
    if not arguments.runtimes:
        print("\nstreamed data files (pc_run_with_file) against the native `panelcore run --data FILE`:")
        streamed_failures = check_streamed_files.main(Path(arguments.native).resolve(), Path(arguments.wasm).resolve(),
                                                      Path(arguments.baseline_wasm).resolve())
    return 1 if failures or streamed_failures else 0


if __name__ == "__main__":
    sys.exit(main())
