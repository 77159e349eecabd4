"""Threshold benchmark: a 285-unit x 11-period balanced panel (seeded numpy; two thresholds in the data), a request
for three thresholds with 300 bootstrap replications per test, timed with the native PanelCore CLI (all cores) and
with the independent NumPy implementation of references/threshold (a least-squares fit per grid point, serial).
The NumPy run uses fewer replications (--numpy-replications, default 2: with a fresh fit per grid point it costs tens of seconds per replication);
both tools report their time per replication and the ratio, plus the NumPy time extrapolated to 300 replications.
The two tools' point estimates, F statistics and, for the common first replications, the bootstrap statistics are
compared so the timing is of the same computation.
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
    parser.add_argument("--numpy-replications", type=int, default=2)
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

    panel = ref.Panel(unit, y, x, z, q)
    start = time.perf_counter()
    expected = ref.estimate(panel, [TRIM] * 3, GRID, 3, args.numpy_replications, SEED)
    numpy_time = time.perf_counter() - start
    assert [t["estimate"] for t in result["thresholds"]] == [t["estimate"] for t in expected["thresholds"]]
    for mine, theirs in zip(result["tests"], expected["tests"]):
        assert abs(mine["f_stat"] - theirs["f_stat"]) <= 1e-9 * abs(theirs["f_stat"])
    check_path = os.path.join(args.out, "threshold-285x11-check.json")
    with open(check_path, "w") as out:
        json.dump(request(unit, y, x, z, q, args.numpy_replications), out)
    check = json.loads(subprocess.run([args.panelcore, "run", check_path], check=True, capture_output=True).stdout)["result"]
    for mine, theirs in zip(check["tests"], expected["tests"]):
        assert mine["p_value"] == theirs["p_value"] and abs(mine["crit_1"] - theirs["crit"][2]) <= 1e-8 * theirs["crit"][2]

    per_native = native / 300
    per_numpy = numpy_time / max(args.numpy_replications, 1)
    print(f"threshold 285x11, 3 thresholds, grid {GRID}, 3 bootstrap tests")
    print(f"  PanelCore native CLI : {native:8.3f} s for 300 replications (incl. process start and JSON), {per_native * 1e3:8.2f} ms/replication")
    print(f"  NumPy reference      : {numpy_time:8.3f} s for {args.numpy_replications} replications, {per_numpy * 1e3:8.2f} ms/replication,"
          f" ~{per_numpy * 300:8.1f} s extrapolated to 300")
    print(f"  ratio NumPy/PanelCore per replication: {per_numpy / per_native:8.1f}x")
    print(f"  estimates {[t['estimate'] for t in result['thresholds']]}, F {[round(t['f_stat'], 3) for t in result['tests']]}, p {[t['p_value'] for t in result['tests']]}")


if __name__ == "__main__":
    main()
