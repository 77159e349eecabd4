"""Spatial β convergence fixtures for `convergence` with `weights`
(Tests/PanelCoreTests/Fixtures/evolution/spatial_convergence_<case>.json).

The model: g_t = rho W g_t + beta ln y_t + theta W ln y_t [+ controls and their lags] + mu + lambda_t + e_t, with
g_t = ln y_{t+1} - ln y_t for every period but the last, unit and period fixed effects, estimated by maximum likelihood
as written here with NumPy/SciPy from Elhorst (2014, Spatial Econometrics, section 3.3): two-way demeaning of g, X and
(I_T kron W) g (the lags formed before demeaning), beta = b0 - rho b1 from the OLS fits of g and Wg on X, rho the
root of the concentrated score NT (e1'e0 - rho e1'e1)/e'e - T sum(lambda/(1 - rho lambda)) by scipy brentq
(xtol 1e-15), sigma2 = e'e/(NT), the full log-likelihood, the covariance of (beta, rho) from the inverse of the
information matrix of eq. 3.31; LeSage & Pace (2009) effects with a dense (I - rho W)^-1 and delta-method standard
errors from analytic derivatives; speed -ln(1 + beta), half-life ln 2/speed. The score root is checked against a
bounded scipy `minimize_scalar` of the concentrated likelihood (to 1e-6).

Cases:
- nqp: NQP of the example panel (nqpf_evolution.csv), absolute and conditional on UL and CSL, on the binary
  4-nearest-neighbour matrix of the Markov fixtures (markov_nqp_quantiles.json), row-standardised;
- simulated: a convergence process with known truth on the same W, N = 45, T = 31 (30 growth periods): ln y_0 ~
  N(0, 0.5), g_t = (I - 0.3 W)^-1 (-0.2 ln y_t + 0.05 W ln y_t + mu + lambda_t + 0.02 e_t) (numpy default_rng(2026)),
  written as spatial_convergence_simulated.csv.
Run from the repository root: python3 references/evolution/spatial_convergence_reference.py
"""
import json
import math
import os

import numpy as np
import pandas as pd
import scipy
from scipy.optimize import brentq, minimize_scalar

OUT = "Tests/PanelCoreTests/Fixtures/evolution"


def demean(v, n, t):
    m = v.reshape(t, n)
    return (m - m.mean(axis=0) - m.mean(axis=1, keepdims=True) + m.mean()).reshape(-1)


def sdm(g, X, W, t):
    """Two-way fixed-effects SDM of g (N*t, period after period) on the columns of X and their spatial lags."""
    n = W.shape[0]
    nt = n * t
    lag = np.kron(np.eye(t), W)
    q = X.shape[1]
    X = np.column_stack([X, lag @ X])
    k = X.shape[1]
    lam = np.linalg.eigvals(W)  # complex for a non-symmetric W: log|I - rho W| = sum log|1 - rho lambda|
    real = lam[np.abs(lam.imag) < 1e-12].real
    gd, wg = demean(g, n, t), demean(lag @ g, n, t)
    Xd = np.column_stack([demean(c, n, t) for c in X.T])
    b0, b1 = np.linalg.lstsq(Xd, gd, rcond=None)[0], np.linalg.lstsq(Xd, wg, rcond=None)[0]
    e0, e1 = gd - Xd @ b0, wg - Xd @ b1

    def score(rho):
        e = e0 - rho * e1
        return nt * (e1 @ e0 - rho * (e1 @ e1)) / (e @ e) - t * np.sum(lam / (1 - rho * lam)).real

    def concentrated(rho):
        e = e0 - rho * e1
        return nt / 2 * np.log(e @ e) - t * np.sum(np.log(np.abs(1 - rho * lam)))

    lo, hi = 1 / real.min(), 1 / real.max()
    rho = brentq(score, lo + 1e-9 * (hi - lo), hi - 1e-9 * (hi - lo), xtol=1e-15, rtol=8.9e-16)
    check = minimize_scalar(concentrated, bounds=(lo + 1e-9, hi - 1e-9), method="bounded", options={"xatol": 1e-10})
    assert abs(check.x - rho) < 1e-6, (check.x, rho)
    beta = b0 - rho * b1
    e = e0 - rho * e1
    sig2 = e @ e / nt
    logll = -nt / 2 * (np.log(2 * np.pi) + np.log(sig2) + 1) + t * np.linalg.slogdet(np.eye(n) - rho * W)[1]
    assert abs(np.linalg.slogdet(np.eye(n) - rho * W)[1] - np.sum(np.log(np.abs(1 - rho * lam)))) < 1e-10
    A = np.eye(n) - rho * W
    Ai = np.linalg.inv(A)
    Wt = W @ Ai
    eta = np.kron(np.eye(t), Wt) @ (Xd @ beta)
    info = np.zeros((k + 2, k + 2))
    info[:k, :k] = Xd.T @ Xd / sig2
    info[:k, k] = info[k, :k] = Xd.T @ eta / sig2
    info[k, k] = t * (np.trace(Wt @ Wt) + np.trace(Wt.T @ Wt)) + eta @ eta / sig2
    info[k, k + 1] = info[k + 1, k] = t * np.trace(Wt) / sig2
    info[k + 1, k + 1] = nt / (2 * sig2 ** 2)
    vm = np.linalg.inv(info)[:k + 1, :k + 1]
    one = np.ones(n)
    dAi = Ai @ W @ Ai
    parts = {"direct": lambda M: np.trace(M) / n, "total": lambda M: one @ M @ one / n}
    parts["indirect"] = lambda M: parts["total"](M) - parts["direct"](M)
    effects = {}
    for name, f in parts.items():
        estimates, se = [], []
        for j in range(q):
            theta = beta[q + j]
            estimates.append(float(beta[j] * f(Ai) + theta * f(Ai @ W)))
            gradient = np.zeros(k + 1)
            gradient[j], gradient[q + j], gradient[k] = f(Ai), f(Ai @ W), beta[j] * f(dAi) + theta * f(dAi @ W)
            se.append(float(np.sqrt(gradient @ vm @ gradient)))
        effects[name] = {"estimates": estimates, "std_errors": se}
    b = float(beta[0])
    speed = -math.log1p(b)
    return {"estimates": beta.tolist() + [float(rho)], "std_errors": np.sqrt(np.diag(vm)).tolist(), "sigma2": float(sig2),
            "log_likelihood": float(logll), "nobs": nt, "effects": effects, "speed": speed,
            "half_life": math.log(2) / speed if speed > 0 else None}


def layout(frame, ids, column):
    """values[t][i] of `column` by year and unit in `ids` order."""
    wide = frame.pivot(index="year", columns="city", values=column)[ids]
    return wide.to_numpy(dtype=float)


def fits(frame, ids, W, controls):
    logs = np.log(layout(frame, ids, "NQP" if "NQP" in frame else "y"))
    t = logs.shape[0] - 1
    g = (logs[1:] - logs[:-1]).reshape(-1)
    columns = [logs[:-1].reshape(-1)] + [layout(frame, ids, c)[:-1].reshape(-1) for c in controls]
    out = {"absolute": sdm(g, np.column_stack(columns[:1]), W, t)}
    if controls:
        out["conditional"] = sdm(g, np.column_stack(columns), W, t)
    return out


def simulate(W, ids):
    rng = np.random.default_rng(2026)
    n, periods = W.shape[0], 31
    Ai = np.linalg.inv(np.eye(n) - 0.3 * W)
    mu, lam = 0.05 * rng.normal(size=n), 0.05 * rng.normal(size=periods)
    logs = [0.5 * rng.normal(size=n)]
    for p in range(periods - 1):
        x = logs[-1]
        logs.append(x + Ai @ (-0.2 * x + 0.05 * W @ x + mu + lam[p] + 0.02 * rng.normal(size=n)))
    years = np.repeat(np.arange(1990, 1990 + periods), n)
    return pd.DataFrame({"city": ids * periods, "year": years, "y": np.exp(np.concatenate(logs))})


def main():
    markov = json.load(open(os.path.join(OUT, "markov_nqp_quantiles.json")))["request"]["model"]["weights"]
    ids, binary = markov["ids"], np.array(markov["dense"], dtype=float)
    W = binary / binary.sum(axis=1, keepdims=True)
    weights = {"units": "city", "ids": ids, "dense": markov["dense"]}
    versions = {"numpy": np.__version__, "scipy": scipy.__version__, "pandas": pd.__version__}
    data = pd.read_csv(os.path.join(OUT, "nqpf_evolution.csv"))
    simulated = simulate(W, ids)
    simulated.to_csv(os.path.join(OUT, "spatial_convergence_simulated.csv"), index=False, lineterminator="\n")
    simulated = pd.read_csv(os.path.join(OUT, "spatial_convergence_simulated.csv"))
    cases = {
        "nqp": ({"estimator": "convergence", "formula": "NQP ~ UL + CSL | city + year", "weights": weights}, fits(data, ids, W, ["UL", "CSL"])),
        "simulated": ({"estimator": "convergence", "formula": "y ~ 1 | city + year", "weights": weights}, fits(simulated, ids, W, [])),
    }
    cases["simulated"][1]["truth"] = {"beta": -0.2, "theta": 0.05, "rho": 0.3}
    for name, (model, expected) in cases.items():
        with open(os.path.join(OUT, f"spatial_convergence_{name}.json"), "w") as f:
            json.dump({"versions": versions, "model": model, "expected": expected}, f, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
