"""Threshold benchmark: a 285-unit x 11-period balanced panel (seeded numpy; two thresholds in the data), a request
for three thresholds with 300 bootstrap replications per test, timed with the native PanelCore CLI (all cores), with
the vectorised NumPy sweep (numpy_sweep.py, same updating algorithm, serial, 300 replications) and with the
independent NumPy reference of references/threshold (a least-squares fit per grid point, serial; only
--numpy-replications replications, default 1, as it needs tens of seconds per replication, extrapolated to 300).
Point estimates and F statistics of all three, and p-values and 1% critical values of all 300 replications (sweep)
or the first N (reference), are asserted equal before the times and ratios are printed.
"""
import argparse
import json
import os
import subprocess
import sys
import time

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "references", "threshold"))
import threshold_reference as ref  # noqa: E402
import numpy_sweep  # noqa: E402

UNITS, PERIODS, GRID, TRIM, SEED = 285, 11, 300, 0.01, 1999


def panel_data():
    rng = np.random.default_rng(285_11)
    n = UNITS * PERIODS
    unit = np.repeat(np.arange(UNITS), PERIODS)
    mu = rng.normal(size=UNITS)[unit]
    q = rng.lognormal(size=n)
    x = rng.normal(size=n) + 0.3 * mu
    z = rng.normal(size=(n, 3))
    slope = np.where(q <= 0.6, 0.5, np.where(q <= 2.0, 1.0, 1.6))
    y = mu + z @ np.array([0.2, -0.3, 0.1]) + slope * x + rng.normal(size=n)
    return unit, y, x, z, q


def request(unit, y, x, z, q, replications):
    columns = {"id": [int(u) + 1 for u in unit], "t": [int(t) for t in np.tile(np.arange(PERIODS), UNITS)],
               "y": y.tolist(), "x": x.tolist(), "q": q.tolist(), "z1": z[:, 0].tolist(), "z2": z[:, 1].tolist(), "z3": z[:, 2].tolist()}
    return {"abi": 1, "data": {"columns": columns}, "panel": {"id": "id", "time": "t"},
            "model": {"estimator": "threshold", "formula": "y ~ z1 + z2 + z3", "regime": "x", "threshold": "q",
                      "options": {"thresholds": 3, "trim": TRIM, "grid": GRID, "replications": replications, "seed": SEED}}}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--panelcore", required=True)
    parser.add_argument("--numpy-replications", type=int, default=1)
    parser.add_argument("--out", default="/tmp/panelcore-bench-threshold")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    unit, y, x, z, q = panel_data()
    path = os.path.join(args.out, "threshold-285x11.json")
    with open(path, "w") as out:
        json.dump(request(unit, y, x, z, q, 300), out)
    start = time.perf_counter()
    response = json.loads(subprocess.run([args.panelcore, "run", path], check=True, capture_output=True).stdout)
    native = time.perf_counter() - start
    assert response["ok"], response
    result = response["result"]

    sweep_panel = numpy_sweep.SweepPanel(unit, y, x, z, q)
    start = time.perf_counter()
    swept = ref.estimate(sweep_panel, [TRIM] * 3, GRID, 3, 300, SEED)
    sweep_time = time.perf_counter() - start
    check(result, swept)

    panel = ref.Panel(unit, y, x, z, q)
    start = time.perf_counter()
    expected = ref.estimate(panel, [TRIM] * 3, GRID, 3, args.numpy_replications, SEED)
    numpy_time = time.perf_counter() - start
    check_path = os.path.join(args.out, "threshold-285x11-check.json")
    with open(check_path, "w") as out:
        json.dump(request(unit, y, x, z, q, args.numpy_replications), out)
    check(json.loads(subprocess.run([args.panelcore, "run", check_path], check=True, capture_output=True).stdout)["result"], expected)

    per_native = native / 300
    per_numpy = numpy_time / max(args.numpy_replications, 1)
    print(f"threshold 285x11, 3 thresholds, grid {GRID}, 300 bootstrap replications per test (results asserted equal)")
    print(f"  PanelCore native CLI (all cores)  : {native:8.3f} s (incl. process start and JSON)")
    print(f"  NumPy sweep, same algorithm       : {sweep_time:8.3f} s   ratio NumPy/PanelCore {sweep_time / native:6.1f}x")
    print(f"  NumPy reference, lstsq per point  : {numpy_time:8.3f} s for {args.numpy_replications} replication(s),"
          f" ~{per_numpy * 300:8.1f} s extrapolated to 300   ratio {per_numpy / per_native:8.1f}x")
    print(f"  estimates {[t['estimate'] for t in result['thresholds']]}, F {[round(t['f_stat'], 3) for t in result['tests']]},"
          f" p {[t['p_value'] for t in result['tests']]}")


def check(result, expected):
    """Same thresholds, F statistics (1e-9), bootstrap p-values and 1% critical values (1e-8) as `expected`."""
    assert [t["estimate"] for t in result["thresholds"]] == [t["estimate"] for t in expected["thresholds"]]
    for mine, theirs in zip(result["tests"], expected["tests"]):
        assert abs(mine["f_stat"] - theirs["f_stat"]) <= 1e-9 * abs(theirs["f_stat"])
        assert mine["p_value"] == theirs["p_value"]
        assert abs(mine["crit_1"] - theirs["crit"][2]) <= 1e-8 * abs(theirs["crit"][2])

if __name__ == "__main__":
    main()
