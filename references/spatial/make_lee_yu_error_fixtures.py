#!/usr/bin/env python3
"""Reference fixtures for PanelCore's Lee & Yu (2010) transformation approach in the fixed-effects SEM and SDEM panels
(and the SDM's likelihood-ratio test against the SEM under it).

An independent NumPy/SciPy implementation of the transformation approach itself, on the committed simulated lattice
panels (sac_simulated.csv: 60 units on a 6 x 10 rook lattice x 8 periods; sac_large.csv: 144 units x 15 periods; W the
row-standardised binary contiguity, from the neighbour lists in sac.json; column ydurbin is an SDEM panel with
lambda = 0.3, beta = (1, -0.5), theta = (0.5, 0) and unit and time effects, see make_sac_fixtures.py):
  * F_T (T x (T-1)): orthonormal eigenvectors of I - 11'/T with eigenvalue 1 (unit effects), F_N (N x (N-1)) likewise
    of I - 11'/N with W* = F_N' W F_N (time effects; W's rows sum to one, so F_N' W = W* F_N'); the data, arranged
    period x unit, are transformed explicitly, Y* = F_T' Y F_N (unit: F_T' Y; time: Y F_N), and the regressors'
    spatial lags (SDEM, SDM) are taken on the raw data before the transformation;
  * on the transformed panel (T* periods, N* units, no effects) the plain SEM log-likelihood
        l(beta, lambda, s2) = -n*/2 log(2 pi s2) + T* log|I - lambda W*| - e'e/(2 s2),  e = (I - lambda W*)(y* - X* beta)
    per period (log-determinants by slogdet), maximised numerically: bounded Brent on the likelihood concentrated in
    beta and s2 (xatol 1e-13), then BFGS on all parameters from there (the better of the two kept);
  * standard errors from the inverse of a central-difference numerical Hessian of l in (beta, lambda, s2) (step 1e-4
    relative), PanelCore's observed information; and from the expected information written out on W*: s2 (X**'X**)^-1
    for beta and the inverse of [[T*(tr(A A) + tr(A'A)), T* tr(A)/s2], [T* tr(A)/s2, n*/(2 s2^2)]] with
    A = W*(I - lambda W*)^-1 for (lambda, s2);
  * the SDM (y* = rho W* y* + X* beta + W* X* theta + e) on the same transformed data, its log-likelihood maximised the
    same way (concentrated in rho), for the LR test of the SDM against the SEM;
  * the SEM and SDEM with unit effects by the direct approach (NT observations, T periods) on the unit-demeaned data, to
    show that Lee-Yu with unit effects only rescales sigma2.
Run from the repository root:  python3 references/spatial/make_lee_yu_error_fixtures.py
"""
import json
import os

import numpy as np
import pandas as pd
import scipy
from scipy.optimize import minimize, minimize_scalar

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(ROOT, "Tests", "PanelCoreTests", "Fixtures", "spatial")
TRUTH = {"betas": [1.0, -0.5, 0.5, 0.0], "lambda": 0.3}


def weights(neighbours):
    """The row-standardised binary contiguity."""
    n = len(neighbours)
    c = np.zeros((n, n))
    for i, row in enumerate(neighbours):
        c[i, row] = 1
    return c / c.sum(axis=1, keepdims=True)


def orthonormal_complement(m):
    """m x (m-1) orthonormal eigenvectors of I - 11'/m with eigenvalue 1."""
    values, vectors = np.linalg.eigh(np.eye(m) - np.ones((m, m)) / m)
    return vectors[:, values > 0.5]


class TransformedPanel:
    """y and X (stacked period after period) transformed by Lee & Yu's F_T and/or F_N, with W* and the counts."""

    def __init__(self, y, X, W, t, effects, direct=False):
        n = W.shape[0]
        if direct:
            # The direct approach with unit effects: demeaned data, all NT observations and T periods.
            q = np.kron(np.eye(t) - np.ones((t, t)) / t, np.eye(n))
            self.W, self.t, self.y, self.X = W, t, q @ y, q @ X
            return
        ft = orthonormal_complement(t) if effects in ("unit", "two_way") else np.eye(t)
        fn = orthonormal_complement(n) if effects in ("time", "two_way") else np.eye(n)

        def transform(v):
            return (ft.T @ v.reshape(t, n) @ fn).reshape(-1)

        self.W, self.t = fn.T @ W @ fn, ft.shape[1]
        self.y = transform(y)
        self.X = np.column_stack([transform(X[:, j]) for j in range(X.shape[1])])

    @property
    def n(self):
        return self.W.shape[0]

    def lag(self, v):
        return (v.reshape(self.t, self.n) @ self.W.T).reshape(-1)

    def logdet(self, a):
        sign, value = np.linalg.slogdet(np.eye(self.n) - a * self.W)
        return value if sign > 0 else -np.inf


class ErrorLikelihood:
    """The plain SEM log-likelihood of a transformed panel, parameters (beta, lambda, s2)."""

    def __init__(self, panel):
        self.p, self.k = panel, panel.X.shape[1]
        self.wy, self.wx = panel.lag(panel.y), np.column_stack([panel.lag(panel.X[:, j]) for j in range(self.k)])

    def full(self, v):
        beta, lam, s2 = v[:self.k], v[self.k], v[self.k + 1]
        if s2 <= 0 or self.p.logdet(lam) == -np.inf:
            return -np.inf
        e = (self.p.y - lam * self.wy) - (self.p.X - lam * self.wx) @ beta
        nobs = len(e)
        return -nobs / 2 * np.log(2 * np.pi * s2) + self.p.t * self.p.logdet(lam) - e @ e / (2 * s2)

    def profile(self, lam):
        xs = self.p.X - lam * self.wx
        beta = np.linalg.lstsq(xs, self.p.y - lam * self.wy, rcond=None)[0]
        e = self.p.y - lam * self.wy - xs @ beta
        return np.concatenate([beta, [lam, e @ e / len(e)]])

    def maximise(self, bounds):
        first = minimize_scalar(lambda a: -self.full(self.profile(a)), bounds=bounds, method="bounded",
                                options={"xatol": 1e-13, "maxiter": 2000})
        v0 = self.profile(first.x)
        second = minimize(lambda v: -self.full(v), v0, method="BFGS", options={"gtol": 1e-10})
        return second.x if -second.fun > self.full(v0) else v0

    def expected_covariance(self, v):
        beta, lam, s2 = v[:self.k], v[self.k], v[self.k + 1]
        xs = self.p.X - lam * self.wx
        a = self.p.W @ np.linalg.inv(np.eye(self.p.n) - lam * self.p.W)
        nobs, t = len(self.p.y), self.p.t
        info = np.array([[t * (np.trace(a @ a) + np.trace(a.T @ a)), t * np.trace(a) / s2], [t * np.trace(a) / s2, nobs / (2 * s2 ** 2)]])
        inverse = np.linalg.inv(info)
        cov = np.zeros((self.k + 1, self.k + 1))
        cov[:self.k, :self.k] = s2 * np.linalg.inv(xs.T @ xs)
        cov[self.k, self.k] = inverse[0, 0]
        return cov, inverse[1, 1]


def lag_log_likelihood(panel, bounds):
    """The maximised SAR/SDM log-likelihood of a transformed panel (concentrated in beta and s2, bounded Brent in rho)."""
    wy, nobs = panel.lag(panel.y), len(panel.y)

    def concentrated(rho):
        r = panel.y - rho * wy
        e = r - panel.X @ np.linalg.lstsq(panel.X, r, rcond=None)[0]
        s2 = e @ e / nobs
        return -nobs / 2 * (np.log(2 * np.pi * s2) + 1) + panel.t * panel.logdet(rho)

    best = minimize_scalar(lambda a: -concentrated(a), bounds=bounds, method="bounded", options={"xatol": 1e-13, "maxiter": 2000})
    return float(concentrated(best.x))


def numerical_hessian(f, v):
    m = len(v)
    h = 1e-4 * np.maximum(np.abs(v), 0.1)
    hess = np.zeros((m, m))
    for i in range(m):
        for j in range(i, m):
            ei, ej = np.eye(m)[i] * h[i], np.eye(m)[j] * h[j]
            hess[i, j] = hess[j, i] = (f(v + ei + ej) - f(v + ei - ej) - f(v - ei + ej) + f(v - ei - ej)) / (4 * h[i] * h[j])
    return hess


def case(frame, W, t, effects, model, direct=False):
    X = frame[["x1", "x2"]].values
    big = np.kron(np.eye(t), W)
    if model in ("sdem", "sdm"):
        X = np.column_stack([X, big @ X])
    panel = TransformedPanel(frame["ydurbin"].values, X, W, t, effects, direct=direct)
    values = np.linalg.eigvals(W).real
    bounds = (1 / values.min() + 1e-9, 1 - 1e-9)
    if model == "sdm":
        return {"model": model, "effects": effects, "logll": lag_log_likelihood(panel, bounds)}
    like = ErrorLikelihood(panel)
    v = like.maximise(bounds)
    k = like.k
    observed = np.linalg.inv(-numerical_hessian(like.full, v))
    expected, expected_var_s2 = like.expected_covariance(v)
    return {"model": model, "effects": effects, "lee_yu": not direct, "n_effective": len(panel.y), "periods_effective": panel.t,
            "betas": v[:k].tolist(), "lambda": float(v[k]), "sigma2": float(v[k + 1]), "logll": float(like.full(v)),
            "vm_observed": observed[:-1, :-1].tolist(), "var_sigma2_observed": float(observed[-1, -1]),
            "vm_expected": expected.tolist(), "var_sigma2_expected": float(expected_var_s2)}


def main():
    sac = json.load(open(os.path.join(FIXTURES, "sac.json")))
    small = pd.read_csv(os.path.join(FIXTURES, "sac_simulated.csv"))
    W = weights(sac["neighbours"])
    cases = [case(small, W, 8, effects, model) for model in ["sem", "sdem"] for effects in ["unit", "time", "two_way"]]
    direct = [case(small, W, 8, "unit", model, direct=True) for model in ["sem", "sdem"]]
    sdm = case(small, W, 8, "two_way", "sdm")
    large = pd.read_csv(os.path.join(FIXTURES, "sac_large.csv"))
    large_fit = case(large, weights(sac["large"]["neighbours"]), 15, "two_way", "sdem")
    result = {"cases": cases, "direct_unit": direct, "sdm_two_way": sdm, "large": {"truth": TRUTH, "sdem_two_way": large_fit}}
    with open(os.path.join(FIXTURES, "lee_yu_error.json"), "w") as f:
        json.dump(result, f, indent=1)
    with open(os.path.join(FIXTURES, "SOURCES_lee_yu_error.md"), "w") as f:
        f.write("# Lee-Yu SEM and SDEM panel fixtures\n\nGenerated by references/spatial/make_lee_yu_error_fixtures.py; do not edit by hand.\n\n"
                "- `lee_yu_error.json`: Lee & Yu's (2010) transformation approach written out in NumPy (orthonormal F_T, F_N; "
                "W* = F_N' W F_N; data transformed explicitly) on `sac_simulated.csv` (column `ydurbin`, regressors x1, x2 and, "
                "for the SDEM, W x1, W x2), the plain SEM likelihood maximised with SciPy (bounded Brent, then BFGS), "
                "numerical-Hessian and expected-information covariances, for unit, time and two-way effects; the direct "
                "approach with unit effects; the two-way SDM log-likelihood under the same transformation; and the two-way "
                "SDEM on `sac_large.csv` with its simulation truth\n\n"
                "Versions: numpy %s, scipy %s, pandas %s\n" % (np.__version__, scipy.__version__, pd.__version__))


if __name__ == "__main__":
    main()
