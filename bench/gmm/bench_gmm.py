#!/usr/bin/env python3
"""GMM benchmark: two-step Arellano-Bond difference GMM (Windmeijer errors) on a simulated 50,000 x 10 panel,
PanelCore's native CLI against R plm's pgmm and pydynpd in the same run, each in its own child process.

  bench_gmm.py --panelcore BIN [--pydynpd-python PY] [--units U] [--periods T] [--repeats R] [--out DIR]
               [--tool-timeout S]

Data (numpy default_rng(SEED)): y_it = 0.5 y_i,t-1 + x_it + a_i + e_it, x_it = 0.5 a_i + N(0, 1), the
first period drawn from the stationary level; written once as CSV (unit, period, y, x), which every tool reads.
Model in each tool's words (no time dummies: the tools' conventions for them differ, and this configuration is
the one references/gmm checks all three on) — PanelCore: y ~ l(y, 1) + x, gmm y lags 2..99, two_step,
time_dummies false; plm: pgmm(y ~ lag(y, 1) + x | lag(y, 2:99), effect = "individual", model = "twosteps");
pydynpd: "y L1.y x | gmm(y, 2:99) iv(x) | nolevel". Before printing, the script asserts that the three agree on the two slopes
and their standard errors (1e-6 relative). Each tool runs R times, in rounds (PanelCore, plm, pydynpd, then again), so
that a change of load on a shared machine falls on all three; printed are the medians of the wall time and of the CPU
time (user + system) of the child process (reading the CSV, building the instruments, both steps and the tests).
pydynpd 0.2.x calls numpy.in1d, which NumPy 2.4 removed: --pydynpd-python must name a Python with NumPy < 2.
"""
import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time

import numpy as np

SEED = 20261207


def simulate(units, periods, path):
    rng = np.random.default_rng(SEED)
    a = rng.normal(0, 1, units)
    y = np.empty((units, periods))
    x = 0.5 * a[:, None] + rng.normal(0, 1, (units, periods))
    y[:, 0] = (x[:, 0] + a) / 0.5 + rng.normal(0, 1, units)
    for t in range(1, periods):
        y[:, t] = 0.5 * y[:, t - 1] + x[:, t] + a + rng.normal(0, 1, units)
    unit = np.repeat(np.arange(1, units + 1), periods)
    period = np.tile(np.arange(1, periods + 1), units)
    with open(path, "w") as f:
        f.write("unit,period,y,x\n")
        for u, t, yt, xt in zip(unit.tolist(), period.tolist(), y.ravel().tolist(), x.ravel().tolist()):
            f.write(f"{u},{t},{yt!r},{xt!r}\n")


def children_cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command, timeout):
    """(wall seconds, CPU seconds, stdout) of one child process."""
    cpu_before, start = children_cpu_seconds(), time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    elapsed, cpu = time.perf_counter() - start, children_cpu_seconds() - cpu_before
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} failed: {done.stderr[-2000:]}")
    return elapsed, cpu, done.stdout


def require_numpy_below_2(python):
    version = subprocess.run([python, "-c", "import numpy; print(numpy.__version__)"], capture_output=True, text=True)
    if version.returncode != 0 or int(version.stdout.split(".")[0]) >= 2:
        sys.exit(f"{python} has NumPy {version.stdout.strip() or '(none)'}; pydynpd 0.2.x needs NumPy < 2: "
                 "python3 -m venv /tmp/pydvenv && /tmp/pydvenv/bin/pip install pydynpd 'numpy<2', "
                 "then --pydynpd-python /tmp/pydvenv/bin/python")


def run_panelcore(binary, csv, out, timeout):
    request = {"abi": 1, "data": {"path": csv}, "panel": {"id": "unit", "time": "period"},
               "model": {"estimator": "gmm", "formula": "y ~ l(y, 1) + x", "gmm": [{"variable": "y", "lags": [2, 99]}],
                         "two_step": True, "time_dummies": False}}
    path = os.path.join(out, "request.json")
    with open(path, "w") as f:
        json.dump(request, f)
    elapsed, cpu, stdout = timed([binary, "run", path], timeout)
    result = json.loads(stdout)["result"]
    rows = {row["term"]: row for row in result["coefficients"]}
    return elapsed, cpu, [(rows[t]["estimate"], rows[t]["std_error"]) for t in ("l(y, 1)", "x")], result["n_instruments"]


PLM = r"""
suppressMessages(library(plm))
d <- read.csv(commandArgs(TRUE)[1])
fit <- pgmm(y ~ lag(y, 1) + x | lag(y, 2:99), data = d, index = c("unit", "period"), effect = "individual", model = "twosteps")
b <- fit$coefficients[[2]][1:2]; se <- sqrt(diag(vcovHC(fit)))[1:2]
cat(sprintf("%.17g %.17g\n", b, se), ncol(fit$W[[1]]), "\n")
"""


def run_plm(csv, out, timeout):
    script = os.path.join(out, "plm.R")
    with open(script, "w") as f:
        f.write(PLM)
    elapsed, cpu, stdout = timed(["Rscript", script, csv], timeout)
    lines = stdout.split("\n")
    return elapsed, cpu, [tuple(float(v) for v in line.split()) for line in lines[:2]], int(lines[2].split()[0])


PYDYNPD = r"""
import contextlib, io, sys
import pandas as pd
from pydynpd import regression
d = pd.read_csv(sys.argv[1])
with contextlib.redirect_stdout(io.StringIO()):
    fit = regression.abond("y L1.y x | gmm(y, 2:99) iv(x) | nolevel", d, ["unit", "period"])
t = fit.models[0].regression_table
for name in ["L1.y", "x"]:
    row = t[t["variable"] == name].iloc[0]
    print(repr(float(row["coefficient"])), repr(float(row["std_err"])))
print(fit.models[0].z_information.num_instr)
"""


def run_pydynpd(python, csv, out, timeout):
    script = os.path.join(out, "pydynpd_fit.py")
    with open(script, "w") as f:
        f.write(PYDYNPD)
    elapsed, cpu, stdout = timed([python, script, csv], timeout)
    lines = stdout.split("\n")
    return elapsed, cpu, [tuple(float(v) for v in line.split()) for line in lines[:2]], int(lines[2])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--panelcore", required=True)
    parser.add_argument("--pydynpd-python", default=sys.executable)
    parser.add_argument("--units", type=int, default=50_000)
    parser.add_argument("--periods", type=int, default=10)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--out", default="/tmp/panelcore-bench-gmm")
    parser.add_argument("--tool-timeout", type=float, default=3600)
    args = parser.parse_args()
    require_numpy_below_2(args.pydynpd_python)
    os.makedirs(args.out, exist_ok=True)
    csv = os.path.join(args.out, f"panel_{args.units}x{args.periods}.csv")
    simulate(args.units, args.periods, csv)
    tools = {"PanelCore native CLI": lambda: run_panelcore(args.panelcore, csv, args.out, args.tool_timeout),
             "R plm pgmm": lambda: run_plm(csv, args.out, args.tool_timeout),
             "pydynpd": lambda: run_pydynpd(args.pydynpd_python, csv, args.out, args.tool_timeout)}
    runs = {name: [] for name in tools}
    for round_number in range(1, args.repeats + 1):
        for name, run in tools.items():
            runs[name].append(run())
            print(f"  round {round_number}: {name}: wall {runs[name][-1][0]:.3f} s, cpu {runs[name][-1][1]:.3f} s",
                  file=sys.stderr, flush=True)
    _, _, base, instruments = runs["PanelCore native CLI"][0]
    for name, results in runs.items():
        for _, _, values, count in results:
            assert count == instruments, f"{name}: {count} instruments, PanelCore {instruments}"
            for (b, se), (b0, se0) in zip(values, base):
                assert abs(b - b0) <= 1e-6 * abs(b0) and abs(se - se0) <= 1e-6 * abs(se0), f"{name}: {values} vs PanelCore {base}"
    medians = {name: (statistics.median(r[0] for r in results), statistics.median(r[1] for r in results))
               for name, results in runs.items()}
    print(f"two-step difference GMM, {args.units} x {args.periods}, {instruments} instruments, "
          f"l(y, 1) = {base[0][0]:.6f} ({base[0][1]:.6f}), x = {base[1][0]:.6f} ({base[1][1]:.6f}); results asserted equal")
    print(f"  medians of {args.repeats} runs in rounds; ratio = tool / PanelCore")
    base_wall, base_cpu = medians["PanelCore native CLI"]
    for name, (wall, cpu) in medians.items():
        ratios = "" if name.startswith("PanelCore") else f"   ratio wall {wall / base_wall:6.1f}x  cpu {cpu / base_cpu:6.1f}x"
        print(f"  {name:22s}: wall {wall:9.3f} s  cpu {cpu:9.3f} s{ratios}")


if __name__ == "__main__":
    main()
