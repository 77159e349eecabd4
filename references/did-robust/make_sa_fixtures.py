"""Sun-Abraham reference fixtures for PanelCore (Tests/PanelCoreTests/Fixtures/did-robust/).

Data: cs_panel.csv of make_cs_fixtures.py (run that first) without the 3 units treated in the first period (PanelCore
drops them: no pre-period). The saturated regression by pyfixest's saturated event study
(`pyfixest.did.estimation.event_study(..., estimator="saturated")`: `y ~ i(rel_time, first_treated_period, ref=-1,
ref2=0) | id + year`), refitted with `pyfixest.feols` and `ssc(k_fixef="nonnested")` — reghdfe's small-sample rule, which
PanelCore's regressions use — for the cluster-robust (by id) covariance. Event-time averages with pyfixest's
`aggregate(weighting="shares")` weights (checked against pyfixest's own aggregate estimates), standard errors
sqrt(w'Vw) from that covariance, and the overall ATT over post-treatment cells weighted by their observations.
Cases: never-treated control; last-treated control (cohort 2016 recoded as control, years >= 2016 dropped); never-treated
control with the covariate x added linearly (the same feols formula with "+ x"; pyfixest's saturated class takes no
covariates).
Run from the repository root: python3 references/did-robust/make_sa_fixtures.py
"""
import json
import os
import re
import warnings

import numpy as np
import pandas as pd
import pyfixest as pf
from pyfixest.did.estimation import event_study

OUT = "Tests/PanelCoreTests/Fixtures/did-robust"


def case(data, name, controls=""):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        study = event_study(data=data, yname="y", idname="id", tname="year", gname="cohort", estimator="saturated")
        aggregated = study.aggregate(agg="period", weighting="shares")
        prepared = study._data
        fit = pf.feols(f"y ~ i(rel_time, first_treated_period, ref=-1, ref2=0){controls} | id + year", data=prepared,
                       vcov={"CRV1": "id"}, ssc=pf.ssc(k_fixef="nonnested"))
    names = list(fit._coefnames)
    keep = [k for k, term in enumerate(fit._coefnames) if term.startswith("C(rel_time") or "::" in term]
    names = [names[k] for k in keep]
    beta, vcov = np.asarray(fit.coef())[keep], np.asarray(fit._vcov)[np.ix_(keep, keep)]
    if not controls:
        assert np.allclose(beta, np.asarray(study.coef()), rtol=1e-12, atol=1e-14)
    cells = []
    for k, term in enumerate(names):
        e, g = re.match(r".+::(.+):.+::(.+)$", term).groups()
        e, g = int(float(e)), int(g)
        n = int(((prepared.first_treated_period == g) & (prepared.rel_time == e)).sum())
        cells.append({"group": g, "event_time": e, "observations": n, "estimate": float(beta[k]),
                      "std_error": float(np.sqrt(vcov[k, k]))})

    def average(chosen):
        total = sum(cells[k]["observations"] for k in chosen)
        w = np.zeros(len(cells))
        for k in chosen:
            w[k] = cells[k]["observations"] / total
        return {"estimate": float(w @ beta), "std_error": float(np.sqrt(w @ vcov @ w))}

    event_times = sorted({c["event_time"] for c in cells})
    rows = []
    for e in event_times:
        row = average([k for k, c in enumerate(cells) if c["event_time"] == e])
        if not controls:
            assert abs(row["estimate"] - float(aggregated.loc[e, "Estimate"])) < 1e-12, (e, row, aggregated.loc[e])
        rows.append({"event_time": e, **row})
    overall = average([k for k, c in enumerate(cells) if c["event_time"] >= 0])
    return {"name": name, "controls": [c.strip() for c in controls.split("+") if c.strip()], "nobs": int(fit._N), "cohort_effects": cells, "event_times": rows, "overall": overall}


def main():
    data = pd.read_csv(os.path.join(OUT, "cs_panel.csv"))
    data = data[data.cohort != 2009].copy()
    last = data.copy()
    last.loc[last.cohort == 2016, "cohort"] = 0
    last = last[last.year < 2016].copy()
    cases = [case(data, "never_treated"), case(last, "last_treated"), case(data, "never_treated_controls", " + x")]
    with open(os.path.join(OUT, "sa_cases.json"), "w") as f:
        json.dump({"data": "cs_panel.csv", "outcome": "y", "cohort": "cohort", "cases": cases}, f, indent=1)


if __name__ == "__main__":
    main()
