#!/usr/bin/env python3
"""Reference fixtures for PanelCore's fixed-effects spatial lag (SAR) panel model.

Data: Fixtures/spatial/panel.csv (45 cities x 11 years of the project's synthetic panel) and a simulated SAR panel
(numpy default_rng(SEED): N = 45, T = 11, rho = 0.4, beta = (1, -0.5), unit and time effects) written to
Fixtures/spatial/sar_simulated.csv; weights: the row-standardised economic-distance matrix of weights.json.

Two independent references:
  * spreg.Panel_FE_Lag and Panel_FE_Error (unit fixed effects; epsilon=1e-12 so its bounded Brent search for rho is tight), whose
    rho, betas and sig2 = e'e/(NT) PanelCore must match. Its logll omits + NT/2 log(NT) (the concentrated likelihood
    it maximises uses log(e'e), not log(e'e/NT)), and its information matrix uses the un-demeaned X in the rho-beta
    cross term; both are recorded so the test can say exactly what agrees.
  * for Lee & Yu's (2010) transformation approach, the data transformed explicitly by orthonormal bases (sar_lee_yu);
  * a NumPy implementation written here from Elhorst (2014, Spatial Econometrics, section 3.3, eq. 3.31; effects from LeSage & Pace 2009), SAR, SEM and SDM (X and WX; Wald and LR tests of the SDM against SAR and SEM), for unit,
    time and two-way effects: rho by scipy brentq (xtol 1e-15) on the score of the concentrated likelihood
    (its root; a search on likelihood values resolves rho only to ~1e-8) with numpy eigenvalues, beta = b0 - rho b1, sigma2 = e'e/(NT), the full log-likelihood and
    the inverse information matrix of (beta, rho, sigma2) with the demeaned X.
Run from the repository root:  python3 references/spatial/make_sar_fixtures.py
"""
import json
import os

import libpysal
import numpy as np
import pandas as pd
import scipy
import spreg
from scipy.optimize import brentq

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "PanelCoreTests", "Fixtures", "spatial")
SEED = 20261122


def demean(v, n, t, effects):
    m = v.reshape(t, n)
    unit, period, grand = m.mean(axis=0), m.mean(axis=1, keepdims=True), m.mean()
    if effects == "unit":
        r = m - unit
    elif effects == "time":
        r = m - period
    else:
        r = m - unit - period + grand
    return r.reshape(-1)


def sar(y, X, W, t, effects, durbin=False):
    n = W.shape[0]
    nt = n * t
    lam = np.linalg.eigvals(W).real
    q = X.shape[1]
    if durbin:  # the spatial Durbin model: regressors X and their spatial lags (I_T kron W) X, lagged before demeaning
        X = np.column_stack([X, np.kron(np.eye(t), W) @ X])
    yd = demean(y, n, t, effects)
    Xd = np.column_stack([demean(c, n, t, effects) for c in X.T])
    wy = demean(np.kron(np.eye(t), W) @ y, n, t, effects)  # J(Wy): ML with dummies concentrates them out of Wy
    b0, b1 = np.linalg.lstsq(Xd, yd, rcond=None)[0], np.linalg.lstsq(Xd, wy, rcond=None)[0]
    e0, e1 = yd - Xd @ b0, wy - Xd @ b1

    def score(rho):
        e = e0 - rho * e1
        return nt * (e1 @ e0 - rho * (e1 @ e1)) / (e @ e) - t * np.sum(lam / (1 - rho * lam))

    lo, hi = 1 / lam.min(), 1 / lam.max()
    rho = brentq(score, lo + 1e-9 * (hi - lo), hi - 1e-9 * (hi - lo), xtol=1e-15, rtol=8.9e-16)
    beta = b0 - rho * b1
    e = e0 - rho * e1
    sig2 = e @ e / nt
    logll = -nt / 2 * (np.log(2 * np.pi) + np.log(sig2) + 1) + t * np.sum(np.log(1 - rho * lam))
    A = np.eye(n) - rho * W
    Wt = W @ np.linalg.inv(A)
    xb = Xd @ beta
    eta = np.kron(np.eye(t), Wt) @ xb
    k = X.shape[1]
    info = np.zeros((k + 2, k + 2))
    info[:k, :k] = Xd.T @ Xd / sig2
    info[:k, k] = info[k, :k] = Xd.T @ eta / sig2
    info[k, k] = t * (np.trace(Wt @ Wt) + np.trace(Wt.T @ Wt)) + eta @ eta / sig2
    info[k, k + 1] = info[k + 1, k] = t * np.trace(Wt) / sig2
    info[k + 1, k + 1] = nt / (2 * sig2 ** 2)
    vm = np.linalg.inv(info)
    # LeSage & Pace (2009) average effects with a dense inverse, and their delta-method standard errors from the
    # analytic derivatives d tr(A^-1)/d rho = tr(A^-1 W A^-1) and d 1'A^-1 1/d rho = 1'A^-1 W A^-1 1.
    # For the SDM, S_j = A^-1 (beta_j I + theta_j W); direct = tr(S_j)/N, total = 1'S_j 1/N; the gradient in
    # (beta_j, theta_j, rho) uses dA^-1/drho = A^-1 W A^-1.
    Ai = np.linalg.inv(A)
    one = np.ones(n)
    dAi = Ai @ W @ Ai
    parts = {"direct": lambda M: np.trace(M) / n, "total": lambda M: one @ M @ one / n}
    parts["indirect"] = lambda M: parts["total"](M) - parts["direct"](M)
    out = {}
    for name in ["direct", "indirect", "total"]:
        f = parts[name]
        estimates, se = [], []
        for j in range(q):
            theta = beta[q + j] if durbin else 0.0
            estimates.append(float(beta[j] * f(Ai) + theta * f(Ai @ W)))
            g = np.zeros(k + 1)
            g[j], g[k] = f(Ai), beta[j] * f(dAi) + theta * f(dAi @ W)
            if durbin:
                g[q + j] = f(Ai @ W)
            se.append(float(np.sqrt(g @ vm[:k + 1, :k + 1] @ g)))
        out[name] = {"estimates": estimates, "std_err": se}
    return {"effects": effects, "betas": beta.tolist(), "rho": float(rho), "sigma2": float(sig2), "logll": float(logll),
            "vm": vm[:k + 1, :k + 1].tolist(), "var_sigma2": float(vm[k + 1, k + 1]), "impacts": out}


def sem(y, X, W, t, effects):
    """The FE spatial error model (Elhorst 2014 3.3): lambda from the root of the concentrated score (brentq),
    beta = OLS of the filtered data, sigma2 = e'e/NT, information block-diagonal in beta and (lambda, sigma2)."""
    n = W.shape[0]
    nt = n * t
    lam = np.linalg.eigvals(W).real
    yd = demean(y, n, t, effects)
    Xd = np.column_stack([demean(c, n, t, effects) for c in X.T])
    Wt = np.kron(np.eye(t), W)

    def fit(l):
        wy = demean(Wt @ yd, n, t, effects)
        wx = np.column_stack([demean(c, n, t, effects) for c in (Wt @ Xd).T])
        ys, xs = yd - l * wy, Xd - l * wx
        beta = np.linalg.lstsq(xs, ys, rcond=None)[0]
        return beta, ys - xs @ beta, yd - Xd @ beta

    def score(l):
        _, e, u = fit(l)
        return nt * (e @ (Wt @ u)) / (e @ e) - t * np.sum(lam / (1 - l * lam))

    lo, hi = 1 / lam.min(), 1 / lam.max()
    lamb = brentq(score, lo + 1e-9 * (hi - lo), hi - 1e-9 * (hi - lo), xtol=1e-15, rtol=8.9e-16)
    beta, e, _ = fit(lamb)
    sig2 = e @ e / nt
    xs = Xd - lamb * np.column_stack([demean(c, n, t, effects) for c in (Wt @ Xd).T])
    Wt_ = W @ np.linalg.inv(np.eye(n) - lamb * W)
    info = np.array([[t * (np.trace(Wt_ @ Wt_) + np.trace(Wt_.T @ Wt_)), t * np.trace(Wt_) / sig2],
                     [t * np.trace(Wt_) / sig2, nt / (2 * sig2 ** 2)]])
    inv = np.linalg.inv(info)
    vb = sig2 * np.linalg.inv(xs.T @ xs)
    logll = -nt / 2 * (np.log(2 * np.pi) + np.log(sig2) + 1) + t * np.sum(np.log(1 - lamb * lam))
    return {"effects": effects, "betas": beta.tolist(), "lambda": float(lamb), "sigma2": float(sig2), "logll": float(logll),
            "std_err": np.sqrt(np.diag(vb)).tolist() + [float(np.sqrt(inv[0, 0]))], "var_sigma2": float(inv[1, 1])}


def orthonormal_complement(m):
    """An m x (m-1) orthonormal basis of the vectors with zero sum (eigenvectors of J = I - 11'/m for eigenvalue 1)."""
    values, vectors = np.linalg.eigh(np.eye(m) - np.ones((m, m)) / m)
    return vectors[:, values > 0.5]


def sar_lee_yu(y, X, W, t, effects, durbin=False):
    """Lee & Yu (2010) transformation approach, computed by transforming the data explicitly: Y* = F_T' Y F_N (only
    the factors the effects need), W* = F_N' W F_N, then ML without effects on the transformed panel (log|I - rho W*|
    by slogdet, score by the dense inverse) and the information matrix with W~* = W*(I - rho W*)^-1."""
    n = W.shape[0]
    if durbin:
        X = np.column_stack([X, np.kron(np.eye(t), W) @ X])
    ft = orthonormal_complement(t) if effects in ("unit", "two_way") else np.eye(t)
    fn = orthonormal_complement(n) if effects in ("time", "two_way") else np.eye(n)
    ws = fn.T @ W @ fn
    m, ts = ws.shape[0], ft.shape[1]

    def transform(v):
        return (ft.T @ v.reshape(t, n) @ fn).reshape(-1)

    ys = transform(y)
    xs = np.column_stack([transform(c) for c in X.T])
    big = np.kron(np.eye(ts), ws)
    wy = big @ ys
    b0, b1 = np.linalg.lstsq(xs, ys, rcond=None)[0], np.linalg.lstsq(xs, wy, rcond=None)[0]
    e0, e1 = ys - xs @ b0, wy - xs @ b1
    nt = m * ts

    def score(rho):
        e = e0 - rho * e1
        return nt * (e1 @ e0 - rho * (e1 @ e1)) / (e @ e) - ts * np.trace(np.linalg.solve(np.eye(m) - rho * ws, ws))

    lam = np.linalg.eigvals(W).real
    rho = brentq(score, 1 / lam.min() + 1e-9, 1 - 1e-9, xtol=1e-15, rtol=8.9e-16)
    beta = b0 - rho * b1
    e = e0 - rho * e1
    sig2 = e @ e / nt
    logll = -nt / 2 * (np.log(2 * np.pi) + np.log(sig2) + 1) + ts * np.linalg.slogdet(np.eye(m) - rho * ws)[1]
    wt = ws @ np.linalg.inv(np.eye(m) - rho * ws)
    eta = np.kron(np.eye(ts), wt) @ xs @ beta
    k = xs.shape[1]
    info = np.zeros((k + 2, k + 2))
    info[:k, :k] = xs.T @ xs / sig2
    info[:k, k] = info[k, :k] = xs.T @ eta / sig2
    info[k, k] = ts * (np.trace(wt @ wt) + np.trace(wt.T @ wt)) + eta @ eta / sig2
    info[k, k + 1] = info[k + 1, k] = ts * np.trace(wt) / sig2
    info[k + 1, k + 1] = nt / (2 * sig2 ** 2)
    vm = np.linalg.inv(info)
    return {"effects": effects, "durbin": durbin, "betas": beta.tolist(), "rho": float(rho), "sigma2": float(sig2),
            "logll": float(logll), "std_err": np.sqrt(np.diag(vm)[:k + 1]).tolist()}


def restrictions(sdm, sar_fit, sem_fit):
    """Wald tests of theta = 0 and theta + rho beta = 0 and the LR tests of the SDM against the SAR and the SEM
    (Elhorst 2014 3.5)."""
    b = np.array(sdm["betas"] + [sdm["rho"]])
    V = np.array(sdm["vm"])
    q = (len(b) - 1) // 2
    theta = b[q:2 * q]
    wald_sar = theta @ np.linalg.solve(V[q:2 * q, q:2 * q], theta)
    g = theta + b[-1] * b[:q]
    G = np.zeros((q, len(b)))
    for i in range(q):
        G[i, i], G[i, q + i], G[i, -1] = b[-1], 1.0, b[i]
    wald_sem = g @ np.linalg.solve(G @ V @ G.T, g)
    return {"wald_sdm_vs_sar": float(wald_sar), "wald_sdm_vs_sem": float(wald_sem),
            "lr_sdm_vs_sar": float(2 * (sdm["logll"] - sar_fit["logll"])),
            "lr_sdm_vs_sem": float(2 * (sdm["logll"] - sem_fit["logll"]))}


def simulate(W, cities):
    rng = np.random.default_rng(SEED)
    n, t = W.shape[0], 11
    x1, x2 = rng.normal(size=n * t), rng.normal(size=n * t)
    mu, lam = rng.normal(size=n), rng.normal(size=t)
    A_inv = np.linalg.inv(np.eye(n) - 0.4 * W)
    y = np.concatenate([A_inv @ (1.0 * x1[p * n:(p + 1) * n] - 0.5 * x2[p * n:(p + 1) * n] + mu + lam[p] + rng.normal(size=n))
                        for p in range(t)])
    years = np.repeat(np.arange(2013, 2013 + t), n)
    return pd.DataFrame({"city": cities * t, "year": years, "y": y, "x1": x1, "x2": x2})


def main():
    weights = json.load(open(os.path.join(OUT, "weights.json")))["economic_row"]
    W = np.array(weights["matrix"])
    cities = weights["ids"]
    n = len(cities)
    panel = pd.read_csv(os.path.join(OUT, "panel.csv"))
    nqpf = pd.read_csv(os.path.join(ROOT, "Tests", "PanelCoreTests", "Fixtures", "descriptives", "nqpf.csv"))
    data = panel.merge(nqpf[["city", "year", "DF", "RI"]], on=["city", "year"]).sort_values(["year", "city"], key=lambda c: c.map(
        {name: i for i, name in enumerate(cities)}) if c.name == "city" else c)
    simulated = simulate(W, cities)
    simulated.to_csv(os.path.join(OUT, "sar_simulated.csv"), index=False)
    cases = {}
    for name, frame, yname, xnames in [("nqpf", data, "NQP", ["DF", "RI"]), ("simulated", simulated, "y", ["x1", "x2"])]:
        t = len(frame) // n
        y, X = frame[yname].values.astype(float), frame[xnames].values.astype(float)
        w = libpysal.weights.full2W(W)
        fit = spreg.Panel_FE_Lag(y.reshape(-1, 1), X, w, epsilon=1e-12)
        cases[name] = {
            "y": yname, "x": xnames,
            "spreg": {"betas": fit.betas.ravel().tolist(), "sig2": float(np.ravel(fit.sig2)[0]), "logll": float(fit.logll),
                      "std_err": np.sqrt(np.diag(fit.vm)).tolist(), "nt": int(n * t)},
            "elhorst": [dict(sar(y, X, W, t, e), standardise="row") for e in ["unit", "time", "two_way"]],
        }
        C = np.array(json.load(open(os.path.join(OUT, "weights.json")))["economic_none"]["matrix"])
        spectral = C / np.max(np.abs(np.linalg.eigvals(C)))
        cases[name]["elhorst"].append(dict(sar(y, X, spectral, t, "two_way"), standardise="spectral"))
        cases[name]["sdm"] = []
        for effects, matrix, standardise in [("two_way", W, "row"), ("unit", W, "row"), ("two_way", spectral, "spectral")]:
            sdm = sar(y, X, matrix, t, effects, durbin=True)
            sdm["restrictions"] = restrictions(sdm, sar(y, X, matrix, t, effects), sem(y, X, matrix, t, effects))
            cases[name]["sdm"].append(dict(sdm, standardise=standardise))
        error_fit = spreg.Panel_FE_Error(y.reshape(-1, 1), X, w, epsilon=1e-12)
        cases[name]["spreg_error"] = {"betas": error_fit.betas.ravel().tolist(), "sig2": float(np.ravel(error_fit.sig2)[0]),
                                      "logll": float(np.ravel(error_fit.logll)[0]), "std_err": np.sqrt(np.diag(error_fit.vm)).tolist()}
        cases[name]["sem"] = [sem(y, X, W, t, e) for e in ["unit", "time", "two_way"]]
        cases[name]["lee_yu"] = [sar_lee_yu(y, X, W, t, e, durbin=d) for e in ["unit", "time", "two_way"] for d in [False, True]]
        ref = cases[name]["elhorst"][0]
        assert np.allclose(ref["betas"] + [ref["rho"]], cases[name]["spreg"]["betas"], rtol=1e-6), name
    with open(os.path.join(OUT, "sar.json"), "w") as f:
        json.dump(cases, f, indent=1)
    with open(os.path.join(OUT, "SOURCES_sar.md"), "w") as f:
        f.write("# SAR panel fixtures\n\nGenerated by references/spatial/make_sar_fixtures.py; do not edit by hand.\n\n"
                "- `sar_simulated.csv`: simulated SAR panel (numpy default_rng(%d); rho 0.4, beta (1, -0.5), unit and time effects)\n"
                "- `sar.json`: spreg.Panel_FE_Lag(epsilon=1e-12) and an independent NumPy implementation of Elhorst (2014) "
                "eq. 3.31 for unit, time and two-way effects, on nqpf (NQP ~ DF + RI) and the simulated panel, with the "
                "row-standardised economic-distance weights of weights.json\n\n"
                "Versions: numpy %s, scipy %s, pandas %s, spreg %s, libpysal %s\n"
                % (SEED, np.__version__, scipy.__version__, pd.__version__, spreg.__version__, libpysal.__version__))


if __name__ == "__main__":
    main()
