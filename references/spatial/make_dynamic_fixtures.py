#!/usr/bin/env python3
"""Reference fixtures for PanelCore's spatial dynamic panel (`spatial_panel` with "dynamic": true).

Model (Yu, de Jong & Lee 2008, J. Econometrics 146; Lee & Yu 2010, Econometric Theory 26, with time effects;
Elhorst 2014, "Spatial Econometrics", ch. 4):
    y_t = tau y_{t-1} + eta W y_{t-1} + rho W y_t + X_t beta + W X_t theta + mu + alpha_t 1 + e_t.

Data (numpy default_rng(SEED)), written to Tests/PanelCoreTests/Fixtures/spatial/:
  * dynamic_simulated.csv: 49 units (7 x 7 rook lattice, row-standardised) x 8 periods, tau = 0.4, eta = -0.1,
    rho = 0.3, beta = (1, -0.5), theta = (0.5, 0.2), unit and time effects, 50 burn-in periods dropped;
  * dynamic_truth.csv: the same design on a 12 x 12 lattice over 31 periods (the truth test: no reference needed).

The estimator, written here from the papers and SDPDmod's SDPDm(dynamic = TRUE, LYtrans = TRUE) with dense matrices:
  1. the first period is the initial condition: Z = (y_{t-1}, W y_{t-1}, X, W X) on periods 2..T (t = T - 1);
  2. unit effects: demeaning over those t periods (n = N); two-way: first the cross-sectional transformation
     F' v (F an orthonormal basis of the eigenvalue-1 eigenspace of J_N = I - 11'/N from numpy.linalg.eigh,
     n = N - 1, W* = F' W F), then the unit demeaning;
  3. rho maximises -(nt/2) log(e(rho)'e(rho)) + t log|I - rho W*| (scipy minimize_scalar, bounded, xatol 1e-13;
     slogdet), beta = b0 - rho b1, sigma2 = e'e/(nt);
  4. bias (SDPDmod): Sigma = information / (nt) with G = W* S^-1 (SDPDmod f_SIG); A = S^-1 (tau I + eta W*) with its
     eigen-decomposition by numpy.linalg.eig; eigenvalues > 1 - 1/n taken out (B = A - R J R^-1, m of them);
     b = [tr((I-B)^-1 S^-1)/n, tr(W*(I-B)^-1 S^-1)/n, 0..., tau tr(G(I-B)^-1 S^-1)/n + eta tr(G W*(I-B)^-1 S^-1)/n
     + tr(G)/n, 1/(2 sigma2)] (+ t/(2(1-rho)) m/n on tau, eta, rho); theta1 = theta + Sigma^-1 b / t;
  5. covariance at theta1: (Sigma^-1 + Sigma^-1 Omega Sigma^-1)/(nt), Omega (SDPDmod f_OMG) with
     mu4 = sum(r^4)/(nt), r = y - S^-1 Z gamma. Convention shared with PanelCore (documented there): under the
     cross-sectional transformation r and diag(G) are taken in the N-unit layout (F r, F G F'), which does not depend on
     the arbitrary basis F (SDPDmod uses its LAPACK basis);
  6. log-likelihood at theta1: -(nt/2) log(2 pi sigma2) + t log|I - rho W*| - e'e/(2 sigma2);
  7. effects (Elhorst 2014 sec. 4.4; Debarsy, Ertur & LeSage 2012), dense with the N x N W: short run
     (I - rho W)^-1 (beta_j I + theta_j W), long run ((1 - tau) I - (rho + eta) W)^-1 (beta_j I + theta_j W); direct =
     trace / N, total = sum / N, indirect = total - direct; delta-method standard errors with a central-difference
     gradient (step 1e-6) and the covariance of (tau, eta, beta, theta, rho).

Published values: R SDPDmod's vignette "Spatial dynamic panel data modeling" (vignettes/spatial_model.html of
github.com/RozetaSimonovska/SDPDmod, commit 89b3904, April 2024) prints mod3 (sar, individual effects, LYtrans,
dynamic) and mod5 (sdm, two-way effects, LYtrans, dynamic) with impactsSDPDm(mod5) on plm's Cigar data (logc =
log(sales), logp = log(price/cpi), logy = log(ndi/cpi)) with W = rownor(usa46). cigarette.csv and
cigarette_contiguity.csv are Elhorst's copies of those data (../shared/data/published: elhorst_cigarette.csv, the
columns used; elhorst_spat_sym_us.csv, identical to usa46). The estimator here is also run with SDPDmod's
log-determinant lookup ("rho_grid": log|I - rho W*| taken at the 0.001-grid point at or below rho, R optimize's
tolerance 1.22e-4), which reproduces mod3 to every printed digit; the exact fit moves rho by about 0.003.

Run from the repository root:  python3 references/spatial/make_dynamic_fixtures.py
(numpy 2.4.6, scipy 1.17.1, pandas 3.1.1)
"""
import json
import os

import numpy as np
import pandas as pd
from scipy.optimize import minimize_scalar

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "PanelCoreTests", "Fixtures", "spatial")
SEED = 20261207
TAU, ETA, RHO = 0.4, -0.1, 0.3
BETA, THETA = np.array([1.0, -0.5]), np.array([0.5, 0.2])


def lattice(rows, cols):
    """Binary rook contiguity of a rows x cols lattice, units row by row."""
    n = rows * cols
    c = np.zeros((n, n))
    for r in range(rows):
        for k in range(cols):
            i = r * cols + k
            if k + 1 < cols:
                c[i, i + 1] = c[i + 1, i] = 1
            if r + 1 < rows:
                c[i, i + cols] = c[i + cols, i] = 1
    return c


def simulate(rng, rows, cols, periods, burn=50):
    c = lattice(rows, cols)
    w = c / c.sum(axis=1, keepdims=True)
    n = w.shape[0]
    s_inv = np.linalg.inv(np.eye(n) - RHO * w)
    mu = rng.normal(size=n)
    total = periods + burn
    alpha = rng.normal(scale=0.5, size=total)
    x = rng.normal(size=(total, n, 2)) + 0.5 * mu[None, :, None]
    y = np.zeros((total, n))
    prev = np.zeros(n)
    for t in range(total):
        xb = x[t] @ BETA + (w @ x[t]) @ THETA
        y[t] = s_inv @ (TAU * prev + ETA * (w @ prev) + xb + mu + alpha[t] + rng.normal(size=n))
        prev = y[t]
    ids = [f"u{i:03d}" for i in range(n)]
    rows_out = []
    for t in range(burn, total):
        for i in range(n):
            rows_out.append((ids[i], 2000 + t - burn + 1, y[t, i], x[t, i, 0], x[t, i, 1]))
    frame = pd.DataFrame(rows_out, columns=["unit", "year", "y", "x1", "x2"])
    return frame, c, ids


def estimate(frame, c, durbin, fixed_effects, rho_grid=False):
    w_full = c / c.sum(axis=1, keepdims=True)
    units = sorted(frame.unit.unique())
    years = sorted(frame.year.unique())
    N, T = len(units), len(years)
    Y = frame.pivot(index="year", columns="unit", values="y").loc[years, units].to_numpy()
    X = np.stack([frame.pivot(index="year", columns="unit", values=v).loc[years, units].to_numpy() for v in ["x1", "x2"]], axis=2)
    t = T - 1
    cols = [Y[:-1], Y[:-1] @ w_full.T] + [X[1:, :, j] for j in range(2)]
    if durbin:
        cols += [X[1:, :, j] @ w_full.T for j in range(2)]
    y_cur = Y[1:]
    if fixed_effects == "two_way":
        vals, vecs = np.linalg.eigh(np.eye(N) - np.ones((N, N)) / N)
        F = vecs[:, np.abs(vals - 1) < 1e-8]
        n = N - 1
    else:
        F = np.eye(N)
        n = N
    W = F.T @ w_full @ F

    def transform(m):  # (t x N) -> stacked nt vector after F' and unit demeaning
        v = m @ F  # t x n
        v = v - v.mean(axis=0, keepdims=True)
        return v.reshape(-1)

    y = transform(y_cur)
    Z = np.column_stack([transform(m) for m in cols])
    Wnt = np.kron(np.eye(t), W)
    Wy = Wnt @ y
    kz = Z.shape[1]
    b0 = np.linalg.lstsq(Z, y, rcond=None)[0]
    b1 = np.linalg.lstsq(Z, Wy, rcond=None)[0]
    e0, e1 = y - Z @ b0, Wy - Z @ b1
    lam = np.linalg.eigvals(w_full).real
    low, high = 1 / lam.min(), 1 / lam.max()

    def logdet(r):
        return np.linalg.slogdet(np.eye(n) - r * W)[1]

    def negll(r):
        e = e0 - r * e1
        return (n * t / 2) * np.log(e @ e) - t * logdet(r)

    if rho_grid:  # SDPDmod: log|I - rho W*| looked up at the 0.001-grid point at or below rho, R optimize's tolerance
        grid = np.arange(1 / np.linalg.eigvals(W).real.min() + 0.001, 1 / np.linalg.eigvals(W).real.max() - 0.001 + 1e-12, 0.001)
        table = np.array([logdet(r) for r in grid])

        def negll_grid(r):
            e = e0 - r * e1
            return (n * t / 2) * np.log(e @ e / (n * t)) - t * table[int(np.floor((r - grid[0]) / 0.001 + 1e-9))]

        res = minimize_scalar(negll_grid, bounds=(grid[0], grid[-1]), method="bounded", options={"xatol": 1.22e-4})
    else:
        res = minimize_scalar(negll, bounds=(low + 1e-9, high - 1e-9), method="bounded", options={"xatol": 1e-13})
    rho = res.x
    beta = b0 - rho * b1
    e = e0 - rho * e1
    sige = e @ e / (n * t)
    theta = np.concatenate([beta, [rho, sige]])

    def sig(b, r, s2):
        Sni = np.linalg.inv(np.eye(n) - r * W)
        Gn = W @ Sni
        Gnt = np.kron(np.eye(t), Gn)
        S = np.zeros((kz + 2, kz + 2))
        S[:kz, :kz] = Z.T @ Z / s2
        S[:kz, kz] = Z.T @ Gnt @ Z @ b / s2
        S[kz, :kz] = S[:kz, kz]
        S[kz, kz] = (Gnt @ Z @ b) @ (Gnt @ Z @ b) / s2 + t * np.trace(Gn @ Gn + Gn @ Gn.T)
        S[kz + 1, kz + 1] = n * t / (2 * s2 * s2)
        S[kz, kz + 1] = S[kz + 1, kz] = t * np.trace(Gn) / s2
        return S / (n * t), Gn, Sni

    SIG, Gn, Sni = sig(beta, rho, sige)
    SIGi = np.linalg.inv(SIG)
    I = np.eye(n)
    An = Sni @ (beta[0] * I + beta[1] * W)
    Dn, Rn = np.linalg.eig(An)
    Dn, Rn = Dn.real, Rn.real
    Jn = np.diag(np.where(Dn > 1 - 1 / n, Dn, 0.0))
    mm = int((Dn > 1 - 1 / n).sum())
    Bn = An - Rn @ Jn @ np.linalg.inv(Rn) if mm else An
    M = np.linalg.inv(I - Bn) @ Sni
    b = np.zeros(kz + 2)
    b[0] = np.trace(M) / n
    b[1] = np.trace(W @ M) / n
    b[kz] = np.trace(Gn @ M) / n * beta[0] + np.trace(Gn @ W @ M) / n * beta[1] + np.trace(Gn) / n
    b[kz + 1] = 1 / (2 * sige)
    if mm:
        u = t / (2 * (1 - rho)) * mm / n
        b[0] += u
        b[1] += u
        b[kz] += u
    theta1 = theta + SIGi @ b / t
    beta1, rho1, sige1 = theta1[:kz], theta1[kz], theta1[kz + 1]
    SIG1, Gn1, Sni1 = sig(beta1, rho1, sige1)
    SIGi1 = np.linalg.inv(SIG1)
    fitted = (Z @ beta1).reshape(t, n)
    r = (y.reshape(t, n) - fitted @ Sni1.T) @ F.T  # N-unit layout
    mu4 = np.sum(r ** 4) / (n * t)
    g_diag = np.diag(F @ Gn1 @ F.T)
    OMG = np.zeros((kz + 2, kz + 2))
    OMG[kz, kz] = g_diag @ g_diag / n
    OMG[kz, kz + 1] = OMG[kz + 1, kz] = np.trace(Gn1) / (2 * sige1 * n)
    OMG[kz + 1, kz + 1] = 1 / (4 * sige1 ** 2)
    OMG *= (mu4 - 3 * sige1 ** 2) / sige1 ** 2
    varcov = (SIGi1 + SIGi1 @ OMG @ SIGi1) / (n * t)
    e1v = y - rho1 * Wy - Z @ beta1
    logll = -(n * t / 2) * np.log(2 * np.pi * sige1) + t * logdet(rho1) - e1v @ e1v / (2 * sige1)

    # effects with the full N x N W
    k = 2
    est = theta1[:kz + 1]
    V = varcov[:kz + 1, :kz + 1]

    def effects(p, horizon):
        tau, eta, r_ = p[0], p[1], p[-1]
        bb = p[2:2 + k]
        th = p[2 + k:2 + 2 * k] if durbin else np.zeros(k)
        if horizon == "short":
            inv = np.linalg.inv(np.eye(N) - r_ * w_full)
        else:
            inv = np.linalg.inv((1 - tau) * np.eye(N) - (r_ + eta) * w_full)
        out = []
        for j in range(k):
            m = inv @ (bb[j] * np.eye(N) + th[j] * w_full)
            d, tot = np.trace(m) / N, m.sum() / N
            out.append([d, tot - d, tot])
        return np.array(out)  # k x 3

    result = {}
    for horizon in ["short", "long"]:
        value = effects(est, horizon)
        grads = np.zeros((kz + 1, k, 3))
        for a in range(kz + 1):
            h = 1e-6 * max(1.0, abs(est[a]))
            up, down = est.copy(), est.copy()
            up[a] += h
            down[a] -= h
            grads[a] = (effects(up, horizon) - effects(down, horizon)) / (2 * h)
        se = np.zeros((k, 3))
        for j in range(k):
            for q in range(3):
                g = grads[:, j, q]
                se[j, q] = np.sqrt(g @ V @ g)
        name = "short_run" if horizon == "short" else "long_run"
        result[name] = {"direct": value[:, 0].tolist(), "indirect": value[:, 1].tolist(), "total": value[:, 2].tolist(),
                        "direct_se": se[:, 0].tolist(), "indirect_se": se[:, 1].tolist(), "total_se": se[:, 2].tolist()}
    return {
        "model": "sdm" if durbin else "sar", "effects": fixed_effects,
        "estimates": est.tolist(), "uncorrected": theta[:kz + 1].tolist(),
        "std_errors": np.sqrt(np.abs(np.diag(varcov)))[:kz + 1].tolist(),
        "vcov01": varcov[0, 1],
        "sigma2": sige1, "var_sigma2": varcov[kz + 1, kz + 1], "logll": logll, "unit_roots": mm,
        **result,
    }


# SDPDmod vignette, summary(mod3) and summary(mod5): estimates and standard errors in the order
# (tau, eta, beta..., theta..., rho), and impactsSDPDm(mod5) (simulated, 200 draws: means and standard deviations).
PUBLISHED = {
    "mod3": {"model": "sar", "effects": "unit",
             "estimates": [0.9287971, -0.3030634, -0.0864323, -0.0217271, 0.310875],
             "std_errors": [0.0132188, 0.0350687, 0.0138446, 0.0081269, 0.031508]},
    "mod5": {"model": "sdm", "effects": "two_way",
             "estimates": [0.864412, -0.096270, -0.270872, 0.104262, 0.195595, -0.032464, 0.162189],
             "std_errors": [0.012879, 0.038810, 0.023145, 0.029783, 0.043870, 0.039520, 0.036753],
             "short_run": {"direct": [-0.261569, 0.101759], "indirect": [0.178932, -0.015109], "total": [-0.082637, 0.086650]},
             "long_run": {"direct": [-1.92836, 0.80149], "indirect": [0.91054, 0.48361], "total": [-1.01783, 1.28510]}},
}


def cigarette():
    frame = pd.read_csv(os.path.join(OUT, "cigarette.csv"))
    c = pd.read_csv(os.path.join(OUT, "cigarette_contiguity.csv"), header=None).to_numpy()
    frame = pd.DataFrame({"unit": frame.state.map(lambda s: f"s{s:02d}"), "year": frame.year, "y": frame.logc,
                          "x1": frame.logp, "x2": frame.logy})
    out = {}
    for name, spec in PUBLISHED.items():
        durbin = spec["model"] == "sdm"
        exact = estimate(frame, c, durbin, spec["effects"])
        grid = estimate(frame, c, durbin, spec["effects"], rho_grid=True)
        out[name] = {"published": spec, "exact": exact, "grid": {"estimates": grid["estimates"], "std_errors": grid["std_errors"]}}
    return out


def main():
    rng = np.random.default_rng(SEED)
    small, c_small, ids_small = simulate(rng, 7, 7, 8)
    small.to_csv(os.path.join(OUT, "dynamic_simulated.csv"), index=False, float_format="%.17g")
    large, c_large, ids_large = simulate(rng, 12, 12, 31)
    large.to_csv(os.path.join(OUT, "dynamic_truth.csv"), index=False, float_format="%.17g")
    cases = [estimate(small, c_small, durbin, eff) for durbin in (True, False) for eff in ("unit", "two_way")]
    nb = lambda c: [list(map(int, np.nonzero(row)[0])) for row in c]
    out = {"ids": ids_small, "neighbours": nb(c_small), "truth_ids": ids_large, "truth_neighbours": nb(c_large),
           "truth": {"tau": TAU, "eta": ETA, "rho": RHO, "beta": BETA.tolist(), "theta": THETA.tolist()}, "cases": cases,
           "cigarette": cigarette()}
    with open(os.path.join(OUT, "dynamic.json"), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
