"""Reference residuals, fitted values and fixed effects for `options.save` (docs/ABI.md, "Saved values").

Writes Tests/PanelCoreTests/Fixtures/saved/: `nqpf.csv` (the example panel's columns the models use, with DF blanked on
three rows so that rows outside the estimation sample are exercised) and one JSON per case with pyfixest's
`resid()`, `predict()` and `fixef()` laid out on the data's rows (null outside the estimation sample).

Run from the repository root: `pip install pyfixest pandas numpy` then `python3 references/saved/make_saved_fixtures.py`.
"""

import json
import math
import os
import sys

import numpy as np
import pandas as pd
import pyfixest as pf

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
OUT = os.path.join(ROOT, "Tests", "PanelCoreTests", "Fixtures", "saved")
COLUMNS = ["city", "year", "NQP", "DF", "UL", "CSL", "FDL", "TRL", "ESL", "ruggedness", "dist_hangzhou", "mobile_subscribers"]
MISSING_DF_ROWS = [4, 57, 300]

CASES = {
    # name: (pyfixest formula, PanelCore model)
    "feols_fe2": ("NQP ~ DF + UL + CSL + FDL + TRL + ESL | city + year",
                  {"estimator": "ols", "formula": "NQP ~ DF + UL + CSL + FDL + TRL + ESL | city + year"}),
    "feols_plain": ("NQP ~ DF + UL + CSL",
                    {"estimator": "ols", "formula": "NQP ~ DF + UL + CSL"}),
    "within": ("NQP ~ DF + UL + CSL | city",
               {"estimator": "panel", "method": "within", "formula": "NQP ~ DF + UL + CSL"}),
    "iv_fe2": ("NQP ~ UL + CSL + FDL + TRL + ESL | city + year | DF ~ ruggedness_m + hangzhou_m",
               {"estimator": "iv", "formula": "NQP ~ UL + CSL + FDL + TRL + ESL | city + year | DF ~ ruggedness:mobile_subscribers + dist_hangzhou:mobile_subscribers"}),
}


def on_rows(values, kept, n):
    out = [None] * n
    for row, value in zip(kept, values):
        out[int(row)] = float(value)
    return out


def main():
    data = pd.read_csv(os.path.join(ROOT, "examples", "nqpf_panel.csv"))[COLUMNS].copy()
    data.loc[MISSING_DF_ROWS, "DF"] = np.nan
    os.makedirs(OUT, exist_ok=True)
    data.to_csv(os.path.join(OUT, "nqpf.csv"), index=False, float_format=None)
    data = pd.read_csv(os.path.join(OUT, "nqpf.csv"))  # exactly the rows the tests read
    data["ruggedness_m"] = data["ruggedness"] * data["mobile_subscribers"]
    data["hangzhou_m"] = data["dist_hangzhou"] * data["mobile_subscribers"]
    n = len(data)
    for name, (formula, model) in CASES.items():
        fit = pf.feols(formula, data=data, vcov="iid")
        kept = [row for row in range(n) if row not in set(int(i) for i in fit._na_index)]
        residuals = np.asarray(fit.resid()).ravel()
        # pyfixest has no predict() for IV models: there the fitted values are y − resid() (the same definition)
        fitted = (data["NQP"].to_numpy()[kept] - residuals) if fit._is_iv else np.asarray(fit.predict()).ravel()
        assert len(residuals) == len(kept) and len(fitted) == len(kept)
        case = {"source": f"pyfixest {pf.__version__} feols({formula!r}); resid(), predict() (IV: y - resid()), "
                          "fixef(atol=1e-14, btol=1e-14)",
                "model": model, "residuals": on_rows(residuals, kept, n), "fitted": on_rows(fitted, kept, n)}
        if "|" in formula and not fit._is_iv:
            effects = fit.fixef(atol=1e-14, btol=1e-14)
            case["fixef"] = {}
            for key, table in effects.items():
                column = key[2:-1]  # "C(city)" → "city"
                # pyfixest leaves out the reference levels (the dropped dummies of the second and later factors):
                # they are 0 by its (and fixest's) normalisation, written here explicitly
                levels = sorted(set(data[column].to_numpy()[kept]))
                case["fixef"][column] = {str(level): float(table.get(str(level), 0.0)) for level in levels}
        assert all(v is None or math.isfinite(v) for v in case["residuals"])
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as file:
            json.dump(case, file, indent=1, sort_keys=True)
            file.write("\n")
    print("wrote", OUT, file=sys.stderr)


if __name__ == "__main__":
    main()
