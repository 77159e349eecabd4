#!/usr/bin/env python3
"""Reference fixtures for spatial panel models with k-nearest-neighbour weights (not symmetric; issue #8).

Data: a simulated panel written to Tests/PanelCoreTests/Fixtures/spatial/knn_panel.csv — numpy default_rng(SEED),
N = 60 units at uniform random points of [0, 10]^2 (columns px, py), T = 8 periods, rows period by period;
y_t = (I - 0.4 W)^-1 (x1 - 0.5 x2 + 0.3 W x1 + alpha + tau_t + e_t) with W the row-standardised 5-nearest-neighbour
matrix (libpysal KNN.from_array, Euclidean, k = 5, transform "r"), alpha ~ N(0, 1), tau ~ N(0, 1), e ~ N(0, 1).
knn.json holds the unit ids, the binary knn matrix (rows: a unit's neighbours) and the references:
  * spreg.Panel_FE_Lag and Panel_FE_Error (unit fixed effects, epsilon = 1e-12), whose log|I - rho W| is the sparse
    LU's sum of log|U_ii| (no eigenvalues) and whose rho search is bounded to (-1, 1): betas (rho / lambda last),
    std_err, sig2, logll (spreg's logll omits NT/2 log(NT), as in sar.json) and nt;
  * "eigenvalues": numpy.linalg.eigvals of W (real and imaginary parts), for the spectrum test.
R spatialreg references for the same data: references/spatial/make_knn_spatialreg_fixtures.R (knn_spatialreg.json).
Run from the repository root:  python3 references/spatial/make_knn_fixtures.py
"""
import json
import os

import libpysal
import numpy as np
import pandas as pd
import spreg

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "PanelCoreTests", "Fixtures", "spatial")
SEED = 20261122
N, T, K = 60, 8, 5


def fit_numbers(fit):
    return {"betas": fit.betas.ravel().tolist(), "std_err": np.sqrt(np.diag(fit.vm)).tolist(),
            "sig2": float(np.ravel(fit.sig2)[0]), "logll": float(np.ravel(fit.logll)[0]), "nt": N * T}


def main():
    rng = np.random.default_rng(SEED)
    points = rng.uniform(0, 10, size=(N, 2))
    knn = libpysal.weights.KNN.from_array(points, k=K)
    binary, _ = knn.full()
    W = binary / binary.sum(axis=1, keepdims=True)
    assert not np.allclose(binary, binary.T)
    ids = ["u%02d" % (i + 1) for i in range(N)]
    x1 = rng.normal(size=(T, N))
    x2 = rng.normal(size=(T, N)) + rng.normal(size=N)
    alpha, tau = rng.normal(size=N), rng.normal(size=T)
    A = np.eye(N) - 0.4 * W
    y = np.array([np.linalg.solve(A, x1[t] - 0.5 * x2[t] + 0.3 * W @ x1[t] + alpha + tau[t] + rng.normal(size=N))
                  for t in range(T)])
    frame = pd.DataFrame({"unit": np.tile(ids, T), "period": np.repeat(np.arange(1, T + 1), N), "y": y.ravel(),
                          "x1": x1.ravel(), "x2": x2.ravel(), "px": np.tile(points[:, 0], T), "py": np.tile(points[:, 1], T)})
    with open(os.path.join(OUT, "knn_panel.csv"), "w") as f:
        f.write("unit,period,y,x1,x2,px,py\n")
        for row in frame.itertuples(index=False):
            f.write("%s,%d,%s\n" % (row.unit, row.period, ",".join(repr(float(v)) for v in row[2:])))
    X = np.column_stack([frame["x1"].values, frame["x2"].values])
    w = libpysal.weights.full2W(W)
    lag = spreg.Panel_FE_Lag(frame["y"].values.reshape(-1, 1), X, w, epsilon=1e-12)
    error = spreg.Panel_FE_Error(frame["y"].values.reshape(-1, 1), X, w, epsilon=1e-12)
    values = np.linalg.eigvals(W)
    reference = {"ids": ids, "binary": binary.tolist(), "spreg_lag": fit_numbers(lag), "spreg_error": fit_numbers(error),
                 "eigenvalues": {"real": values.real.tolist(), "imaginary": values.imag.tolist()}}
    with open(os.path.join(OUT, "knn.json"), "w") as f:
        json.dump(reference, f, indent=1)


if __name__ == "__main__":
    main()
