"""Callaway-Sant'Anna on R `did`'s `mpdta` for PanelCore (Tests/PanelCoreTests/Fixtures/did-robust/cs_mpdta.json).

`mpdta.csv` is Callaway & Sant'Anna's county teen-employment panel (500 counties x 2003-2007) as shipped with R `did`,
copied from ../shared/data/published/mpdta.csv (taken from the csdid repository's data/mpdta.csv; csdid: MIT,
R did: GPL-2). For every estimation method (dr, ipw, reg), both comparison groups and without / with the covariate
`lpop` (time-invariant), the PyPI `csdid` port of R `did`:
`ATTgt(yname="lemp", tname="year", idname="countyreal", gname="first.treat", xformla=..., control_group=...)
.fit(est_method=..., bstrap=False)` -- ATT(g,t), analytic SEs and the Wald pre-test of parallel trends (W, its
rounded p-value as R prints it, and the unrounded chi-square tail by scipy) -- and `.aggte(typec=..., bstrap=False)`
for the simple, dynamic, group and calendar aggregations.

Bootstrap: the never-treated fits with `ATTgt(..., biters=999, cband=True).fit(bstrap=True)` and
`aggte(..., bstrap=True, cband=True)` under numpy seeds 1..20 (R did's `mboot`, Rademacher weights,
clustered at the unit): the mean over seeds of the bootstrap SEs and of the simultaneous-band critical value. R's and
numpy's generators cannot be reproduced here, so PanelCore's bootstrap (its own seeded generator) is compared with
these in distribution, with the tolerance stated in the tests.

Run from the repository root: python3 references/did-robust/make_cs_mpdta_fixtures.py
"""
import contextlib
import io
import json
import os
import warnings

import numpy as np
import pandas as pd
from scipy.stats import chi2
from csdid.att_gt import ATTgt

OUT = "Tests/PanelCoreTests/Fixtures/did-robust"
# Published R `did` output (summary(att_gt) of the did README / vignettes on mpdta), kept beside the csdid values.
PUBLISHED = {"none": 0.16812, "lpop": 0.23116}


def number(v):
    return None if v is None or not np.isfinite(v) else float(v)


def model(data, covariates, control, **options):
    return ATTgt(yname="lemp", tname="year", idname="countyreal", gname="first.treat", data=data,
                 xformla=None if covariates is None else "~" + covariates, control_group=control, **options)


def analytic_aggregations(fitted):
    """The simple, dynamic, group and calendar aggregations with analytic standard errors."""
    aggregations = {}
    for kind in ("simple", "dynamic", "group", "calendar"):
        agg = fitted.aggte(typec=kind, bstrap=False, cband=False).atte
        item = {"overall": {"estimate": float(agg["overall_att"]), "std_error": float(agg["overall_se"])}}
        if kind != "simple":
            item["by"] = [{"key": int(k), "estimate": float(a), "std_error": number(s)}
                          for k, a, s in zip(agg["egt"], agg["att_egt"], agg["se_egt"])]
        aggregations[kind] = item
    return aggregations


def case(data, covariates, control, method):
    fitted = model(data, covariates, control).fit(est_method=method, bstrap=False)
    res = fitted.results
    cells = [{"group": int(g), "time": int(t), "estimate": float(a), "std_error": number(s)}
             for g, t, a, s in zip(res["group"], res["year"], res["att"], res["se"])]
    w, p = fitted.MP["W"], fitted.MP["Wpval"]
    q = sum(1 for g, t in zip(res["group"], res["year"]) if t < g)
    aggregations = analytic_aggregations(fitted)
    return {"name": f"{method}_{control}_{covariates or 'none'}", "est_method": method,
            "control_group": {"nevertreated": "never_treated", "notyettreated": "not_yet_treated"}[control],
            "covariates": [] if covariates is None else [covariates], "group_time": cells,
            "pretest": {"statistic": float(w), "df": q, "p_value_rounded": float(p), "p_value": float(chi2.sf(w, q))},
            **aggregations}


def bootstrap(data, covariates, method, seeds=range(1, 21)):
    ses, crits, agg_ses, agg_crits = [], [], {}, {}
    for seed in seeds:
        np.random.seed(seed)
        fitted = model(data, covariates, "nevertreated", biters=999, cband=True).fit(est_method=method, bstrap=True)
        ses.append(np.asarray(fitted.results["se"], dtype=float))
        crits.append(float(fitted.results["c"]))
        for kind in ("simple", "dynamic", "group", "calendar"):
            np.random.seed(seed)
            agg = fitted.aggte(typec=kind, bstrap=True, cband=True).atte
            agg_ses.setdefault(kind, []).append(float(np.ravel(agg["overall_se"])[0]))
            if kind != "simple":
                agg_crits.setdefault(kind, []).append(float(np.ravel(agg["crit_val_egt"])[0]))
    return {"name": f"{method}_never_treated_{covariates or 'none'}", "draws": 999, "seeds": len(list(seeds)),
            "group_time_std_error": [float(v) for v in np.mean(ses, axis=0)],
            "group_time_critical_value": float(np.mean(crits)),
            "overall_std_error": {k: float(np.mean(v)) for k, v in agg_ses.items()},
            "critical_value": {k: float(np.mean(v)) for k, v in agg_crits.items()}}


def main():
    data = pd.read_csv(os.path.join(OUT, "mpdta.csv"))
    with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
        warnings.simplefilter("ignore")
        cases = [case(data, cov, control, method) for cov in (None, "lpop") for control in ("nevertreated", "notyettreated")
                 for method in ("dr", "ipw", "reg")]
        boot = [bootstrap(data, None, "dr"), bootstrap(data, "lpop", "dr")]
    with open(os.path.join(OUT, "cs_mpdta.json"), "w") as f:
        json.dump({"data": "mpdta.csv", "outcome": "lemp", "cohort": "first.treat", "id": "countyreal", "time": "year",
                   "units": 500, "published_pretest_p_value": PUBLISHED, "cases": cases, "bootstrap": boot}, f, indent=1)


if __name__ == "__main__":
    main()
