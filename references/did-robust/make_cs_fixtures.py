"""Callaway-Sant'Anna reference fixtures for PanelCore (Tests/PanelCoreTests/Fixtures/did-robust/).

A simulated staggered panel of 285 units x 2009-2019 (seeded numpy): cohorts first treated in 2011 and 2016 with
dynamic, cohort-specific effects, never-treated units, plus 3 units treated from 2009 (dropped as already treated)
and 4 units with cohort 2021 (after the panel: counted as never treated). Group-time ATTs and the simple, dynamic
and group aggregations with analytic standard errors by the PyPI `csdid` package (a port of R `did`):
`ATTgt(...).fit(est_method="dr", base_period=..., bstrap=False)` and `.aggte(typec=..., bstrap=False)`; the ATT(g,t)
are cross-checked against differences of mean changes written out here. With the covariate x (time-varying; the
outcome's trend depends on it, so only conditional parallel trends hold) the outcome-regression estimator
`fit(est_method="reg")` with `xformla="~x"`.
Run from the repository root: python3 references/did-robust/make_cs_fixtures.py
"""
import json
import os
import warnings

import numpy as np
import pandas as pd
from csdid.att_gt import ATTgt

OUT = "Tests/PanelCoreTests/Fixtures/did-robust"


def true_effect(cohort, year):
    if cohort == 0 or year < cohort:
        return 0.0
    e = year - cohort
    return 0.10 + 0.05 * e if cohort == 2011 else 0.30 + 0.10 * e


def simulate():
    rng = np.random.default_rng(6021)
    years = np.arange(2009, 2020)
    cohort = np.array([2011] * 40 + [2016] * 45 + [2009] * 3 + [2021] * 4 + [0] * 193)
    alpha = rng.normal(size=len(cohort)) + 0.3 * (cohort == 2011)
    z = rng.normal(size=len(cohort)) + 0.5 * (cohort == 2011)
    gamma = np.cumsum(rng.normal(scale=0.2, size=len(years)))
    rows = []
    for i, g in enumerate(cohort):
        for k, t in enumerate(years):
            x = z[i] * (1 + 0.1 * (t - 2009))
            y = alpha[i] + gamma[k] + 0.5 * x + true_effect(g, t) + 0.4 * rng.normal()
            rows.append((i + 1, int(t), int(g), float(g != 0 and t >= g), x, y))
    return pd.DataFrame(rows, columns=["id", "year", "cohort", "d", "x", "y"])


def cross_check(data, res, control):
    """ATT(g,t) for the varying base period as a difference of mean changes."""
    wide = data.pivot(index="id", columns="year", values="y")
    g_of = data.groupby("id").cohort.first()
    g_of = g_of.where(g_of <= 2019, 0)
    keep = g_of[(g_of == 0) | (g_of > 2009)].index
    wide, g_of = wide.loc[keep], g_of.loc[keep]
    for g, t, att in zip(res["group"], res["year"], res["att"]):
        base = g - 1 if t >= g else t - 1
        dy = wide[t] - wide[base]
        ctrl = (g_of == 0) | ((g_of > t) & (g_of != g)) if control == "notyettreated" else (g_of == 0)
        ref = dy[g_of == g].mean() - dy[ctrl].mean()
        assert abs(ref - att) < 1e-12, (g, t, ref, att)


def case(data, control, base, covariates=None):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = ATTgt(yname="y", tname="year", idname="id", gname="cohort", data=data, control_group=control,
                      xformla=None if covariates is None else "~" + "+".join(covariates))
        fitted = model.fit(est_method="dr" if covariates is None else "reg", base_period=base, bstrap=False)
        res = fitted.results
        if base == "varying" and covariates is None:
            cross_check(data, res, control)
        cells = [{"group": int(g), "time": int(t), "estimate": float(a), "std_error": None if not np.isfinite(s) else float(s)}
                 for g, t, a, s in zip(res["group"], res["year"], res["att"], res["se"])]
        aggregations = {}
        for kind in ("simple", "dynamic", "group"):
            agg = fitted.aggte(typec=kind, bstrap=False, cband=False).atte
            item = {"overall": {"estimate": float(agg["overall_att"]), "std_error": float(agg["overall_se"])}}
            if kind != "simple":
                item["by"] = [{"key": int(k), "estimate": float(a), "std_error": None if not np.isfinite(s) else float(s)}
                              for k, a, s in zip(agg["egt"], agg["att_egt"], agg["se_egt"])]
            aggregations[kind] = item
    name = {"nevertreated": "never_treated", "notyettreated": "not_yet_treated"}[control]
    suffix = "" if covariates is None else "_covariates"
    return {"name": f"{name}_{base}{suffix}", "control_group": name, "base_period": base, "covariates": covariates or [],
            "group_time": cells, **aggregations}


def main():
    data = simulate()
    data.to_csv(os.path.join(OUT, "cs_panel.csv"), index=False, float_format=lambda v: repr(float(v)))
    cases = [case(data, "nevertreated", "varying"), case(data, "notyettreated", "varying"), case(data, "nevertreated", "universal"),
             case(data, "nevertreated", "varying", ["x"]), case(data, "notyettreated", "universal", ["x"])]
    with open(os.path.join(OUT, "cs_cases.json"), "w") as f:
        json.dump({"data": "cs_panel.csv", "outcome": "y", "cohort": "cohort", "treatment": "d", "units": 282,
                   "cases": cases}, f, indent=1)


if __name__ == "__main__":
    main()
