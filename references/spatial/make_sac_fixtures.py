#!/usr/bin/env python3
"""Reference fixtures for PanelCore's fixed-effects SAC (spatial lag + spatial error) and SDEM (spatial Durbin error)
panel models.

Data (numpy default_rng(SEED)), written to Tests/PanelCoreTests/Fixtures/spatial/:
  * sac_simulated.csv: a 60-unit x 8-period SAC panel on a 6 x 10 rook lattice (row-standardised), rho = 0.4,
    lambda = 0.3, beta = (1, -0.5), unit and time effects; column lagx1 = W x1 (an SDEM truth: y also gets 0.5 W x1
    through theta in column ydurbin = SDEM panel with lambda = 0.3, beta = (1, -0.5), theta = (0.5, 0));
  * sac_large.csv: the same design on a 12 x 12 lattice over 15 periods, for the truth test.

Two independent references:
  * an implementation written here of the full log-likelihood
        l(beta, rho, lambda, s2) = -NT/2 log(2 pi s2) + T log|I - rho W| + T log|I - lambda W| - e'e/(2 s2),
        e = B(y~ - rho P y~ - X~ beta), B = I - lambda P, P = Q (I_T kron W)
    with Q the dense demeaning projector of the fixed effects (unit, time, two-way) and log-determinants by slogdet,
    maximised directly with scipy.optimize (Nelder-Mead on the likelihood concentrated in beta and s2, then BFGS on all
    parameters from there; estimates good to ~1e-7), and the covariance from the inverse of a central-difference
    numerical Hessian of l in (beta, rho, lambda, s2) (SAC: PanelCore inverts the analytic observed information). SDEM
    is the same likelihood with rho = 0 and regressors [X, (I_T kron W) X] (lagged before demeaning); its covariance in
    PanelCore is the SEM's (block-diagonal expected information), which is recomputed here from its formula. SAC with
    Lee & Yu's (2010) transformation approach: the data transformed explicitly by orthonormal bases, Y* = F_T' Y F_N,
    W* = F_N' W F_N, and the same likelihood without effects (T* periods, N* units) on them;
  * R spatialreg (sacsarlm, errorsarlm on [X, WX]; method "eigen"; nlminb rel.tol 1e-10 — tighter stops with "singular convergence" at the same point; errorsarlm tol.opt 1e-14) on the unit-demeaned
    stacked data with the block-diagonal weights I_T kron W — the FE likelihood equals the stacked one because
    log|I - rho (I_T kron W)| = T log|I - rho W|. R's SAC standard errors come from its analytic expected information,
    not the observed one: they are recorded, not compared.
Run from the repository root:  python3 references/spatial/make_sac_fixtures.py
"""
import json
import os
import subprocess
import tempfile

import numpy as np
import pandas as pd
import scipy
from scipy.optimize import minimize

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "PanelCoreTests", "Fixtures", "spatial")
SEED = 20261121
RHO, LAMBDA, BETA, THETA = 0.4, 0.3, np.array([1.0, -0.5]), np.array([0.5, 0.0])


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


def neighbours(c):
    """The binary contiguity as lists of neighbour indices (row i: the j with c[i, j] = 1)."""
    return [np.flatnonzero(row).tolist() for row in c]


def orthonormal_complement(m):
    """An m x (m-1) orthonormal basis of the vectors with zero sum (eigenvectors of J = I - 11'/m for eigenvalue 1)."""
    values, vectors = np.linalg.eigh(np.eye(m) - np.ones((m, m)) / m)
    return vectors[:, values > 0.5]


def projector(n, t, effects):
    """The demeaning matrix Q of the stacked panel (period after period, N units each)."""
    jn, jt = np.eye(n) - np.ones((n, n)) / n, np.eye(t) - np.ones((t, t)) / t
    if effects == "unit":
        return np.kron(jt, np.eye(n))
    if effects == "time":
        return np.kron(np.eye(t), jn)
    return np.kron(jt, jn)


def simulate(rows, cols, t, rng):
    c = lattice(rows, cols)
    w = c / c.sum(axis=1, keepdims=True)
    n = w.shape[0]
    ai, bi = np.linalg.inv(np.eye(n) - RHO * w), np.linalg.inv(np.eye(n) - LAMBDA * w)
    x1, x2 = rng.normal(size=n * t), rng.normal(size=n * t)
    mu, alpha = rng.normal(size=n), rng.normal(size=t)
    y, yd = [], []
    for p in range(t):
        s = slice(p * n, (p + 1) * n)
        u = bi @ rng.normal(size=n)
        y.append(ai @ (BETA[0] * x1[s] + BETA[1] * x2[s] + mu + alpha[p] + u))
        yd.append(BETA[0] * x1[s] + BETA[1] * x2[s] + w @ (THETA[0] * x1[s] + THETA[1] * x2[s]) + mu + alpha[p] + u)
    frame = pd.DataFrame({"unit": ["u%03d" % i for i in range(n)] * t, "year": np.repeat(np.arange(2001, 2001 + t), n),
                          "y": np.concatenate(y), "ydurbin": np.concatenate(yd), "x1": x1, "x2": x2})
    return c, w, frame


class Likelihood:
    """The full FE log-likelihood of the SAC (or, with durbin_error, the SDEM: rho fixed at 0, X and WX)."""

    def __init__(self, y, X, W, t, effects, durbin_error=False, lee_yu=False):
        n = W.shape[0]
        big = np.kron(np.eye(t), W)
        if durbin_error:
            X = np.column_stack([X, big @ X])
        self.sdem, self.k = durbin_error, X.shape[1]
        if lee_yu:
            # Lee & Yu (2010): transform the data explicitly, Y* = F_T' Y F_N (period x unit layout), W* = F_N' W F_N,
            # then the likelihood without effects on the transformed panel.
            ft = orthonormal_complement(t) if effects in ("unit", "two_way") else np.eye(t)
            fn = orthonormal_complement(n) if effects in ("time", "two_way") else np.eye(n)
            transform = np.kron(ft.T, fn.T)
            self.W, self.t = fn.T @ W @ fn, ft.shape[1]
            self.nt = self.W.shape[0] * self.t
            self.P = np.kron(np.eye(self.t), self.W)
            self.y, self.X = transform @ y, transform @ X
            return
        q = projector(n, t, effects)
        self.W, self.t, self.nt = W, t, n * t
        self.P = q @ big
        self.y, self.X = q @ y, q @ X

    def logdet(self, a):
        sign, value = np.linalg.slogdet(np.eye(self.W.shape[0]) - a * self.W)
        return value if sign > 0 else -np.inf

    def residuals(self, beta, rho, lam):
        r = self.y - rho * (self.P @ self.y) - self.X @ beta
        return r - lam * (self.P @ r)

    def full(self, beta, rho, lam, s2):
        e = self.residuals(beta, rho, lam)
        return (-self.nt / 2 * np.log(2 * np.pi * s2) + self.t * (self.logdet(rho) + self.logdet(lam))
                - e @ e / (2 * s2))

    def gls(self, rho, lam):
        b = np.eye(self.nt) - lam * self.P
        ys, xs = b @ (self.y - rho * (self.P @ self.y)), b @ self.X
        beta = np.linalg.lstsq(xs, ys, rcond=None)[0]
        e = ys - xs @ beta
        return beta, e @ e / self.nt

    def pack(self, beta, rho, lam, s2):
        return np.concatenate([beta, [lam, s2]] if self.sdem else [beta, [rho, lam, s2]])

    def unpack(self, v):
        k = self.k
        return (v[:k], 0.0, v[k], v[k + 1]) if self.sdem else (v[:k], v[k], v[k + 1], v[k + 2])

    def maximise(self):
        def concentrated(p):
            rho, lam = (0.0, p[0]) if self.sdem else p
            if self.logdet(rho) == -np.inf or self.logdet(lam) == -np.inf:
                return np.inf
            beta, s2 = self.gls(rho, lam)
            return -self.full(beta, rho, lam, s2)

        start = [0.0] if self.sdem else [0.0, 0.0]
        first = minimize(concentrated, start, method="Nelder-Mead",
                         options={"xatol": 1e-12, "fatol": 1e-13, "maxiter": 20000, "maxfev": 40000})
        rho, lam = (0.0, first.x[0]) if self.sdem else first.x
        beta, s2 = self.gls(rho, lam)
        v0 = self.pack(beta, rho, lam, s2)
        second = minimize(lambda v: -self.full(*self.unpack(v)), v0, method="BFGS", options={"gtol": 1e-9})
        return second.x if -second.fun >= -first.fun else v0

    def hessian(self, v):
        """Central-difference Hessian of the full log-likelihood at v."""
        f = lambda z: self.full(*self.unpack(z))
        m = len(v)
        h = 1e-4 * np.maximum(np.abs(v), 0.1)
        hess = np.zeros((m, m))
        for i in range(m):
            for j in range(i, m):
                ei, ej = np.eye(m)[i] * h[i], np.eye(m)[j] * h[j]
                value = (f(v + ei + ej) - f(v + ei - ej) - f(v - ei + ej) + f(v - ei - ej)) / (4 * h[i] * h[j])
                hess[i, j] = hess[j, i] = value
        return hess

    def expected_sem_covariance(self, beta, lam, s2):
        """SEM/SDEM covariance as PanelCore and spreg compute it: s2 (X*'X*)^-1 for beta and the inverse of the
        expected information of (lambda, s2) for lambda."""
        xs = self.X - lam * (self.P @ self.X)
        n = self.W.shape[0]
        wt = self.W @ np.linalg.inv(np.eye(n) - lam * self.W)
        info = np.array([[self.t * (np.trace(wt @ wt) + np.trace(wt.T @ wt)), self.t * np.trace(wt) / s2],
                         [self.t * np.trace(wt) / s2, self.nt / (2 * s2 ** 2)]])
        inv = np.linalg.inv(info)
        v = np.zeros((self.k + 1, self.k + 1))
        v[:self.k, :self.k] = s2 * np.linalg.inv(xs.T @ xs)
        v[self.k, self.k] = inv[0, 0]
        return v, inv[1, 1]


def reference(y, X, W, t, effects, model, lee_yu=False):
    like = Likelihood(y, X, W, t, effects, durbin_error=(model == "sdem"), lee_yu=lee_yu)
    v = like.maximise()
    beta, rho, lam, s2 = like.unpack(v)
    out = {"model": model, "effects": effects, "lee_yu": lee_yu, "betas": beta.tolist(), "lambda": float(lam), "sigma2": float(s2),
           "logll": float(like.full(beta, rho, lam, s2))}
    if model == "sac":
        cov = np.linalg.inv(-like.hessian(v))
        out.update(rho=float(rho), vm=cov[:-1, :-1].tolist(), var_sigma2=float(cov[-1, -1]))
        ai = np.linalg.inv(np.eye(W.shape[0]) - rho * W)
        out["effects_direct"] = (beta * np.trace(ai) / W.shape[0]).tolist()
        out["effects_total"] = (beta * ai.sum() / W.shape[0]).tolist()
    else:
        vm, var_s2 = like.expected_sem_covariance(beta, lam, s2)
        q = X.shape[1]
        c = W.sum() / W.shape[0]
        total_se = [float(np.sqrt(vm[j, j] + 2 * c * vm[j, q + j] + c * c * vm[q + j, q + j])) for j in range(q)]
        out.update(vm=vm.tolist(), var_sigma2=float(var_s2), effects_total_se=total_se,
                   effects_total=(beta[:q] + c * beta[q:]).tolist())
    return out


R_SCRIPT = r"""
suppressMessages({library(spatialreg); library(spdep); library(jsonlite)})
args <- commandArgs(TRUE)
d <- read.csv(args[1]); W <- as.matrix(read.csv(args[2], header = FALSE)); t <- as.integer(args[3])
lw <- mat2listw(kronecker(diag(t), W), style = "W")
sac <- sacsarlm(y ~ x1 + x2 - 1, data = d, listw = lw, method = "eigen",
                control = list(opt_control = list(rel.tol = 1e-10, iter.max = 1000, eval.max = 2000)))
d$lag.x1 <- lag.listw(lw, d$x1); d$lag.x2 <- lag.listw(lw, d$x2)  # Durbin = TRUE without an intercept fails in 1.2.6
sdem <- errorsarlm(ydurbin ~ x1 + x2 + lag.x1 + lag.x2 - 1, data = d, listw = lw, method = "eigen",
                   control = list(tol.opt = 1e-14))
out <- list(sac = list(coefficients = unname(sac$coefficients), rho = sac$rho, lambda = sac$lambda, s2 = sac$s2,
                       logll = as.numeric(logLik(sac)), rho_se = sac$rho.se, lambda_se = sac$lambda.se,
                       coefficient_se = unname(sac$rest.se)),
            sdem = list(coefficients = unname(sdem$coefficients), lambda = sdem$lambda, s2 = sdem$s2,
                        logll = as.numeric(logLik(sdem)), lambda_se = sdem$lambda.se, coefficient_se = unname(sdem$rest.se)),
            version = as.character(packageVersion("spatialreg")))
cat(toJSON(out, digits = I(17), auto_unbox = TRUE))
"""


def r_reference(frame, W, t):
    """spatialreg on the unit-demeaned stacked data (unit effects)."""
    n = W.shape[0]
    q = projector(n, t, "unit")
    demeaned = pd.DataFrame({name: q @ frame[name].values for name in ["y", "ydurbin", "x1", "x2"]})
    with tempfile.TemporaryDirectory() as tmp:
        data, weights, script = (os.path.join(tmp, name) for name in ["d.csv", "w.csv", "r.R"])
        demeaned.to_csv(data, index=False, float_format="%.17g")
        np.savetxt(weights, W, delimiter=",", fmt="%.17g")
        open(script, "w").write(R_SCRIPT)
        text = subprocess.run(["Rscript", script, data, weights, str(t)], check=True, capture_output=True, text=True).stdout
    return json.loads(text)


def main():
    rng = np.random.default_rng(SEED)
    c, w, frame = simulate(6, 10, 8, rng)
    frame.to_csv(os.path.join(OUT, "sac_simulated.csv"), index=False, float_format="%.17g")
    c_large, w_large, large = simulate(12, 12, 15, rng)
    large.to_csv(os.path.join(OUT, "sac_large.csv"), index=False, float_format="%.17g")
    t = 8
    X = frame[["x1", "x2"]].values
    cases = []
    for effects in ["unit", "time", "two_way"]:
        cases.append(reference(frame["y"].values, X, w, t, effects, "sac"))
        cases.append(reference(frame["ydurbin"].values, X, w, t, effects, "sdem"))
    spectral = c / np.max(np.abs(np.linalg.eigvalsh(c)))
    for model, column in [("sac", "y"), ("sdem", "ydurbin")]:
        cases.append(dict(reference(frame[column].values, X, spectral, t, "two_way", model), standardise="spectral"))
    for effects in ["unit", "time", "two_way"]:
        cases.append(reference(frame["y"].values, X, w, t, effects, "sac", lee_yu=True))
    for case in cases:
        case.setdefault("standardise", "row")
    r = r_reference(frame, w, t)
    large_fit = reference(large["y"].values, large[["x1", "x2"]].values, w_large, 15, "two_way", "sac")
    result = {"ids": frame["unit"].values[:w.shape[0]].tolist(), "neighbours": neighbours(c), "cases": cases, "spatialreg_unit": r,
              "large": {"ids": large["unit"].values[:w_large.shape[0]].tolist(), "neighbours": neighbours(c_large),
                        "truth": {"betas": BETA.tolist(), "rho": RHO, "lambda": LAMBDA}, "numpy_two_way": large_fit}}
    with open(os.path.join(OUT, "sac.json"), "w") as f:
        json.dump(result, f, indent=1)
    with open(os.path.join(OUT, "SOURCES_sac.md"), "w") as f:
        f.write("# SAC and SDEM panel fixtures\n\nGenerated by references/spatial/make_sac_fixtures.py; do not edit by hand.\n\n"
                "- `sac_simulated.csv`: 60 units (6 x 10 rook lattice, row-standardised) x 8 periods, numpy default_rng(%d); "
                "`y` SAC with rho %.1f, lambda %.1f, beta (1, -0.5); `ydurbin` SDEM with lambda %.1f, beta (1, -0.5), theta (0.5, 0); "
                "unit and time effects\n"
                "- `sac_large.csv`: the SAC design on a 12 x 12 lattice over 15 periods (truth test)\n"
                "- `sac.json`: the lattice contiguity (neighbour indices of each unit), direct maximisation of the full FE log-likelihood (scipy Nelder-Mead + BFGS) "
                "with numerical-Hessian covariances for unit, time and two-way effects (row and spectral weights; SAC also with Lee-Yu's transformation), and R "
                "spatialreg %s sacsarlm / errorsarlm on [X, WX] on the unit-demeaned stacked data\n\n"
                "Versions: numpy %s, scipy %s, pandas %s\n"
                % (SEED, RHO, LAMBDA, LAMBDA, r["version"], np.__version__, scipy.__version__, pd.__version__))


if __name__ == "__main__":
    main()
