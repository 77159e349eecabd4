"""Benchmark: 1000 cluster-bootstrap replications of a two-mediator model with two-way fixed effects (seed 003 shape,
45 x 11 and 285 x 11 panels), PanelCore's native CLI against Python peers in the same run:
  - numpy + pyfixest.estimation.demean (Rust alternating projections, tol 1e-10) + numpy.linalg.lstsq, 1000 draws;
  - pyfixest.feols (three equations per draw), timed on 100 draws and scaled to 1000 (stated in the output).
Prints wall-clock seconds and ratios peer / PanelCore. Usage: python3 bench_mediation.py PANELCORE_BINARY
"""
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

import numpy as np
import pandas as pd
import pyfixest as pf
from pyfixest.estimation import demean

REPS = 1000
FEOLS_REPS = 100


def panel(units, periods=11, seed=2026):
    rng = np.random.default_rng(seed)
    unit = np.repeat(np.arange(units), periods)
    year = np.tile(np.arange(2013, 2013 + periods), units)
    ue, ye = rng.normal(size=units)[unit], rng.normal(size=periods)[year - 2013]
    controls = rng.normal(size=(unit.size, 3))
    x = 0.7 * ue + 0.4 * ye + rng.normal(size=unit.size)
    ri = 0.5 * x + 0.3 * ue + controls[:, 0] * 0.2 + rng.normal(size=unit.size)
    glct = -0.4 * x + 0.2 * ye + rng.normal(size=unit.size)
    y = 0.2 * x + 0.4 * ri - 0.3 * glct + controls @ [0.1, -0.2, 0.05] + ue + ye + rng.normal(size=unit.size)
    return pd.DataFrame({"city": unit + 1, "year": year, "NQP": y, "DF": x, "RI": ri, "GLCT": glct,
                         "ES": controls[:, 0], "FDI": controls[:, 1], "GOV": controls[:, 2]})


def request(frame):
    return {"abi": 1, "data": {"columns": {k: frame[k].tolist() for k in frame.columns}},
            "panel": {"id": "city", "time": "year"},
            "model": {"estimator": "mediation", "outcome": "NQP", "treatment": "DF", "mediators": ["RI", "GLCT"],
                      "controls": ["ES", "FDI", "GOV"], "fixed_effects": ["city", "year"], "vcov": {"cluster": "city"},
                      "options": {"replications": REPS, "seed": 1, "intervals": ["percentile", "bc"]}}}


def time_panelcore(binary, frame):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(request(frame), f)
        path = f.name
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run([binary, "run", path], capture_output=True, check=True).stdout
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    os.unlink(path)
    assert json.loads(out)["ok"], out[:300]
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def effects(Z):
    """Z columns: y, RI, GLCT, DF, controls (already demeaned)."""
    reduced = np.linalg.lstsq(Z[:, 3:], Z[:, :3], rcond=None)[0]
    full = np.linalg.lstsq(np.column_stack([Z[:, 3], Z[:, 1:3], Z[:, 4:]]), Z[:, 0], rcond=None)[0]
    return reduced[0, 0], full[0], reduced[0, 1] * full[1], reduced[0, 2] * full[2]


def time_numpy(frame):
    rng = np.random.default_rng(1)
    data = frame[["NQP", "RI", "GLCT", "DF", "ES", "FDI", "GOV"]].to_numpy()
    year = pd.factorize(frame["year"])[0]
    rows_of = [np.flatnonzero(frame["city"].to_numpy() == c) for c in np.unique(frame["city"])]
    G = len(rows_of)
    start, cpu = time.perf_counter(), time.process_time()
    for _ in range(REPS):
        draw = rng.integers(0, G, size=G)
        rows = np.concatenate([rows_of[g] for g in draw])
        fresh = np.repeat(np.arange(G), [len(rows_of[g]) for g in draw])
        flist = np.column_stack([fresh, year[rows]]).astype(np.uint64)
        Z, _ = demean(data[rows], flist, np.ones(len(rows)), tol=1e-10)
        effects(Z)
    return time.perf_counter() - start, time.process_time() - cpu


def time_feols(frame):
    rng = np.random.default_rng(1)
    rows_of = [np.flatnonzero(frame["city"].to_numpy() == c) for c in np.unique(frame["city"])]
    G = len(rows_of)
    start = time.perf_counter()
    for _ in range(FEOLS_REPS):
        draw = rng.integers(0, G, size=G)
        sample = frame.iloc[np.concatenate([rows_of[g] for g in draw])].copy()
        sample["cid"] = np.repeat(np.arange(G), [len(rows_of[g]) for g in draw])
        for fml in ("NQP ~ DF + ES + FDI + GOV | cid + year", "RI ~ DF + ES + FDI + GOV | cid + year",
                    "GLCT ~ DF + ES + FDI + GOV | cid + year", "NQP ~ DF + RI + GLCT + ES + FDI + GOV | cid + year"):
            pf.feols(fml, data=sample).coef()
    return (time.perf_counter() - start) * REPS / FEOLS_REPS


def main():
    binary = sys.argv[1]
    print(f"{REPS} cluster-bootstrap replications, 2 mediators, 3 controls, city + year fixed effects; "
          f"cores: {os.cpu_count()}, load average: {os.getloadavg()[0]:.1f}")
    print(f"{'panel':>10} {'PanelCore s (cpu)':>18} {'numpy+demean s (cpu)':>21} {'ratio':>6} {'feols loop s*':>14} {'ratio':>6}")
    for units in (45, 285):
        frame = panel(units)
        ours, ours_cpu = time_panelcore(binary, frame)
        numpy_time, numpy_cpu = time_numpy(frame)
        feols_time = time_feols(frame)
        print(f"{units:>5} x 11 {ours:>9.3f} ({ours_cpu:>6.3f}) {numpy_time:>11.3f} ({numpy_cpu:>7.3f}) {numpy_time / ours:>6.1f} "
              f"{feols_time:>14.1f} {feols_time / ours:>6.1f}")
    print(f"* pyfixest.feols timed on {FEOLS_REPS} draws and scaled to {REPS}. Ratios are peer wall time / PanelCore wall time;")
    print("  cpu = user + system seconds of all threads (PanelCore spreads replications over all cores).")


if __name__ == "__main__":
    main()
