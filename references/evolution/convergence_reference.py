"""Convergence fixtures for `convergence` (Tests/PanelCoreTests/Fixtures/evolution/convergence_nqpf.json).

On examples/nqpf_panel.csv (the columns in nqpf_evolution.csv), with y = NQP:
- sigma: pandas groupby(year) mean, std (ddof 1), CV = std/mean, std of ln y; the trend of each over the years from
  scipy `linregress` (slope, stderr, two-sided p), cross-checked with statsmodels OLS;
- beta: growth g_it = ln y_i,t+1 - ln y_it (missing without a row at t + 1), by pyfixest
  `feols("g ~ lny [+ UL + CSL] | city + year", vcov={"CRV1": "city"})` (fixest's default small-sample
  correction; p-values from its t statistics on t(G - 1) by scipy's upper tail), coefficients cross-checked with linearmodels `PanelOLS(entity_effects=True, time_effects=True)`;
  speed s = -ln(1 + beta), half-life ln 2 / s.
Run from the repository root: python3 references/evolution/convergence_reference.py
"""
import json
import math
import os

import linearmodels
import numpy as np
import pandas as pd
import pyfixest as pf
import scipy
import scipy.stats
import statsmodels
import statsmodels.api as sm
from linearmodels.panel import PanelOLS
from panel_data import OUT, load


def trend(values, years):
    fit = scipy.stats.linregress(years, values)
    ols = sm.OLS(values, sm.add_constant(years)).fit()
    assert abs(ols.params[1] - fit.slope) <= 1e-12 * abs(fit.slope) and abs(ols.bse[1] - fit.stderr) <= 1e-10 * fit.stderr
    return {"slope": float(fit.slope), "std_error": float(fit.stderr), "p_value": float(fit.pvalue)}


def beta(data, controls):
    formula = "growth ~ lny" + "".join(" + " + c for c in controls) + " | city + year"
    fit = pf.feols(formula, data=data, vcov={"CRV1": "city"})
    sample = data.dropna(subset=["growth", "lny"] + controls).set_index(["city", "year"])
    check = PanelOLS(sample["growth"], sample[["lny"] + controls], entity_effects=True, time_effects=True).fit(
        cov_type="clustered", cluster_entity=True)
    for name in ["lny"] + controls:
        assert abs(check.params[name] - fit.coef()[name]) <= 1e-9 * abs(fit.coef()[name]), name
    # pyfixest's p-values lose digits below 1e-12 (1 - cdf); they are recomputed from its t statistics and
    # degrees of freedom with the upper tail scipy.stats.t.sf and checked against its own to 1e-2.
    p_values = {name: 2 * scipy.stats.t.sf(abs(fit.tstat()[name]), fit._df_t) for name in ["lny"] + controls}
    for name, p in p_values.items():
        assert abs(p - fit.pvalue()[name]) <= 1e-2 * p, (name, p, fit.pvalue()[name])
    b = float(fit.coef()["lny"])
    speed = -math.log1p(b)
    return {
        "coefficients": {name: {"estimate": float(fit.coef()[name]), "std_error": float(fit.se()[name]),
                                "p_value": float(p_values[name])} for name in ["lny"] + controls},
        "nobs": int(fit._N), "speed": speed, "half_life": math.log(2) / speed if speed > 0 else None,
    }


def main():
    data = load()
    data["lny"] = np.log(data["NQP"])
    following = data[["city", "year", "lny"]].assign(year=data["year"] - 1).rename(columns={"lny": "lny_next"})
    data = data.merge(following, on=["city", "year"], how="left")
    data["growth"] = data["lny_next"] - data["lny"]
    by_year = data.groupby("year")
    periods = pd.DataFrame({"n": by_year["NQP"].count(), "mean": by_year["NQP"].mean(), "sd": by_year["NQP"].std(),
                            "sd_log": by_year["lny"].std()})
    periods["cv"] = periods["sd"] / periods["mean"]
    years = periods.index.to_numpy(dtype=float)
    expected = {
        "versions": {"pandas": pd.__version__, "numpy": np.__version__, "scipy": scipy.__version__, "statsmodels": statsmodels.__version__,
                     "pyfixest": pf.__version__, "linearmodels": linearmodels.__version__},
        "model": {"estimator": "convergence", "formula": "NQP ~ UL + CSL | city + year"},
        "sigma": {"periods": [{"period": int(year), "n": int(row["n"]), "mean": float(row["mean"]), "sd": float(row["sd"]), "cv": float(row["cv"]),
                               "sd_log": float(row["sd_log"])} for year, row in periods.iterrows()],
                  "cv_trend": trend(periods["cv"].to_numpy(), years), "sd_log_trend": trend(periods["sd_log"].to_numpy(), years)},
        "beta": {"absolute": beta(data, []), "conditional": beta(data, ["UL", "CSL"])},
    }
    with open(os.path.join(OUT, "convergence_nqpf.json"), "w") as f:
        json.dump(expected, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
