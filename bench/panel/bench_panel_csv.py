#!/usr/bin/env python3
"""Panel benchmark, CSV mode: a user's file in, two-way fixed-effects OLS with errors clustered by unit out.

  bench_panel_csv.py compare --panelcore BIN [--units 100000] [--years 10] [--unbalanced F] [--out DIR] [--tools a,b,…]
  bench_panel_csv.py tool NAME CSV          one Python-hosted tool (pandas_pyfixest | wasm | wasm_stream), in a child process

The file is bench/csv/make_csv.py's panel (id, year, y, x1–x5, written by pandas to_csv; 10^6 rows by default;
--unbalanced F drops each row with probability F). Timed 5 times, each tool in its own process, same run; medians of wall time and of CPU time (user + sys of the
process, all its threads — the fairer figure on a shared machine); --tools: only these (the wasm tools need
PANELCORE_WASM, the module's path):
  native_ols            `panelcore ols --data CSV --formula "y ~ x1+x2+x3+x4+x5 | id + year" --vcov cluster:id`
                        (whole process, with the CLI's huge-page restart as it decides);
  native_ols_nohuge     the same with GLIBC_TUNABLES=glibc.malloc.hugetlb=0 (no restart, 4 KiB pages);
  native_run            `panelcore run request.json --data CSV` (the same model as a JSON request);
  wasm                  the request with "data": {"file": BASE64} through host/python's Engine (wasmtime; the
                        module compiled and warmed up first);
  wasm_stream           the request beside the file, which the module reads in 1 MiB pieces where it asks
                        (host/python's Engine.run_bytes(request, data=CSV): pc_run_with_file; no base64, no copy of
                        the whole file in the module's memory);
  pandas_pyfixest       pandas.read_csv(CSV) then pyfixest.feols(..., vcov={"CRV1": "id"}).
"""
import argparse
import base64
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "csv"))
from bench_csv import children_cpu_time, median_of  # noqa: E402 (bench/csv's timing, shared)

REPEATS = 5  # the CLI runs take a third of a second: five give steadier medians on a shared machine
FORMULA = "y ~ x1+x2+x3+x4+x5 | id + year"
MODEL = {"estimator": "ols", "formula": FORMULA, "vcov": {"cluster": "id"}}


def tool(name, path):
    if name == "pandas_pyfixest":
        import pandas as pd
        import pyfixest as pf

        def fit():
            pf.feols(FORMULA, data=pd.read_csv(path), vcov={"CRV1": "id"})
        fit()  # import-time compilation (numba) out of the timing
        timing = median_of(fit, time.process_time, REPEATS)
    else:
        sys.path.insert(0, os.path.join(HERE, "..", "..", "host", "python", "src"))
        from panelcore.engine import Engine
        engine = Engine(os.environ["PANELCORE_WASM"])
        engine.run_bytes(b'{"abi": 1, "model": {"estimator": "columns"}, "data": {"csv": "a\\n1\\n"}}')  # compile and warm up

        def fit():
            if name == "wasm_stream":
                answer = engine.run_bytes(json.dumps({"abi": 1, "model": MODEL}).encode(), data=path)
            else:
                with open(path, "rb") as handle:
                    data = base64.b64encode(handle.read()).decode()
                answer = engine.run_bytes(json.dumps({"abi": 1, "model": MODEL, "data": {"file": data}}).encode())
            if b'"ok":true' not in answer[:40]:
                raise SystemExit(answer[:300].decode())
        timing = median_of(fit, time.process_time, REPEATS)
    print(json.dumps(timing))


def process(arguments, environment=None):
    def run():
        subprocess.run(arguments, check=True, capture_output=True, env=environment)
    return median_of(run, children_cpu_time, REPEATS)


def child(name, path):
    output = subprocess.run([sys.executable, __file__, "tool", name, path], check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def compare(args):
    os.makedirs(args.out, exist_ok=True)
    suffix = f"_unbalanced{args.unbalanced}" if args.unbalanced > 0 else ""
    path = os.path.join(args.out, f"panel_{args.units}x{args.years}{suffix}.csv")
    if not os.path.exists(path):
        subprocess.run([sys.executable, os.path.join(HERE, "..", "csv", "make_csv.py"), path, "--units", str(args.units),
                        "--years", str(args.years), "--unbalanced", str(args.unbalanced)], check=True)
    request = os.path.join(args.out, "request.json")
    with open(request, "w") as handle:
        json.dump({"abi": 1, "model": MODEL}, handle)
    print(f"{path}: {os.path.getsize(path) / 1e6:.1f} MB, load average {os.getloadavg()}", flush=True)
    ols = [args.panelcore, "ols", "--data", path, "--formula", FORMULA, "--vcov", "cluster:id"]
    no_huge_pages = dict(os.environ, GLIBC_TUNABLES="glibc.malloc.hugetlb=0")
    timings = {
        "native_ols": lambda: process(ols),
        "native_ols_nohuge": lambda: process(ols, no_huge_pages),
        "native_run": lambda: process([args.panelcore, "run", "--data", path, request]),
        "native_run_nohuge": lambda: process([args.panelcore, "run", "--data", path, request], no_huge_pages),
        "wasm": lambda: child("wasm", path),
        "wasm_stream": lambda: child("wasm_stream", path),
        "pandas_pyfixest": lambda: child("pandas_pyfixest", path),
    }
    default = [name for name in timings if os.environ.get("PANELCORE_WASM") or not name.startswith("wasm")]
    results = {name: timings[name]() for name in (args.tools.split(",") if args.tools else default)}
    with open(os.path.join(args.out, f"results_csv{suffix}.json"), "w") as handle:
        json.dump({"file": path, "results": results}, handle, indent=1)
    reference = results.get("pandas_pyfixest", {"seconds": float("nan"), "cpu_seconds": float("nan")})
    print(f"| tool | wall s (median of {REPEATS}) | wall / (pandas + pyfixest) | CPU s (median of {REPEATS}) | CPU / (pandas + pyfixest) |")
    print("|---|---|---|---|---|")
    for name, timing in results.items():
        print(f"| {name} | {timing['seconds']:.2f} | {timing['seconds'] / reference['seconds']:.2f} | "
              f"{timing['cpu_seconds']:.2f} | {timing['cpu_seconds'] / reference['cpu_seconds']:.2f} |")
    print(f"load average at the end {os.getloadavg()}")


def main():
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command", required=True)
    compare_parser = commands.add_parser("compare")
    compare_parser.add_argument("--panelcore", required=True)
    compare_parser.add_argument("--units", type=int, default=100_000)
    compare_parser.add_argument("--years", type=int, default=10)
    compare_parser.add_argument("--unbalanced", type=float, default=0.0)
    compare_parser.add_argument("--tools", help="comma-separated subset of the tools (default: all; wasm ones with PANELCORE_WASM)")
    compare_parser.add_argument("--out", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "panelcore-bench-panel-csv"))
    tool_parser = commands.add_parser("tool")
    tool_parser.add_argument("name", choices=["pandas_pyfixest", "wasm", "wasm_stream"])
    tool_parser.add_argument("path")
    args = parser.parse_args()
    if args.command == "compare":
        compare(args)
    else:
        tool(args.name, args.path)


if __name__ == "__main__":
    main()
