"""DID reference fixtures for PanelCore (Tests/PanelCoreTests/Fixtures/did/).

Data: a simulated seed-002-like panel, 285 cities x 11 years (2008-2018), the pilot adopted in two batches (2011 and
2016) and 185 cities never treated; heterogeneous, growing effects (2011 cohort: 1 + 0.3 (t - 2011); 2016 cohort:
0.5), so the TWFE DID coefficient is biased for the average effect on the treated (printed below).
References: pyfixest `feols` (TWFE DID and event study, CRV1 cluster errors), statsmodels `OLS` (2x2 DID, HC1), and
an independent NumPy Goodman-Bacon (2021, Theorem 1) decomposition checked against the TWFE coefficient and against
pybacondecomp (PyPI, a Python port of Stata's bacondecomp; `pip install pybacondecomp`) here.
Run from the repository root: python3 references/did/make_did_fixtures.py
"""
import json
import os

import numpy as np
import pandas as pd
import pybacondecomp
import pyfixest as pf
import scipy
import statsmodels
import statsmodels.formula.api as smf
from scipy import stats

OUT = "Tests/PanelCoreTests/Fixtures/did"
YEARS = list(range(2008, 2019))


def simulate():
    rng = np.random.default_rng(20261121)
    cities = np.arange(1, 286)
    cohort = np.zeros(285, dtype=int)
    order = rng.permutation(285)
    cohort[order[:60]] = 2011
    cohort[order[60:100]] = 2016
    alpha = rng.normal(0, 1, 285)
    gamma = {t: 0.1 * (t - 2008) + rng.normal(0, 0.3) for t in YEARS}
    rows = []
    for i, c in enumerate(cities):
        for t in YEARS:
            g = cohort[i]
            treated = g > 0 and t >= g
            effect = 0.0
            if treated:
                effect = 1.0 + 0.3 * (t - g) if g == 2011 else 0.5
            x1 = rng.normal(0, 1)
            y = alpha[i] + gamma[t] + 0.5 * x1 + effect + rng.normal(0, 1)
            rows.append((int(c), t, float(round(y, 6)), float(round(x1, 6)), int(treated), int(g),
                         int(g > 0), int(t >= 2011)))
    return pd.DataFrame(rows, columns=["city", "year", "y", "x1", "d", "cohort", "treat", "post"])


def rows_of(coef, se, tstat, pval, low, high, terms):
    return [{"term": term, "estimate": float(coef[k]), "std_error": float(se[k]), "statistic": float(tstat[k]),
             "p_value": float(pval[k]), "conf_low": float(low[k]), "conf_high": float(high[k])}
            for k, term in enumerate(terms)]


def pyfixest_rows(fit, names, terms):
    tidy = fit.tidy()
    return rows_of(*(tidy.loc[names, col].to_numpy() for col in
                     ["Estimate", "Std. Error", "t value", "Pr(>|t|)", "2.5%", "97.5%"]), terms)


def twfe_case(df):
    fit = pf.feols("y ~ d + x1 | city + year", data=df, vcov={"CRV1": "city"})
    return {"request": {"model": {"estimator": "did", "formula": "y ~ x1 | city + year", "treatment": "d",
                                  "vcov": {"cluster": "city"}}},
            "reference": "pyfixest feols('y ~ d + x1 | city + year', vcov={'CRV1': 'city'})",
            "nobs": int(fit._N), "coefficients": pyfixest_rows(fit, ["d", "x1"], ["d", "x1"])}


def two_by_two_case(df):
    fit = smf.ols("y ~ treat + post + treat:post + x1", data=df).fit(cov_type="HC1", use_t=True)
    ci = fit.conf_int()
    names = ["Intercept", "treat", "post", "treat:post", "x1"]
    terms = ["(Intercept)", "treat", "post", "treat:post", "x1"]
    return {"request": {"model": {"estimator": "did", "formula": "y ~ x1", "treat": "treat", "post": "post",
                                  "vcov": "hc1"}},
            "reference": "statsmodels OLS('y ~ treat + post + treat:post + x1').fit(cov_type='HC1', use_t=True)",
            "nobs": int(fit.nobs),
            "coefficients": rows_of(fit.params[names].to_numpy(), fit.bse[names].to_numpy(), fit.tvalues[names].to_numpy(),
                                    fit.pvalues[names].to_numpy(), ci.loc[names, 0].to_numpy(), ci.loc[names, 1].to_numpy(),
                                    terms)}


def event_study_case(df, low, high, reference, binned=True):
    rel = np.where(df["cohort"] > 0, df["year"] - df["cohort"], reference)
    if binned:
        df = df.assign(rel=np.clip(rel, low, high))
    else:
        df = df.assign(rel=rel).loc[(rel >= low) & (rel <= high)].reset_index(drop=True)
    fit = pf.feols(f"y ~ i(rel, ref={reference}) + x1 | city + year", data=df, vcov={"CRV1": "city"}, fixef_tol=1e-14)
    times = [k for k in range(low, high + 1) if k != reference]
    names = [f"C(rel, contr.treatment(base={reference}))[T.{k}]" for k in times]
    if names[0] not in fit.coef().index:
        names = [f"rel::{k}" for k in times]
    rows = pyfixest_rows(fit, names, [f"rel::{k}" for k in times])
    pre = [names[k] for k, t in enumerate(times) if t < 0]
    b = fit.coef()[pre].to_numpy()
    index = [list(fit.coef().index).index(name) for name in pre]
    v = fit._vcov[np.ix_(index, index)]
    f_stat = float(b @ np.linalg.solve(v, b) / len(pre))
    df_t = int(df["city"].nunique() - 1)
    return {"request": {"model": {"estimator": "event_study", "formula": "y ~ x1 | city + year", "cohort": "cohort",
                                  "options": {"window": [low, high], "reference": reference, "bin": binned},
                                  "vcov": {"cluster": "city"}}},
            "reference": f"pyfixest feols('y ~ i(rel, ref={reference}) + x1 | city + year', CRV1 city); rel "
                         f"{'clipped to' if binned else 'rows outside dropped for'} [{low}, {high}], never-treated coded "
                         f"{reference}; demeaning tolerance 1e-14; pre-trend F over relative times < 0 = b'V^-1 b / q, F(q, G - 1)",
            "nobs": int(fit._N), "relative_times": times, "coefficients": rows,
            "pretrend": {"f_stat": f_stat, "df_num": len(pre), "df_den": df_t,
                         "p_value": float(stats.f.sf(f_stat, len(pre), df_t))}}


def bacon(df):
    """Goodman-Bacon (2021) Theorem 1 on a balanced panel: 2x2 estimates and weights; returns rows and V^D."""
    T = len(YEARS)
    first, last = YEARS[0], YEARS[-1]
    timing = df.groupby("city")["cohort"].first()
    group_of = {c: (g if 0 < g <= last else np.inf) for c, g in timing.items()}
    group_of = {c: (first if g <= first else g) for c, g in group_of.items()}
    groups = sorted(set(group_of.values()))
    n = {g: sum(1 for v in group_of.values() if v == g) / len(group_of) for g in groups}
    share = {g: 0.0 if g == np.inf else (last - g + 1) / T for g in groups}
    mean = df.assign(g=df["city"].map(group_of)).groupby(["g", "year"])["y"].mean()

    def ybar(g, years):
        return float(np.mean([mean[(g, t)] for t in years]))

    d = df["d"].to_numpy(float)
    dd = d - df.groupby("city")["d"].transform("mean") - df.groupby("year")["d"].transform("mean") + d.mean()
    var_d = float(np.mean(dd ** 2))
    rows = []
    treated = [g for g in groups if g != np.inf]
    for k in treated:
        if np.inf in groups and 0 < share[k] < 1:
            pre = [t for t in YEARS if t < k]
            post = [t for t in YEARS if t >= k]
            est = (ybar(k, post) - ybar(k, pre)) - (ybar(np.inf, post) - ybar(np.inf, pre))
            nku = n[k] / (n[k] + n[np.inf])
            w = (n[k] + n[np.inf]) ** 2 * nku * (1 - nku) * share[k] * (1 - share[k]) / var_d
            rows.append(("treated_vs_never", k, None, est, w))
    for k in treated:
        for l in treated:
            if not l > k:
                continue
            nkl = n[k] / (n[k] + n[l])
            pre = [t for t in YEARS if t < k]
            mid = [t for t in YEARS if k <= t < l]
            post = [t for t in YEARS if t >= l]
            if pre:
                est = (ybar(k, mid) - ybar(k, pre)) - (ybar(l, mid) - ybar(l, pre))
                w = (((n[k] + n[l]) * (1 - share[l])) ** 2 * nkl * (1 - nkl) * (share[k] - share[l]) / (1 - share[l])
                     * (1 - share[k]) / (1 - share[l]) / var_d)
                rows.append(("early_vs_late", k, l, est, w))
            est = (ybar(l, post) - ybar(l, mid)) - (ybar(k, post) - ybar(k, mid))
            w = (((n[k] + n[l]) * share[k]) ** 2 * nkl * (1 - nkl) * (share[l] / share[k])
                 * (share[k] - share[l]) / share[k] / var_d)
            rows.append(("late_vs_early", l, k, est, w))
    return rows


def bacon_case(df):
    fit = pf.feols("y ~ d | city + year", data=df, vcov="iid")
    rows = bacon(df)
    total = sum(w * e for _, _, _, e, w in rows)
    weight = sum(w for *_, w in rows)
    twfe = float(fit.coef()["d"])
    assert abs(weight - 1) < 1e-12 and abs(total - twfe) < 1e-10, (weight, total, twfe)
    check = pybacondecomp.bacondecomp(df, "y", "d", "city", "year", ddetail=True, verbose=False).two_by_two
    kinds = {"Never vs timing": "treated_vs_never", "Early vs Late": "early_vs_late", "Late vs Early": "late_vs_early"}
    second = {(kinds[r.type], int(r.treated), None if r.control == "Never" else int(r.control)): (r.estimate, r.weight)
              for r in check.itertuples()}
    assert len(second) == len(rows)
    for kind, k, l, e, w in rows:
        e2, w2 = second[(kind, int(k), None if l is None else int(l))]
        assert abs(e - e2) <= 1e-10 * abs(e) and abs(w - w2) <= 1e-10 * w, (kind, k, l, e, e2, w, w2)
    return {"request": {"model": {"estimator": "bacon", "formula": "y ~ 1 | city + year", "treatment": "d"}},
            "reference": "NumPy Goodman-Bacon (2021) Theorem 1; identity checked against pyfixest feols('y ~ d | city + year'); "
                         "2x2 estimates and weights cross-checked (1e-10) against pybacondecomp.bacondecomp(ddetail=True)",
            "twfe": twfe,
            "comparisons": [{"type": kind, "treated": int(k), "control": "never" if l is None else int(l),
                             "estimate": float(e), "weight": float(w)} for kind, k, l, e, w in rows]}


def main():
    df = simulate()
    os.makedirs(OUT, exist_ok=True)
    df.to_csv(f"{OUT}/pilot.csv", index=False, float_format=lambda v: repr(float(v)))
    cases = {"twfe_cluster": twfe_case(df), "two_by_two_hc1": two_by_two_case(df),
             "event_study_binned": event_study_case(df, -4, 4, -1),
             "event_study_unbinned": event_study_case(df, -3, 3, -2, binned=False), "bacon": bacon_case(df)}
    truth = df.loc[df["d"] == 1].apply(lambda r: 1.0 + 0.3 * (r.year - 2011) if r.cohort == 2011 else 0.5, axis=1).mean()
    print("true ATT over treated cells", truth, "TWFE", cases["twfe_cluster"]["coefficients"][0]["estimate"])
    cases["twfe_cluster"]["true_att"] = float(truth)
    for name, case in cases.items():
        case["data"] = "pilot.csv"
        with open(f"{OUT}/{name}.json", "w") as out:
            json.dump(case, out, indent=1)
            out.write("\n")
    sources = ("# DID fixtures: provenance\n\nGenerated by references/did/make_did_fixtures.py; do not edit by hand.\n\n"
               "- `pilot.csv`: simulated in that script (numpy default_rng(20261121)); public domain.\n"
               f"- versions: numpy {np.__version__}, pandas {pd.__version__}, pyfixest {pf.__version__}, "
               f"statsmodels {statsmodels.__version__}, scipy {scipy.__version__}, pybacondecomp {pybacondecomp.__version__}\n"
               "- calls: see each JSON's `reference` member.\n"
               "- pyfixest's demeaning runs parallel numba reductions, so re-runs change the last digits of its numbers "
               "(about 1e-13 relative), far inside the test tolerances; the other numbers regenerate byte for byte.\n"
               f"- true ATT over treated cells {float(truth)!r}; TWFE {cases['twfe_cluster']['coefficients'][0]['estimate']!r} (biased).\n")
    for path in [f"{OUT}/SOURCES.md", os.path.join(os.path.dirname(os.path.abspath(__file__)), "SOURCES.md")]:
        with open(path, "w") as out:
            out.write(sources)


if __name__ == "__main__":
    main()
