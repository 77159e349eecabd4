#!/usr/bin/env python3
"""Reference fixtures for PanelCore's observed information of the fixed-effects spatial panel models (SAR, SDM, SEM).

The observed information is minus the Hessian of the full log-likelihood at the MLE (what Stata's ml, hence xsmle's
default vce(oim), reports). Here it is computed INDEPENDENTLY of PanelCore's analytic formulas: the log-likelihood is
written in NumPy and differentiated twice by central finite differences (Richardson-extrapolated over steps h and h/2),
its MLE found by scipy brentq (xtol 1e-15) on the concentrated score.

  * direct approach (Elhorst 2014 3.3): y, X demeaned for the fixed effects, the lag Wy demeaned again,
    l = -NT/2 log(2 pi s2) + T log|I - rho W| - e'e/(2 s2) with log|.| by numpy slogdet;
  * Lee & Yu (2010) transformation approach (xsmle leeyu): the data transformed explicitly by orthonormal bases F_T
    (and F_N for time effects), W* = F_N' W F_N, l on the transformed panel with slogdet(I - rho W*).

Data: Fixtures/spatial/sar_simulated.csv (45 x 11, x1 x2), weights: the row-standardised economic-distance matrix of
weights.json. Output: Fixtures/spatial/observed_information.json: per case the estimates (beta, rho|lambda, sigma2), the
covariance of (beta, rho|lambda) = the leading block of the inverse of minus the Hessian, and the variance of sigma2.
Run from the repository root:  python3 references/spatial/make_observed_information.py
"""
import json
import os

import numpy as np
import pandas as pd
import scipy
from scipy.optimize import brentq

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "PanelCoreTests", "Fixtures", "spatial")


def demean(v, n, t, effects):
    m = v.reshape(t, n)
    if effects == "unit":
        r = m - m.mean(axis=0)
    else:
        r = m - m.mean(axis=0) - m.mean(axis=1, keepdims=True) + m.mean()
    return r.reshape(-1)


def complement(m):
    values, vectors = np.linalg.eigh(np.eye(m) - np.ones((m, m)) / m)
    return vectors[:, values > 0.5]


def prepared(y, X, W, t, effects, lee_yu):
    """(ys, Xs, matrix, periods): the transformed dependent variable and regressors, the weights matrix of the
    transformed panel and its number of periods."""
    n = W.shape[0]
    if not lee_yu:
        return demean(y, n, t, effects), np.column_stack([demean(c, n, t, effects) for c in X.T]), W, t, effects
    ft = complement(t)
    fn = complement(n) if effects == "two_way" else np.eye(n)

    def transform(v):
        return (ft.T @ v.reshape(t, n) @ fn).reshape(-1)

    return transform(y), np.column_stack([transform(c) for c in X.T]), fn.T @ W @ fn, t - 1, None


def lagged(v, M, periods, effects):
    """(I_T kron M) v, demeaned again under the direct approach."""
    m = M.shape[0]
    w = (v.reshape(periods, m) @ M.T).reshape(-1)
    return demean(w, m, periods, effects) if effects else w


def fit(y, X, W, t, effects, lee_yu, model):
    ys, Xs, M, periods, demeaning = prepared(y, X, W, t, effects, lee_yu)
    m, k = M.shape[0], Xs.shape[1]
    nt = m * periods
    lam = np.linalg.eigvals(M).real
    wy = lagged(ys, M, periods, demeaning)
    wx = np.column_stack([lagged(c, M, periods, demeaning) for c in Xs.T])

    def residuals(theta):
        b, r = theta[:k], theta[k]
        if model == "sem":
            return (ys - r * wy) - (Xs - r * wx) @ b
        return ys - r * wy - Xs @ b

    def loglik(theta):
        e = residuals(theta)
        s2, r = theta[k + 1], theta[k]
        return -nt / 2 * np.log(2 * np.pi * s2) + periods * np.linalg.slogdet(np.eye(m) - r * M)[1] - e @ e / (2 * s2)

    def beta_at(r):
        if model == "sem":
            return np.linalg.lstsq(Xs - r * wx, ys - r * wy, rcond=None)[0]
        return np.linalg.lstsq(Xs, ys - r * wy, rcond=None)[0]

    def score(r):
        b = beta_at(r)
        e = residuals(np.concatenate([b, [r, 1.0]]))
        de = wy - wx @ b if model == "sem" else wy  # -de/dr at fixed beta (envelope theorem)
        return nt * (e @ de) / (e @ e) - periods * np.sum(lam / (1 - r * lam))

    lo, hi = 1 / lam.min(), 1 / lam.max()
    r = brentq(score, lo + 1e-6 * (hi - lo), hi - 1e-6 * (hi - lo), xtol=1e-15, rtol=8.9e-16)
    b = beta_at(r)
    e = residuals(np.concatenate([b, [r, 1.0]]))
    theta = np.concatenate([b, [r, e @ e / nt]])
    hessian = richardson(loglik, theta)
    inverse = np.linalg.inv(-hessian)
    return {"estimates": theta.tolist(), "vm": inverse[:k + 1, :k + 1].tolist(), "var_sigma2": float(inverse[k + 1, k + 1])}


def central_hessian(f, x, h):
    p = len(x)
    H = np.zeros((p, p))
    for i in range(p):
        for j in range(i, p):
            def at(si, sj):
                z = x.copy()
                z[i] += si * h[i]
                z[j] += sj * h[j]
                return f(z)
            H[i, j] = H[j, i] = (at(1, 1) - at(1, -1) - at(-1, 1) + at(-1, -1)) / (4 * h[i] * h[j])
    return H


def richardson(f, x):
    """Central-difference Hessian with steps h = 1e-3 max(|x|, 0.1) and h/2, combined as (4 H(h/2) - H(h))/3 (error
    O(h^4))."""
    h = 1e-3 * np.maximum(np.abs(x), 0.1)
    return (4 * central_hessian(f, x, h / 2) - central_hessian(f, x, h)) / 3


def main():
    weights = json.load(open(os.path.join(OUT, "weights.json")))["economic_row"]
    W = np.array(weights["matrix"])
    n = W.shape[0]
    frame = pd.read_csv(os.path.join(OUT, "sar_simulated.csv"))
    order = {name: i for i, name in enumerate(weights["ids"])}
    frame = frame.assign(unit=frame["city"].map(order)).sort_values(["year", "unit"])
    t = len(frame) // n
    y, X = frame["y"].values.astype(float), frame[["x1", "x2"]].values.astype(float)
    XW = np.column_stack([X, np.column_stack([(c.reshape(t, n) @ W.T).reshape(-1) for c in X.T])])
    cases = []
    for model in ["sar", "sdm", "sem"]:
        for effects in ["unit", "two_way"]:
            for lee_yu in ([False] if model == "sem" else [False, True]):
                result = fit(y, XW if model == "sdm" else X, W, t, effects, lee_yu, model)
                cases.append(dict(model=model, effects=effects, lee_yu=lee_yu, **result))
    with open(os.path.join(OUT, "observed_information.json"), "w") as f:
        json.dump({"cases": cases}, f, indent=1)
    with open(os.path.join(OUT, "SOURCES_observed_information.md"), "w") as f:
        f.write("# Observed-information fixtures\n\nGenerated by references/spatial/make_observed_information.py; do not edit "
                "by hand.\n\n- `observed_information.json`: SAR, SDM, SEM with unit and two-way effects (SAR/SDM also Lee-Yu) "
                "on `sar_simulated.csv` with the row-standardised economic-distance weights of weights.json: the MLE and the "
                "inverse of minus a Richardson-extrapolated central-difference Hessian of the full log-likelihood.\n\n"
                "Versions: numpy %s, scipy %s, pandas %s\n" % (np.__version__, scipy.__version__, pd.__version__))


if __name__ == "__main__":
    main()
