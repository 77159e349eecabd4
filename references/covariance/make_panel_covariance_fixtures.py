"""Reference covariances for two-way clustering and Driscoll-Kraay (PanelCore issue 4, covariance part).

Model everywhere: pooled OLS `invest ~ value + capital` (simulated panel: `y ~ x1 + x2`) with an intercept.
Writes Tests/PanelCoreTests/Fixtures/covariance/<case>.json with the data (regressor columns, response, firm and
year codes) and the references below. Numbers are written with repr(float) (17 significant digits).

Conventions recorded (the raw sandwich is (X'X)^-1 M (X'X)^-1 without any factor):
* two-way cluster, raw: statsmodels cov_cluster(..., use_correction=False) for firm, year and firm∩year,
  combined V_A + V_B - V_AB (Cameron-Gelbach-Miller 2011).
* Stata reghdfe `vce(cluster firm year)`: raw * (N-1)/(N-K) * Gmin/(Gmin-1), then negative eigenvalues set to 0;
  t df = Gmin - 1 (reghdfe_common.mata, reghdfe_cluster / reghdfe_fix_psd).
* statsmodels cov_type="cluster" with 2-D groups: each component with its own G/(G-1)*(N-1)/(N-K); no eigen fix.
* linearmodels PanelOLS clustered entity+time (debiased=False, group_debias=False): the raw sum (no fix); its
  default debiased=True multiplies by N/(N-K), group_debias=True gives each component its own G/(G-1).
* pyfixest CRV1 "firm+year" (default ssc: G_df="min"): raw * (N-1)/(N-K) * Gmin/(Gmin-1) WITHOUT the eigenvalue
  fix (fixest applies it; pyfixest 0.60 does not, see the small_not_psd case).
* Driscoll-Kraay raw: statsmodels cov_nw_groupsum (hac-groupsum over time, Bartlett weights 1 - j/(L+1)),
  use_correction=False. Time-cluster-style convention (ivreg2 `dkraay(L) small`, statsmodels
  use_correction="cluster"): raw * (N-1)/(N-K) * T/(T-1), t df = T - 1.
* linearmodels PanelOLS cov_type="kernel" (Bartlett, bandwidth=L, debiased=False): the raw DK matrix.
"""
import json
import os

import numpy as np
import pandas as pd
import statsmodels.api as sm
from statsmodels.datasets import grunfeld
from statsmodels.stats import sandwich_covariance as sc
from linearmodels.panel import PanelOLS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "Tests", "PanelCoreTests", "Fixtures", "covariance")
try:
    import pyfixest as pf
except ImportError:  # pyfixest is optional
    pf = None


def codes(values):
    """0-based codes in sorted order of the distinct values."""
    uniq = sorted(set(values))
    index = {v: i for i, v in enumerate(uniq)}
    return [index[v] for v in values], len(uniq)


def default_lag(periods):
    """floor(4 (T/100)^(2/9)) in exact integer arithmetic: the largest m with m^9 * 100^2 <= 4^9 * T^2."""
    m = 0
    while (m + 1) ** 9 * 10000 <= 4 ** 9 * periods ** 2:
        m += 1
    return m


def matrix(a):
    return [[float(v) for v in row] for row in np.asarray(a)]


def psd_fix(v):
    values, vectors = np.linalg.eigh(v)
    fixed = values.min() < 0
    if fixed:
        v = (vectors * np.where(values < 0, 0.0, values)) @ vectors.T
    return v, bool(fixed)


def agree(a, b, what, tolerance=1e-10):
    """Cross-check of two references, on the scale sqrt(b_ii b_jj) of the standard errors."""
    a, b = np.asarray(a), np.asarray(b)
    scale = np.sqrt(np.outer(np.abs(np.diag(b)), np.abs(np.diag(b))))
    error = float(np.max(np.abs(a - b) / scale))
    assert error <= tolerance, (what, error)


def build_case(name, frame, yname, xnames, description):
    frame = frame.reset_index(drop=True)
    firm, g_firm = codes(list(frame["firm"]))
    year, g_year = codes(list(frame["year"]))
    y = frame[yname].to_numpy(float)
    x = sm.add_constant(frame[xnames].to_numpy(float), has_constant="add")
    n, k = x.shape
    fit = sm.OLS(y, x).fit()
    firm_a = np.asarray(firm)
    year_a = np.asarray(year)
    pair = firm_a * g_year + year_a

    raw_a = sc.cov_cluster(fit, firm_a, use_correction=False)
    raw_b = sc.cov_cluster(fit, year_a, use_correction=False)
    raw_ab = sc.cov_cluster(fit, pair, use_correction=False)
    raw = raw_a + raw_b - raw_ab
    g_min = min(g_firm, g_year)
    factor = (n - 1) / (n - k) * g_min / (g_min - 1)
    stata, fixed = psd_fix(raw * factor)
    sm_two = sm.OLS(y, x).fit(cov_type="cluster", cov_kwds={"groups": np.column_stack([firm_a, year_a])})

    panel = frame.assign(firm_code=firm_a, year_code=year_a).set_index(["firm_code", "year_code"])
    exog = sm.add_constant(panel[xnames], has_constant="add")
    lm_two = PanelOLS(panel[yname], exog).fit(cov_type="clustered", cluster_entity=True, cluster_time=True, debiased=False)
    agree(lm_two.cov, raw, name + ": linearmodels two-way vs statsmodels raw sandwich")
    components = (sc.cov_cluster(fit, firm_a) + sc.cov_cluster(fit, year_a) - sc.cov_cluster(fit, pair))
    agree(sm_two.cov_params(), components, name + ": statsmodels 2-D cluster = per-component CR1 factors")
    two_way = {
        "first_count": g_firm, "second_count": g_year,
        "raw_sandwich": matrix(raw),
        "stata_reghdfe": matrix(stata), "stata_factor": factor, "stata_df": g_min - 1,
        "eigen_fix_applied": fixed,
        "statsmodels_cluster_2d": matrix(sm_two.cov_params()),
        "linearmodels_clustered": matrix(lm_two.cov),
    }
    if pf is not None:
        data = frame.assign(firm_code=firm_a, year_code=year_a)
        formula = yname + " ~ " + " + ".join(xnames)
        pf_fit = pf.feols(formula, data=data, vcov={"CRV1": "firm_code+year_code"})
        agree(pf_fit._vcov, raw * factor, name + ": pyfixest CRV1 (G_df=min) vs raw * reghdfe factor")
        two_way["pyfixest_crv1_min"] = matrix(pf_fit._vcov)

    periods = g_year
    lags = [0, 1, 2, 3]
    dk = []
    for lag in lags + [None]:
        used = default_lag(periods) if lag is None else lag
        raw_dk = sc.cov_nw_groupsum(fit, used, year_a, use_correction=False)
        scale = (n - 1) / (n - k) * periods / (periods - 1)
        entry = {
            "lag": lag, "lag_used": used,
            "raw_sandwich": matrix(raw_dk),
            "time_cluster_small": matrix(raw_dk * scale), "time_cluster_factor": scale, "time_cluster_df": periods - 1,
            "statsmodels_hac_groupsum_cluster": matrix(sc.cov_nw_groupsum(fit, used, year_a, use_correction="cluster")),
            # With lag None, linearmodels picks its own default bandwidth (checks our default rule).
            "linearmodels_kernel": matrix(PanelOLS(panel[yname], exog).fit(
                cov_type="kernel", kernel="bartlett", bandwidth=lag, debiased=False).cov),
        }
        agree(entry["linearmodels_kernel"], raw_dk, name + ": linearmodels kernel vs statsmodels groupsum")
        agree(entry["statsmodels_hac_groupsum_cluster"], entry["time_cluster_small"], name + ": DK cluster-style factor")
        dk.append(entry)
    case = {
        "description": description, "nobs": n, "terms": ["(Intercept)"] + xnames,
        "response": [float(v) for v in y],
        "regressors": [[float(v) for v in x[:, j]] for j in range(k)],
        "first": firm, "second": year, "periods": periods, "default_lag": default_lag(periods),
        "two_way": two_way, "driscoll_kraay": dk,
    }
    with open(os.path.join(OUT, name + ".json"), "w") as handle:
        json.dump(case, handle, indent=1)
        handle.write("\n")
    print(name, "n", n, "G", g_firm, g_year, "eigen fix", fixed, "default lag", default_lag(periods))


def simulated_panel(seed, firms, years, drop):
    rng = np.random.default_rng(seed)
    firm_effect = rng.normal(size=firms)
    year_shock = rng.normal(size=years)
    rows = []
    for i in range(firms):
        for t in range(years):
            x1 = rng.normal() + 0.5 * year_shock[t]
            x2 = rng.normal() + 0.3 * firm_effect[i]
            y = 1.0 + 0.5 * x1 - 0.25 * x2 + firm_effect[i] + year_shock[t] + rng.normal()
            rows.append((i + 1, 2000 + t, y, x1, x2))
    frame = pd.DataFrame(rows, columns=["firm", "year", "y", "x1", "x2"])
    keep = rng.random(len(frame)) >= drop
    return frame[keep]


def write_default_lags():
    """The default lag for T = 1..5000, checked against linearmodels' floating-point form of the same rule."""
    lags = [default_lag(t) for t in range(1, 5001)]
    for t, lag in enumerate(lags, start=1):
        assert lag == int(np.floor(4 * (t / 100) ** (2 / 9))), t
    with open(os.path.join(OUT, "default_lags.json"), "w") as handle:
        json.dump({"first_period_count": 1, "lags": lags}, handle)
        handle.write("\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    write_default_lags()
    g = grunfeld.load_pandas().data
    g = g.assign(year=g["year"].astype(int))
    build_case("grunfeld", g, "invest", ["value", "capital"],
               "statsmodels grunfeld (Grunfeld 1958, 11 firms x 20 years), pooled OLS invest ~ value + capital")
    build_case("simulated", simulated_panel(20261121, 30, 25, 0.1), "y", ["x1", "x2"],
               "simulated unbalanced panel (30 firms x 25 years, 10% rows dropped, seed 20261121)")
    # A small panel whose two-way sandwich is not positive semi-definite (first seed found from 1 upward).
    for seed in range(1, 500):
        frame = simulated_panel(seed, 4, 4, 0.0)
        x = sm.add_constant(frame[["x1", "x2"]].to_numpy(float))
        fit = sm.OLS(frame["y"].to_numpy(float), x).fit()
        f, t = np.asarray(codes(list(frame["firm"]))[0]), np.asarray(codes(list(frame["year"]))[0])
        raw = (sc.cov_cluster(fit, f, use_correction=False) + sc.cov_cluster(fit, t, use_correction=False)
               - sc.cov_cluster(fit, f * 4 + t, use_correction=False))
        if np.linalg.eigvalsh(raw).min() < -1e-8 * np.abs(raw).max():
            build_case("small_not_psd", frame, "y", ["x1", "x2"],
                       "simulated 4 firms x 4 years (seed %d): two-way sandwich not PSD, eigenvalue fix" % seed)
            break


if __name__ == "__main__":
    main()
