"""Reference residuals, fitted values and fixed effects for `options.save` (docs/ABI.md, "Saved values").

Writes Tests/PanelCoreTests/Fixtures/saved/: `nqpf.csv` (the example panel's columns the models use, with DF blanked on
three rows so that rows outside the estimation sample are exercised) and one JSON per case with pyfixest's
`resid()`, `predict()` and `fixef()` laid out on the data's rows (null outside the estimation sample). The OLS cases
are cross-checked against explicit dummies in numpy (`cross_check`) before anything is written.

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


def cross_check(data, kept, formula, case):
    """The OLS cases recomputed with explicit dummies in numpy (lstsq on [X, all levels of the first effect, the
    second effect's levels but its first]): residuals, fitted values and effects must agree to 1e-9."""
    left, right = formula.split("~")
    parts = [part.strip() for part in right.split("|")]
    rows = data.iloc[kept]
    columns = [rows[name].to_numpy(float) for name in parts[0].split(" + ")]
    effects = parts[1].split(" + ") if len(parts) > 1 else []
    if not effects:
        columns.insert(0, np.ones(len(rows)))
    names = []
    for position, effect in enumerate(effects):
        levels = sorted(set(rows[effect]))
        for level in levels[(1 if position else 0):]:
            columns.append((rows[effect] == level).to_numpy(float))
            names.append((effect, str(level)))
    design = np.column_stack(columns)
    y = rows[left.strip()].to_numpy(float)
    beta = np.linalg.lstsq(design, y, rcond=None)[0]
    residuals = y - design @ beta
    assert np.allclose(residuals, [case["residuals"][row] for row in kept], rtol=0, atol=1e-9)
    assert np.allclose(y - residuals, [case["fitted"][row] for row in kept], rtol=0, atol=1e-9)
    dummies = beta[len(columns) - len(names):]
    for (effect, level), value in zip(names, dummies):
        assert abs(case["fixef"][effect][level] - value) <= 1e-9, (effect, level)


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
        if not fit._is_iv:
            cross_check(data, kept, formula, case)
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as file:
            json.dump(case, file, indent=1, sort_keys=True)
            file.write("\n")
    print("wrote", OUT, file=sys.stderr)


if __name__ == "__main__":
    main()
