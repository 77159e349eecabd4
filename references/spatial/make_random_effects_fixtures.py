#!/usr/bin/env python3
"""Reference fixtures for PanelCore's random-effects spatial lag (SAR) and spatial Durbin (SDM) panel models and the
spatial Hausman test of fixed against random effects.

Model: y = rho (I_T kron W) y + X beta + alpha + (1_T kron mu) + eps, mu_i ~ N(0, s2mu), eps ~ N(0, s2), X with a
constant (and WX for the SDM). Written independently of PanelCore's algorithm (which profiles the likelihood over
psi = s2 / (T s2mu + s2) with quasi-demeaning and eigenvalue log-determinants):
  * the full Gaussian log-likelihood of y ~ N(A^-1 X beta, A^-1 Omega A^-T), Omega = s2mu (J_T kron I_N) + s2 I,
    with the NT x NT Omega inverted densely and log|I - rho W| by numpy slogdet;
  * maximised directly over (beta, rho, s2, s2mu) with scipy.optimize.minimize (L-BFGS-B), then polished by
    scipy.optimize.root on the analytic generic Gaussian score (X'Omega^-1 u, (Wy)'Omega^-1 u - T tr(W(I-rho W)^-1),
    -1/2 tr(Omega^-1 dOmega) + 1/2 u'Omega^-1 dOmega Omega^-1 u);
  * the covariance: the inverse of the expected information of a Gaussian vector,
    I_ab = mu_a' V^-1 mu_b + 1/2 tr(V^-1 V_a V^-1 V_b), with the derivatives of the mean mu and covariance V of y
    taken by central differences (PanelCore derives this matrix analytically); the observed information (numerical
    Hessian of the log-likelihood) is recorded too, for information;
  * the fixed-effects model (unit effects, Lee & Yu's 2010 transformation approach: the data multiplied by an
    orthonormal basis F_T of the zero-sum vectors of time, then the same direct ML without effects on N(T - 1)
    observations), and the Hausman statistic d'(V_FE - V_RE)^-1 d over beta (without the constant) and rho, chi2
    with their count as df (numpy pinv if V_FE - V_RE is not positive definite).
Data (numpy default_rng(SEED)): rook contiguity on a lattice (libpysal lat2W), row-standardised; panels 50 x 6
(mu independent of X) and 80 x 10 (x1 correlated with mu, so the Hausman test rejects), and a 400 x 10 panel for
PanelCore's truth test (true values only). Run from the repository root:
python3 references/spatial/make_random_effects_fixtures.py
"""
import json
import os

import libpysal
import numpy as np
import scipy
from scipy import optimize, stats

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "PanelCoreTests", "Fixtures", "spatial")
SEED = 20261121


def lattice(rows, columns):
    """Binary rook contiguity on a rows x columns lattice (symmetric)."""
    w = libpysal.weights.lat2W(rows, columns, rook=True)
    return w.full()[0]


def design(X, W, t, durbin):
    parts = [X]
    if durbin:
        parts.append(np.kron(np.eye(t), W) @ X)
    parts.append(np.ones((X.shape[0], 1)))
    return np.column_stack(parts)


class SpatialLagLikelihood:
    """y = rho (I_T kron W) y + Z beta + u, u ~ N(0, s2 I + s2mu (J_T kron I_N)) (random) or N(0, s2 I); parameters
    (beta, rho, s2[, s2mu])."""

    def __init__(self, y, Z, W, t, random=True):
        self.y, self.Z, self.W, self.t, self.random = y, Z, W, t, random
        self.n = W.shape[0]
        self.big_w = np.kron(np.eye(t), W)
        self.jt = np.kron(np.ones((t, t)), np.eye(self.n))
        self.k = Z.shape[1]

    def split(self, p):
        k = self.k
        return p[:k], p[k], p[k + 1], (p[k + 2] if self.random else 0.0)

    def omega(self, s2, s2mu):
        return s2mu * self.jt + s2 * np.eye(self.n * self.t)

    def loglik(self, p):
        beta, rho, s2, s2mu = self.split(p)
        if s2 <= 0 or s2mu < 0:
            return -np.inf
        sign, logdet = np.linalg.slogdet(np.eye(self.n) - rho * self.W)
        if sign <= 0:
            return -np.inf
        om = self.omega(s2, s2mu)
        s, logdet_om = np.linalg.slogdet(om)
        u = self.y - rho * self.big_w @ self.y - self.Z @ beta
        return (-self.n * self.t / 2 * np.log(2 * np.pi) - logdet_om / 2 + self.t * logdet
                - u @ np.linalg.solve(om, u) / 2)

    def score(self, p):
        beta, rho, s2, s2mu = self.split(p)
        om_inv = np.linalg.inv(self.omega(s2, s2mu))
        u = self.y - rho * self.big_w @ self.y - self.Z @ beta
        v = om_inv @ u
        wt = self.W @ np.linalg.inv(np.eye(self.n) - rho * self.W)
        g_rho = (self.big_w @ self.y) @ v - self.t * np.trace(wt)
        g_s2 = -np.trace(om_inv) / 2 + v @ v / 2
        g_mu = -np.trace(om_inv @ self.jt) / 2 + v @ self.jt @ v / 2
        return np.concatenate([self.Z.T @ v, [g_rho, g_s2, g_mu] if self.random else [g_rho, g_s2]])

    def moments(self, p):
        beta, rho, s2, s2mu = self.split(p)
        a_inv = np.kron(np.eye(self.t), np.linalg.inv(np.eye(self.n) - rho * self.W))
        return a_inv @ self.Z @ beta, a_inv @ self.omega(s2, s2mu) @ a_inv.T

    def expected_information(self, p):
        m = len(p)
        mean, cov = self.moments(p)
        v_inv = np.linalg.inv(cov)
        dmu, dv = [], []
        for a in range(m):
            h = 1e-5 * max(1.0, abs(p[a]))
            up, down = p.copy(), p.copy()
            up[a] += h
            down[a] -= h
            (mu_u, v_u), (mu_d, v_d) = self.moments(up), self.moments(down)
            dmu.append((mu_u - mu_d) / (2 * h))
            dv.append(v_inv @ ((v_u - v_d) / (2 * h)))
        info = np.zeros((m, m))
        for a in range(m):
            for b in range(a, m):
                info[a, b] = info[b, a] = dmu[a] @ v_inv @ dmu[b] + np.sum(dv[a] * dv[b].T) / 2
        return info

    def observed_information(self, p):
        m = len(p)
        hess = np.zeros((m, m))
        for a in range(m):
            h = 1e-5 * max(1.0, abs(p[a]))
            up, down = p.copy(), p.copy()
            up[a] += h
            down[a] -= h
            hess[:, a] = (self.score(up) - self.score(down)) / (2 * h)
        return -(hess + hess.T) / 2


def maximise(lik, random):
    """Direct ML: L-BFGS-B from OLS starting values, polished by a root of the analytic score."""
    start_beta = np.linalg.lstsq(lik.Z, lik.y, rcond=None)[0]
    v = np.var(lik.y - lik.Z @ start_beta)
    start = np.concatenate([start_beta, [0.0, v / 2, v / 2] if random else [0.0, v]])
    lam = np.linalg.eigvals(lik.W).real
    bounds = [(None, None)] * lik.k + [(0.999 / lam.min(), 0.999)] + [(1e-8, None)] * (2 if random else 1)
    first = optimize.minimize(lambda p: -lik.loglik(p), start, jac=lambda p: -lik.score(p), method="L-BFGS-B",
                              bounds=bounds, options={"maxiter": 5000, "ftol": 1e-15, "gtol": 1e-10})
    polished = optimize.root(lik.score, first.x, method="hybr", options={"xtol": 1e-14})
    p = polished.x
    print("score after L-BFGS-B", np.max(np.abs(lik.score(first.x))), "after root", np.max(np.abs(lik.score(p))))
    assert np.max(np.abs(lik.score(p))) < 1e-8, lik.score(p)
    assert lik.loglik(p) >= lik.loglik(first.x) - 1e-9
    return p


def fit_fixed_lee_yu(y, X, W, t, durbin):
    """Unit fixed effects removed by Lee & Yu's (2010) orthonormal transformation of time (F_T, T x (T-1)), then the
    same direct ML without effects on the N(T-1) transformed observations (covariance: expected information)."""
    n = W.shape[0]
    Z = design(X, W, t, durbin)[:, :-1]
    values, vectors = np.linalg.eigh(np.eye(t) - np.ones((t, t)) / t)
    f = np.kron(vectors[:, values > 0.5].T, np.eye(n))
    lik = SpatialLagLikelihood(f @ y, f @ Z, W, t - 1, random=False)
    p = maximise(lik, False)
    vm = np.linalg.inv(lik.expected_information(p))
    k = Z.shape[1]
    return {"betas": p[:k].tolist(), "rho": float(p[k]), "sigma2": float(p[k + 1]), "vm": vm[:k + 1, :k + 1].tolist()}


def fit_random(y, X, W, t, durbin):
    Z = design(X, W, t, durbin)
    lik = SpatialLagLikelihood(y, Z, W, t)
    p = maximise(lik, True)
    vm = np.linalg.inv(lik.expected_information(p))
    observed = np.linalg.inv(lik.observed_information(p))
    k = Z.shape[1]
    beta, rho, s2, s2mu = lik.split(p)
    psi = s2 / (t * s2mu + s2)
    return {"durbin": durbin, "betas": beta.tolist(), "rho": float(rho), "sigma2": float(s2), "sigma2_mu": float(s2mu),
            "theta": float(1 - np.sqrt(psi)), "phi": float(s2mu / s2), "logll": float(lik.loglik(p)),
            "vm": vm[:k + 1, :k + 1].tolist(), "var_sigma2": float(vm[k + 1, k + 1]), "var_sigma2_mu": float(vm[k + 2, k + 2]),
            "observed_std_err": np.sqrt(np.diag(observed)).tolist()}


def hausman(fixed, random):
    """d'(V_FE - V_RE)^-1 d over the slopes (no constant) and rho."""
    q = len(fixed["betas"])
    d = np.array(fixed["betas"] + [fixed["rho"]]) - np.array(random["betas"][:q] + [random["rho"]])
    keep = list(range(q)) + [len(random["betas"])]
    v_re = np.array(random["vm"])[np.ix_(keep, keep)]
    diff = np.array(fixed["vm"]) - v_re
    values = np.linalg.eigvalsh(diff)
    positive = bool(values.min() > 1e-10 * np.abs(values).max())
    h = d @ (np.linalg.solve(diff, d) if positive else np.linalg.pinv(diff) @ d)
    df = q + 1 if positive else int(np.sum(np.abs(values) > 1e-10 * np.abs(values).max()))
    return {"statistic": float(h), "df": df, "p_value": float(stats.chi2.sf(h, df)), "positive_definite": positive}


def simulate(rng, rows, columns, t, rho, beta, s2mu, s2, correlated):
    C = lattice(rows, columns)
    W = C / C.sum(axis=1, keepdims=True)
    n = W.shape[0]
    mu = rng.normal(scale=np.sqrt(s2mu), size=n)
    x1 = rng.normal(size=n * t) + (np.tile(mu, t) * 1.5 if correlated else 0)
    x2 = rng.normal(size=n * t)
    a_inv = np.linalg.inv(np.eye(n) - rho * W)
    xb = beta[0] + beta[1] * x1 + beta[2] * x2
    y = np.concatenate([a_inv @ (xb[p * n:(p + 1) * n] + mu + rng.normal(scale=np.sqrt(s2), size=n)) for p in range(t)])
    ids = np.tile(np.arange(1, n + 1), t)
    years = np.repeat(np.arange(2001, 2001 + t), n)
    return C, W, ids, years, y, np.column_stack([x1, x2])


def write_csv(path, ids, years, y, X):
    with open(path, "w") as f:
        f.write("id,year,y,x1,x2\n")
        for row in zip(ids, years, y, X[:, 0], X[:, 1]):
            f.write("%d,%d,%r,%r,%r\n" % (row[0], row[1], float(row[2]), float(row[3]), float(row[4])))


def main():
    rng = np.random.default_rng(SEED)
    cases = {}
    for name, rows, columns, t, correlated in [("re50x6", 5, 10, 6, False), ("re80x10", 8, 10, 10, True)]:
        C, W, ids, years, y, X = simulate(rng, rows, columns, t, 0.4, (1.0, 1.0, -0.5), 1.0, 1.0, correlated)
        write_csv(os.path.join(OUT, name + ".csv"), ids, years, y, X)
        case = {"csv": name + ".csv", "units": W.shape[0], "periods": t, "contiguity": C.astype(int).tolist(), "models": []}
        for durbin in [False, True]:
            random = fit_random(y, X, W, t, durbin)
            fixed = fit_fixed_lee_yu(y, X, W, t, durbin)
            random["hausman"] = hausman(fixed, random)
            random["fixed_lee_yu"] = fixed
            case["models"].append(random)
        cases[name] = case
    C, W, ids, years, y, X = simulate(rng, 20, 20, 10, 0.5, (2.0, 1.0, -0.5), 2.0, 1.0, False)
    write_csv(os.path.join(OUT, "re400x10.csv"), ids, years, y, X)
    cases["truth"] = {"csv": "re400x10.csv", "rows": 20, "columns": 20, "periods": 10, "rho": 0.5, "betas": [1.0, -0.5, 2.0],
                      "sigma2": 1.0, "sigma2_mu": 2.0}
    with open(os.path.join(OUT, "random_effects.json"), "w") as f:
        json.dump(cases, f, indent=1)
    with open(os.path.join(OUT, "SOURCES_random_effects.md"), "w") as f:
        f.write("# Random-effects spatial panel fixtures\n\nGenerated by references/spatial/make_random_effects_fixtures.py "
                "(numpy default_rng(%d)); do not edit by hand.\n\n"
                "- `re50x6.csv`, `re80x10.csv`: simulated SAR panels (rook lattice 5 x 10 and 8 x 10, row-standardised; "
                "rho 0.4, beta (const 1, x1 1, x2 -0.5), s2mu = s2 = 1; x1 correlated with mu in re80x10)\n"
                "- `re400x10.csv`: 20 x 20 lattice, 10 periods, rho 0.5, beta (2, 1, -0.5), s2mu 2, s2 1 (truth test)\n"
                "- `random_effects.json`: direct ML of the full likelihood (scipy L-BFGS-B + root on the score), "
                "expected information by numerical derivatives of the moments, FE fits and Hausman statistics\n\n"
                "Versions: numpy %s, scipy %s, libpysal %s\n" % (SEED, np.__version__, scipy.__version__, libpysal.__version__))


if __name__ == "__main__":
    main()
