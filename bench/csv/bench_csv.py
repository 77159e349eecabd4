#!/usr/bin/env python3
"""CSV reading benchmark: PanelCore natively and in wasm against pandas.read_csv, same file, same run.

  bench_csv.py compare --bench BIN --panelcore BIN --wasm FILE [--units U] [--years T] [--out DIR]
  bench_csv.py tool NAME FILE        one tool (pandas | wasm | wasm_stream), run in a child process

The file is bench/csv/make_csv.py's numeric panel (id, year, y, x1–x5 written by pandas to_csv). Each tool runs
in its own child process and is timed 3 times (medians) on bytes already in memory:
  native        the bench executable (main.swift): DataFileRequest.table(bytes:) — encoding check, CSV scan,
                numbers — nothing else;
  native_cli    `panelcore columns --data FILE` (whole process: file read, table, the columns summary, output);
  wasm          the same request as native_cli through host/python's Engine (wasmtime), the file sent as
                "data": {"file": BASE64} — so base64 decoding and the columns summary are included;
  wasm_stream   the same `columns` request with the file beside it, read by the module in 1 MiB pieces where it
                asks (Engine.run_bytes(request, data=FILE): pc_run_with_file) — the reading and the columns
                summary, as native_cli;
  pandas        pandas.read_csv(io.BytesIO(bytes)) (C parser, default float_precision).
MB/s are file bytes (10^6) per second, from wall time and from the CPU time of the reading thread (the fairer
figure on a loaded machine; pandas' C parser and wasmtime run in the calling thread).
"""
import argparse
import base64
import io
import json
import os
import resource
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPEATS = 3


def median_of(function, cpu_time=time.thread_time, repeats=REPEATS):
    """The median wall time and the median CPU time (by default of this thread: what the work costs on one core
    under load)."""
    walls, cpus = [], []
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), cpu_time()
        function()
        walls.append(time.perf_counter() - start)
        cpus.append(cpu_time() - start_cpu)
    return {"seconds": statistics.median(walls), "cpu_seconds": statistics.median(cpus)}


def children_cpu_time():
    """User + sys seconds of the child processes waited for so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def tool(name, path):
    with open(path, "rb") as handle:
        data = handle.read()
    if name == "pandas":
        import pandas as pd
        timing = median_of(lambda: pd.read_csv(io.BytesIO(data)))
    else:
        sys.path.insert(0, os.path.join(HERE, "..", "..", "host", "python", "src"))
        from panelcore.engine import Engine
        engine = Engine(os.environ["PANELCORE_WASM"])
        engine.run_bytes(b'{"abi": 1, "model": {"estimator": "columns"}, "data": {"csv": "a\\n1\\n"}}')  # compile and warm up
        answer = []
        if name == "wasm_stream":
            request = json.dumps({"abi": 1, "model": {"estimator": "columns"}}).encode()
            timing = median_of(lambda: answer.append(engine.run_bytes(request, data=path)))
        else:
            request = json.dumps({"abi": 1, "model": {"estimator": "columns"}, "data": {"file": base64.b64encode(data).decode()}}).encode()
            timing = median_of(lambda: answer.append(engine.run_bytes(request)))
        if b'"ok":true' not in answer[-1][:40]:
            raise SystemExit(answer[-1][:300].decode())
    print(json.dumps(timing))


def child(arguments):
    output = subprocess.run(arguments, check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def native_cli(binary, path):
    def run():
        subprocess.run([binary, "columns", "--data", path], check=True, capture_output=True)
    return median_of(run, children_cpu_time)


def compare(args):
    os.makedirs(args.out, exist_ok=True)
    path = os.path.join(args.out, f"panel_{args.units}x{args.years}.csv")
    if not os.path.exists(path):
        subprocess.run([sys.executable, os.path.join(HERE, "make_csv.py"), path,
                        "--units", str(args.units), "--years", str(args.years)], check=True)
    size = os.path.getsize(path)
    print(f"{path}: {size / 1e6:.1f} MB, load average {os.getloadavg()}", flush=True)
    results = {
        "native": child([args.bench, path, str(REPEATS)]),
        "native_cli": native_cli(args.panelcore, path),
        **({name: child([sys.executable, __file__, "tool", name, path]) for name in ("wasm", "wasm_stream")}
           if os.environ.get("PANELCORE_WASM") else {}),
        "pandas": child([sys.executable, __file__, "tool", "pandas", path]),
    }
    with open(os.path.join(args.out, "results.json"), "w") as handle:
        json.dump({"file": path, "bytes": size, "results": results}, handle, indent=1)
    pandas = results["pandas"]["seconds"]
    print("| reader | seconds (median of 3) | MB/s | time / pandas |")
    print("|---|---|---|---|")
    for name, result in results.items():
        seconds = result["seconds"]
        print(f"| {name} | {seconds:.3f} | {size / 1e6 / seconds:.0f} | {seconds / pandas:.2f} |")
        if "cpu_seconds" in result:
            cpu = result["cpu_seconds"]
            cpu_pandas = results["pandas"]["cpu_seconds"]
            print(f"| {name}, CPU time | {cpu:.3f} | {size / 1e6 / cpu:.0f} | {cpu / cpu_pandas:.2f} |")
    print(f"load average at the end {os.getloadavg()}")


def main():
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command", required=True)
    compare_parser = commands.add_parser("compare")
    compare_parser.add_argument("--bench", required=True)
    compare_parser.add_argument("--panelcore", required=True)
    compare_parser.add_argument("--units", type=int, default=100_000)
    compare_parser.add_argument("--years", type=int, default=10)
    compare_parser.add_argument("--out", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "panelcore-bench-csv"))
    tool_parser = commands.add_parser("tool")
    tool_parser.add_argument("name", choices=["pandas", "wasm", "wasm_stream"])
    tool_parser.add_argument("path")
    args = parser.parse_args()
    if args.command == "compare":
        compare(args)
    else:
        tool(args.name, args.path)


if __name__ == "__main__":
    main()
