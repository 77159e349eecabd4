#!/usr/bin/env python3
"""Benchmark data for bench/spatial/run.sh: a simulated spatial Durbin panel of N units x T periods (default the seed
paper's scale, 285 x 11) with random coordinates, written as a PanelCore request (SDM, two-way fixed effects,
inverse-distance weights, effects with 1000 simulation draws) and as a CSV for the spreg comparison.
Deterministic: numpy default_rng(20261121).  Usage: make_data.py N T OUTDIR
"""
import json
import math
import os
import sys

import numpy as np


def main():
    n, t, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    rng = np.random.default_rng(20261121)
    lat, lon = rng.uniform(22, 48, n), rng.uniform(75, 122, n)
    p, l = np.radians(lat), np.radians(lon)
    h = (np.sin((p[:, None] - p[None, :]) / 2) ** 2
         + np.cos(p[:, None]) * np.cos(p[None, :]) * np.sin((l[:, None] - l[None, :]) / 2) ** 2)
    d = 2 * 6371.0 * np.arcsin(np.sqrt(np.minimum(h, 1)))
    with np.errstate(divide="ignore"):
        w = np.where(np.eye(n) == 1, 0.0, 1.0 / d)
    w = w / w.sum(axis=1, keepdims=True)
    x1, x2 = rng.normal(size=(t, n)), rng.normal(size=(t, n))
    mu, tau = rng.normal(size=n), rng.normal(size=t)
    a_inv = np.linalg.inv(np.eye(n) - 0.4 * w)
    y = np.array([a_inv @ (x1[s] - 0.5 * x2[s] + 0.3 * (w @ x1[s]) + mu + tau[s] + rng.normal(size=n)) for s in range(t)])
    ids = [f"u{i}" for i in range(n)]
    columns = {"id": ids * t, "year": [2000 + s for s in range(t) for _ in range(n)],
               "lat": [float(v) for v in lat] * t, "lon": [float(v) for v in lon] * t,
               "y": y.ravel().tolist(), "x1": x1.ravel().tolist(), "x2": x2.ravel().tolist()}
    request = {"abi": 1, "data": {"columns": columns}, "panel": {"id": "id", "time": "year"},
               "model": {"estimator": "spatial_panel", "model": "sdm", "fixed_effects": "two_way", "dependent": "y",
                         "regressors": ["x1", "x2"], "weights": {"coordinates": {"lat": "lat", "lon": "lon"}},
                         "options": {"effects": "simulation", "replications": 1000, "seed": 1}}}
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, f"sdm_{n}x{t}.json"), "w") as f:
        json.dump(request, f)
    np.savez(os.path.join(out, f"sdm_{n}x{t}.npz"), y=y.ravel(), x1=x1.ravel(), x2=x2.ravel(), w=w)


if __name__ == "__main__":
    main()
