#!/usr/bin/env python3
"""Panel benchmark: two-way fixed-effects OLS with one-way clustered errors, PanelCore vs pyfixest vs linearmodels.

  bench_panel.py compare --panelcore BIN --wasm FILE [--large] [--unbalanced F] [--out DIR]
                                                                   all sizes, all tools, ratio table
  bench_panel.py tool NAME --units U --periods T [--unbalanced F] [--request FILE]
                                                                   one tool, one size (run in a child process)

Each tool runs in its own child process so that peak memory is its own: Python tools report tracemalloc's peak
during the fit (numpy allocations included) and the process's peak RSS; the native CLI is measured with
/usr/bin/time -v. Data: units x periods, 5 regressors, y = x'b + a_unit + g_period + e, e correlated within unit
(numpy default_rng(SEED)); the numeric data size is 8 columns (y, 5 x, unit, period) x 8 bytes x rows.
--unbalanced F drops each row with probability F (a second seeded stream), so the panel is unbalanced: every
tool then iterates (alternating projections) instead of PanelCore's two exact sweeps for a balanced panel.
"""
import argparse
import base64
import json
import os
import re
import resource
import subprocess
import sys
import time
import tracemalloc

import numpy as np

SEED = 20261121
SIZES = [(285, 11), (50_000, 20)]
LARGE = (1_000_000, 10)
REGRESSORS = ["x1", "x2", "x3", "x4", "x5"]
FORMULA = "y ~ x1 + x2 + x3 + x4 + x5 | unit + period"
REPEATS = 3  # best of, for the small cases; the largest runs once
UNBALANCED = 0.0  # fraction of rows dropped (--unbalanced)


def simulate(units, periods):
    rng = np.random.default_rng(SEED)
    n = units * periods
    unit = np.repeat(np.arange(units), periods)
    period = np.tile(np.arange(periods), units)
    a, g = rng.normal(0, 1, units)[unit], rng.normal(0, 1, periods)[period]
    X = rng.normal(0, 1, (n, 5)) + 0.5 * a[:, None]
    e = rng.normal(0, 0.5, units)[unit] + rng.normal(0, 1, n)
    y = X @ np.array([1.0, -0.5, 0.25, 2.0, 0.0]) + a + g + e
    keep = kept_rows(n)
    return unit[keep], period[keep], X[keep], y[keep]


def kept_rows(n):
    """The rows kept: all, or with --unbalanced F each dropped with probability F (its own seeded stream)."""
    return np.random.default_rng(SEED + 1).random(n) >= UNBALANCED if UNBALANCED > 0 else np.ones(n, dtype=bool)


def numeric_bytes(units, periods):
    return int(np.count_nonzero(kept_rows(units * periods))) * 8 * 8


def request(units, periods, binary=True):
    """The ABI request: data columns in the binary form (ids as int32, the rest as float64; docs/ABI.md "Data"),
    or with binary=False as JSON numbers."""
    unit, period, X, y = simulate(units, periods)
    named = {"unit": unit, "period": period, "y": y}
    named.update({name: X[:, j] for j, name in enumerate(REGRESSORS)})
    if binary:
        def encode(values):
            kind, dtype = ("int32", "<i4") if values.dtype.kind == "i" else ("float64", "<f8")
            return {kind: base64.b64encode(values.astype(dtype).tobytes()).decode("ascii")}
        columns = {name: encode(values) for name, values in named.items()}
    else:
        columns = {name: values.tolist() for name, values in named.items()}
    return {"abi": 1, "data": {"columns": columns},
            "model": {"estimator": "ols", "formula": FORMULA, "vcov": {"cluster": "unit"}}}


def fit_pyfixest(unit, period, X, y):
    import pandas as pd
    import pyfixest as pf
    frame = pd.DataFrame(X, columns=REGRESSORS).assign(y=y, unit=unit, period=period)
    model = pf.feols(FORMULA, data=frame, vcov={"CRV1": "unit"})
    return model.coef().to_numpy(), model.se().to_numpy()


def fit_linearmodels(unit, period, X, y):
    import pandas as pd
    from linearmodels.panel import PanelOLS
    index = pd.MultiIndex.from_arrays([unit, period])
    model = PanelOLS(pd.Series(y, index=index), pd.DataFrame(X, index=index, columns=REGRESSORS),
                     entity_effects=True, time_effects=True)
    result = model.fit(cov_type="clustered", cluster_entity=True)
    return result.params.to_numpy(), result.std_errors.to_numpy()


def run_wasm(path):
    """Returns a fit function answering the request file with the wasm module through host/python's Engine."""
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    sys.path.insert(0, os.path.join(root, "host", "python", "src"))
    from panelcore.engine import Engine
    engine = Engine(os.environ.get("PANELCORE_WASM"))
    with open(path, "rb") as handle:
        body = handle.read()
    return lambda *_: json.loads(engine.run_bytes(body))


def repeats_for(units, periods):
    return 1 if units * periods >= 5_000_000 else REPEATS


def time_tool(name, units, periods, request_file):
    """Child process: times one tool and prints one JSON line."""
    data = simulate(units, periods) if name != "wasm" else ()
    fit = {"pyfixest": fit_pyfixest, "linearmodels": fit_linearmodels}.get(name) or run_wasm(request_file)
    baseline_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    repeats = repeats_for(units, periods)
    fit(*data)  # warm-up: imports, JIT compilation of the wasm module, numba kernels
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        out = fit(*data)
        best = min(best, time.perf_counter() - start)
    tracemalloc.start()
    fit(*data)
    traced_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    report = {"tool": name, "seconds": best, "traced_peak_bytes": traced_peak,
              "peak_rss_bytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
              "baseline_rss_bytes": baseline_rss}
    if name == "wasm" and not out.get("ok"):
        report["error"] = out["error"]
    print(json.dumps(report))


def native(binary, request_file, repeats):
    """Runs `panelcore run FILE` under /usr/bin/time -v; returns seconds, peak RSS and the response's error."""
    runs = []
    for _ in range(repeats):
        start = time.perf_counter()
        done = subprocess.run(["/usr/bin/time", "-v", binary, "run", request_file], capture_output=True, text=True)
        seconds = time.perf_counter() - start
        rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr).group(1)) * 1024
        runs.append((seconds, rss, json.loads(done.stdout)))
    seconds, rss, response = min(runs, key=lambda r: r[0])
    return {"tool": "native", "seconds": seconds, "peak_rss_bytes": rss,
            "error": None if response.get("ok") else response["error"]}


def child(name, units, periods, request_file, wasm=None, timeout=None):
    """Runs one Python-hosted tool in a child process (the wasm module path passed as PANELCORE_WASM), killed
    after `timeout` seconds if given."""
    env = dict(os.environ, **({"PANELCORE_WASM": wasm} if wasm else {}))
    command = [sys.executable, os.path.abspath(__file__), "tool", name, "--units", str(units),
               "--periods", str(periods), "--unbalanced", str(UNBALANCED), "--request", request_file]
    try:
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"tool": name, "error": {"code": "harness", "message": f"stopped after the {timeout} s time cap"}}
    if done.returncode != 0:
        return {"tool": name, "error": {"code": "harness", "message": done.stderr.strip().splitlines()[-1]}}
    return json.loads(done.stdout.strip().splitlines()[-1])


def ratio(a, b):
    return a["seconds"] / b["seconds"] if "seconds" in a and "seconds" in b and not a.get("error") else None


def show(value, digits=2):
    return "n/a" if value is None else f"{value:.{digits}f}"


def compare(args):
    os.makedirs(args.out, exist_ok=True)
    sizes = SIZES + ([LARGE] if args.large else [])
    results = []
    for units, periods in sizes:
        tag = f"_unbalanced{UNBALANCED:g}" if UNBALANCED > 0 else ""
        path = os.path.join(args.out, f"request_{units}x{periods}{tag}.json")
        with open(path, "w") as handle:
            json.dump(request(units, periods), handle)
        row = {"units": units, "periods": periods, "numeric_bytes": numeric_bytes(units, periods),
               "request_bytes": os.path.getsize(path)}
        # The same request with JSON numbers (secondary rows: the cost of decimal text). Not for 10^7 rows: that
        # text (~1.3 GB) exceeds the engine's 1 GiB request limit.
        json_path = None
        if units * periods < 5_000_000:
            json_path = os.path.join(args.out, f"request_{units}x{periods}{tag}_numbers.json")
            with open(json_path, "w") as handle:
                json.dump(request(units, periods, binary=False), handle)
            row["json_request_bytes"] = os.path.getsize(json_path)
        for name in ["pyfixest", "linearmodels"] if not args.skip_python_tools else []:
            row[name] = child(name, units, periods, path, timeout=args.tool_timeout)
        repeats = repeats_for(units, periods)
        built = os.path.exists(args.panelcore)
        has_wasm = os.path.exists(args.wasm)
        for suffix, file in [("", path), ("_json", json_path)]:
            if file is None:
                continue
            row["native" + suffix] = native(args.panelcore, file, repeats) if built else \
                {"tool": "native", "error": {"code": "harness", "message": f"{args.panelcore} not built"}}
            row["wasm" + suffix] = child("wasm", units, periods, file, args.wasm, args.tool_timeout) if has_wasm else \
                {"tool": "wasm", "error": {"code": "harness", "message": f"{args.wasm} not built"}}
        results.append(row)
        report_row(row)
    with open(os.path.join(args.out, f"results{tag}.json"), "w") as handle:
        json.dump(results, handle, indent=1)
    print(f"\nraw results: {os.path.join(args.out, f'results{tag}.json')}")
    print("targets (large cases): native <= 0.5x pyfixest, <= 0.2x linearmodels; wasm <= 1x pyfixest; "
          "memory <= 3x numeric data")


# Error codes a PanelCore build without absorbed fixed effects answers for this request.
PENDING = {"bad_formula", "unknown_estimator", "invalid_request"}


def memory_of(result):
    """The memory figure compared with the data size: tracemalloc's peak for pyfixest / linearmodels (numpy
    allocations included), the growth of peak RSS during the runs for wasm (the module's linear memory is not
    traced), the process's peak RSS for the native CLI."""
    if result["tool"] == "wasm":
        return result["peak_rss_bytes"] - result["baseline_rss_bytes"], "peak RSS growth"
    if "traced_peak_bytes" in result:
        return result["traced_peak_bytes"], "tracemalloc peak"
    return result["peak_rss_bytes"], "peak RSS"


def report_row(row):
    size = row["numeric_bytes"]
    rows = row["numeric_bytes"] // 64
    shape = f", {UNBALANCED:g} of the rows dropped" if UNBALANCED > 0 else ""
    print(f"\n== {row['units']} x {row['periods']} ({rows} rows{shape}, numeric data "
          f"{size / 2**20:.1f} MiB, request JSON {row['request_bytes'] / 2**20:.1f} MiB)")
    for name in ["pyfixest", "linearmodels", "native", "wasm", "native_json", "wasm_json"]:
        if name not in row:
            continue
        r = row[name]
        if r.get("error"):
            print(f"  {name:13s} ERROR {r['error']['code']}: {r['error']['message']}")
            if r["error"]["code"] in PENDING:
                print(f"  {'':13s} -> PanelCore does not have the fixed-effects estimator yet (expected until it "
                      "lands on main); re-run after integration")
            continue
        memory, kind = memory_of(r)
        print(f"  {name:13s} {r['seconds']:9.4f} s   {kind} {memory / size:6.2f}x data "
              f"(process peak RSS {r['peak_rss_bytes'] / 2**20:.0f} MiB)")
    if "json_request_bytes" in row:
        print(f"  (*_json: the same request with JSON numbers, {row['json_request_bytes'] / 2**20:.1f} MiB)")
    missing = {"tool": "none", "error": {"code": "skipped", "message": ""}}
    python = {name: row.get(name, missing) for name in ["pyfixest", "linearmodels"]}
    print(f"  ratios: native/pyfixest {show(ratio(row['native'], python['pyfixest']))}, "
          f"native/linearmodels {show(ratio(row['native'], python['linearmodels']))}, "
          f"wasm/pyfixest {show(ratio(row['wasm'], python['pyfixest']))}"
          + (f"; with JSON numbers: native/pyfixest {show(ratio(row['native_json'], python['pyfixest']))}, "
             f"wasm/pyfixest {show(ratio(row['wasm_json'], python['pyfixest']))}" if "native_json" in row else ""))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    run_all = commands.add_parser("compare")
    run_all.add_argument("--panelcore", required=True)
    run_all.add_argument("--wasm", required=True)
    run_all.add_argument("--large", action="store_true", help="also 1,000,000 x 10 (minutes per tool)")
    run_all.add_argument("--out", default="/tmp/panelcore-bench-panel")
    run_all.add_argument("--tool-timeout", type=float, help="seconds after which a Python-hosted tool is stopped")
    run_all.add_argument("--skip-python-tools", action="store_true", help="time PanelCore only (no pyfixest/linearmodels)")
    run_all.add_argument("--unbalanced", type=float, default=0.0, help="fraction of rows dropped at random")
    one = commands.add_parser("tool")
    one.add_argument("name", choices=["pyfixest", "linearmodels", "wasm"])
    one.add_argument("--units", type=int, required=True)
    one.add_argument("--periods", type=int, required=True)
    one.add_argument("--request")
    one.add_argument("--unbalanced", type=float, default=0.0)
    args = parser.parse_args()
    global UNBALANCED
    UNBALANCED = args.unbalanced
    if args.command == "compare":
        compare(args)
    else:
        time_tool(args.name, args.units, args.periods, args.request)


if __name__ == "__main__":
    main()
