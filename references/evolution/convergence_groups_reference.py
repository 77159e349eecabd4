"""σ convergence by group for `convergence` with `group` (Tests/PanelCoreTests/Fixtures/evolution/convergence_sigma_groups.json).

On examples/nqpf_panel.csv (the columns in nqpf_evolution.csv), y = NQP, groups = region: pandas
groupby([region, year]) count, mean, std (ddof 1), CV = std/mean and std of ln y; the trend of CV and of sd(ln y)
over the years within each region by scipy `linregress` (slope, stderr, two-sided p), cross-checked against a
least-squares slope written out with NumPy to 1e-12. The overall σ is the one of convergence_reference.py.
Run from the repository root: python3 references/evolution/convergence_groups_reference.py
"""
import json
import os

import numpy as np
import pandas as pd
import scipy
import scipy.stats
from panel_data import OUT, load


def trend(values, years):
    fit = scipy.stats.linregress(years, values)
    t, v = years - years.mean(), values - values.mean()
    assert abs((t @ v) / (t @ t) - fit.slope) <= 1e-12 * abs(fit.slope)
    return {"slope": float(fit.slope), "std_error": float(fit.stderr), "p_value": float(fit.pvalue)}


def main():
    data = load()
    data["lny"] = np.log(data["NQP"])
    groups = []
    for region, rows in data.groupby("region", sort=True):
        by_year = rows.groupby("year")
        periods = pd.DataFrame({"n": by_year["NQP"].count(), "mean": by_year["NQP"].mean(), "sd": by_year["NQP"].std(),
                                "sd_log": by_year["lny"].std()})
        periods = periods[periods["n"] >= 2]
        periods["cv"] = periods["sd"] / periods["mean"]
        years = periods.index.to_numpy(dtype=float)
        groups.append({"group": region,
                       "periods": [{"period": int(year), "n": int(row["n"]), "mean": float(row["mean"]), "sd": float(row["sd"]),
                                    "cv": float(row["cv"]), "sd_log": float(row["sd_log"])} for year, row in periods.iterrows()],
                       "cv_trend": trend(periods["cv"].to_numpy(), years), "sd_log_trend": trend(periods["sd_log"].to_numpy(), years)})
    expected = {
        "versions": {"pandas": pd.__version__, "numpy": np.__version__, "scipy": scipy.__version__},
        "model": {"estimator": "convergence", "formula": "NQP ~ 1 | city + year", "group": "region"},
        "groups": groups,
    }
    with open(os.path.join(OUT, "convergence_sigma_groups.json"), "w") as f:
        json.dump(expected, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
