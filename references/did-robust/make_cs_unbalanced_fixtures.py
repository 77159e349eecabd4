"""Callaway-Sant'Anna on an unbalanced panel and on repeated cross-sections, for PanelCore
(Tests/PanelCoreTests/Fixtures/did-robust/cs_unbalanced.json).

Data: R `did`'s `mpdta` (Tests/PanelCoreTests/Fixtures/did-robust/mpdta.csv, see make_cs_mpdta_fixtures.py) with rows
removed, both drawn from numpy.random.default_rng(2024):
- `unbalanced`: 250 of the 2500 county-years removed (no county loses every year); the PyPI `csdid` port of R `did`,
  `ATTgt(..., panel=True, allow_unbalanced_panel=True)` — the panel is unbalanced, so `did` switches to its
  repeated-cross-section 2x2 estimators (DRDID reg_did_rc / std_ipw_did_rc / drdid_rc) with the influence
  functions summed per county.
- `cross_sections`: every county-year kept with probability 0.6 and given its own id (`obs`), treated as repeated
  cross-sections: `ATTgt(..., idname="obs", panel=False)`.
For est_method dr, ipw and reg, never-treated and not-yet-treated comparisons, without covariates and with `lpop`:
ATT(g,t) with analytic SEs, and the simple, dynamic, group and calendar aggregations (`aggte(..., bstrap=False)`).
The reduced data sets are written beside the fixture (cs_unbalanced.csv, cs_cross_sections.csv).

Versions: csdid 0.4.3, drdid 1.1.7 (neither is in scripts/install-deps: pip install csdid drdid), numpy, pandas.
Run from the repository root: python3 references/did-robust/make_cs_unbalanced_fixtures.py
"""
import contextlib
import io
import json
import os
import sys
import warnings

import numpy as np
import pandas as pd
from csdid.att_gt import ATTgt

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_cs_mpdta_fixtures import analytic_aggregations, number  # noqa: E402

OUT = "Tests/PanelCoreTests/Fixtures/did-robust"


def data_sets():
    mpdta = pd.read_csv(f"{OUT}/mpdta.csv")
    rng = np.random.default_rng(2024)
    drop = rng.choice(len(mpdta), size=250, replace=False)
    unbalanced = mpdta.drop(index=mpdta.index[drop]).reset_index(drop=True)
    assert unbalanced["countyreal"].nunique() == mpdta["countyreal"].nunique()
    keep = rng.random(len(mpdta)) < 0.6
    sections = mpdta[keep].reset_index(drop=True)
    sections.insert(0, "obs", np.arange(1, len(sections) + 1))
    return unbalanced, sections


def case(data, design, covariates, control, method):
    options = dict(idname="countyreal", panel=True, allow_unbalanced_panel=True) if design == "unbalanced" \
        else dict(idname="obs", panel=False)
    with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
        warnings.simplefilter("ignore")
        fitted = ATTgt(yname="lemp", tname="year", gname="first.treat", data=data.copy(),
                       xformla=None if covariates is None else "~" + covariates, control_group=control,
                       **options).fit(est_method=method, bstrap=False)
        res = fitted.results
        cells = [{"group": int(g), "time": int(t), "estimate": number(a), "std_error": number(s)}
                 for g, t, a, s in zip(res["group"], res["year"], res["att"], res["se"])]
        aggregations = analytic_aggregations(fitted)
    return {"name": f"{design}_{method}_{control}_{covariates or 'none'}", "design": design, "est_method": method,
            "control_group": {"nevertreated": "never_treated", "notyettreated": "not_yet_treated"}[control],
            "covariates": [] if covariates is None else [covariates], "group_time": cells, **aggregations}


def main():
    unbalanced, sections = data_sets()
    unbalanced.to_csv(f"{OUT}/cs_unbalanced.csv", index=False)
    sections.to_csv(f"{OUT}/cs_cross_sections.csv", index=False)
    cases = [case(data, design, covariates, control, method)
             for design, data in (("unbalanced", unbalanced), ("cross_sections", sections))
             for method in ("dr", "ipw", "reg")
             for control in ("nevertreated", "notyettreated")
             for covariates in (None, "lpop")]
    import csdid, drdid  # noqa: E401
    versions = {"csdid": csdid.__version__ if hasattr(csdid, "__version__") else "0.4.3", "numpy": np.__version__,
                "pandas": pd.__version__}
    with open(f"{OUT}/cs_unbalanced.json", "w") as f:
        json.dump({"source": "references/did-robust/make_cs_unbalanced_fixtures.py", "versions": versions, "cases": cases}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
