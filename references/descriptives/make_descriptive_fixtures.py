#!/usr/bin/env python3
"""Reference fixtures for PanelCore's descriptive tables: summary statistics, pairwise correlations, VIF.

Writes Tests/PanelCoreTests/Fixtures/descriptives/<data>.csv (the data exactly as the tests read them) and
<data>.json with
  * pandas `describe(percentiles=...)`, pooled and `groupby(group).describe(...)` (percentiles: linear
    interpolation, type 7), sd with n - 1;
  * pairwise-complete Pearson r, the pairwise counts and the two-sided p-value of t = r sqrt((n-2)/(1-r^2)) on
    t(n-2), evaluated exactly / with mpmath and checked against pandas `corr()` and scipy.stats.pearsonr (see
    `correlations` for why the exact values are stored);
  * statsmodels `variance_inflation_factor` on the design [1, regressors] after listwise deletion of the model
    NQP/y ~ regressors (VIF of the non-constant columns).
Every pandas/scipy/statsmodels number is cross-checked before writing against an exact or 50-digit evaluation
(fractions.Fraction, mpmath), so a disagreement of the libraries with the mathematics is caught here.

Run from the repository root:  python3 references/descriptives/make_descriptive_fixtures.py
Deterministic: the small data set comes from numpy.random.default_rng(SEED).
"""
import json
import math
import os
from fractions import Fraction

import mpmath
import numpy as np
import pandas as pd
import scipy
import scipy.stats as st
import statsmodels
from statsmodels.stats.outliers_influence import variance_inflation_factor

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "PanelCoreTests", "Fixtures", "descriptives")
SEED = 20261121
PERCENTILES = [1, 10, 25, 50, 75, 90, 99]
mpmath.mp.dps = 50

NQPF_VARIABLES = ["NQP", "DF", "RI", "GLCT", "DAG", "DUG", "DCG", "UL", "CSL", "FDL", "TRL", "ESL"]


def number(x):
    """A float for JSON (17 significant digits through repr) or None for NaN."""
    x = float(x)
    return None if math.isnan(x) else x


def close(a, b, rel):
    return abs(a - b) <= rel * max(abs(b), 1e-300)


def exact_mean_sd(values):
    xs = [Fraction(v) for v in values]
    n = len(xs)
    mean = sum(xs) / n
    if n < 2:
        return float(mean), math.nan
    var = sum((x - mean) ** 2 for x in xs) / (n - 1)
    return float(mean), float(mpmath.sqrt(mpmath.mpf(var.numerator) / var.denominator))


def exact_percentile(values, p):
    s = sorted(Fraction(v) for v in values)
    h = (len(s) - 1) * Fraction(p) / 100
    lo = math.floor(h)
    hi = min(lo + 1, len(s) - 1)
    return float(s[lo] + (h - lo) * (s[hi] - s[lo]))


def summaries(frame, columns):
    described = frame[columns].describe(percentiles=[p / 100 for p in PERCENTILES])
    out = []
    for name in columns:
        col = described[name]
        values = frame[name].dropna().to_numpy()
        labels = [f"{p}%" for p in PERCENTILES]
        entry = {"name": name, "count": int(col["count"]),
                 "mean": number(col["mean"]), "sd": number(col["std"]),
                 "min": number(col["min"]), "max": number(col["max"]),
                 "percentiles": [[p, number(col[label])] for p, label in zip(PERCENTILES, labels)]}
        if len(values):
            mean, sd = exact_mean_sd(values)
            assert close(entry["mean"], mean, 1e-14), (name, entry["mean"], mean)
            assert (entry["sd"] is None and math.isnan(sd)) or close(entry["sd"], sd, 1e-13), (name, entry["sd"], sd)
            for p, value in entry["percentiles"]:
                assert close(value, exact_percentile(values, p), 1e-14), (name, p)
        out.append(entry)
    return out


def exact_correlation(x, y):
    xs, ys = [Fraction(v) for v in x], [Fraction(v) for v in y]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxy = sum((a - mx) * (b - my) for a, b in zip(xs, ys))
    sxx = sum((a - mx) ** 2 for a in xs)
    syy = sum((b - my) ** 2 for b in ys)
    if sxx == 0 or syy == 0:
        return None
    return mpmath.mpf(sxy.numerator) / sxy.denominator / mpmath.sqrt(
        mpmath.mpf((sxx * syy).numerator) / (sxx * syy).denominator)


def exact_p_value(r, n):
    if abs(r) >= 1 - mpmath.mpf(10) ** -40:
        return mpmath.mpf(0)
    df = n - 2
    t2 = r * r * df / (1 - r * r)
    return mpmath.betainc(mpmath.mpf(df) / 2, mpmath.mpf(1) / 2, 0, df / (df + t2), regularized=True)


def correlations(frame, columns):
    """Exact (50-digit) pairwise-complete r and its p-value, each checked against pandas corr and scipy pearsonr.

    The fixture stores the exact values rounded to double: pandas' own r differs from them by up to a few 1e-12
    relative on weak correlations (cancellation in its one-pass update), more than the 1e-12 the tests ask."""
    r = frame[columns].corr()
    coefficients, p_values, counts = [], [], []
    worst_r, worst_p = 0.0, 0.0
    for a in columns:
        row_r, row_p, row_n = [], [], []
        for b in columns:
            mask = frame[a].notna() & frame[b].notna()
            x, y = frame.loc[mask, a].to_numpy(), frame.loc[mask, b].to_numpy()
            n = len(x)
            row_n.append(n)
            exact = exact_correlation(x, y) if n >= 2 else None
            if exact is None:
                assert math.isnan(r.loc[a, b]), (a, b)
                row_r.append(None)
                row_p.append(None)
                continue
            row_r.append(float(exact))
            worst_r = max(worst_r, abs(r.loc[a, b] - float(exact)) / abs(float(exact)))
            if n < 3:
                row_p.append(None)
                continue
            pe = float(exact_p_value(exact, n))
            row_p.append(pe)
            if a != b and pe > 0:
                worst_p = max(worst_p, abs(st.pearsonr(x, y).pvalue - pe) / pe)
        coefficients.append(row_r)
        p_values.append(row_p)
        counts.append(row_n)
    assert worst_r < 1e-10 and worst_p < 1e-8, (worst_r, worst_p)
    return {"names": columns, "coefficients": coefficients, "p_values": p_values, "counts": counts,
            "max_relative_difference_pandas_r": worst_r, "max_relative_difference_scipy_p": worst_p}


def vifs(frame, response, regressors):
    used = frame[[response] + regressors].dropna()
    exog = np.column_stack([np.ones(len(used))] + [used[c].to_numpy() for c in regressors])
    out = []
    for j, name in enumerate(regressors, start=1):
        vif = variance_inflation_factor(exog, j)
        others = [c for c in regressors if c != name]
        x = used[others].to_numpy()
        x = np.column_stack([np.ones(len(used)), x])
        beta, *_ = np.linalg.lstsq(x, used[name].to_numpy(), rcond=None)
        resid = used[name].to_numpy() - x @ beta
        centred = used[name].to_numpy() - used[name].mean()
        direct = float(centred @ centred) / float(resid @ resid)
        assert close(vif, direct, 1e-11), (name, vif, direct)
        out.append({"term": name, "vif": float(vif), "tolerance": 1 / float(vif)})
    return {"response": response, "regressors": regressors, "nobs": len(used), "vif": out}


def small_data():
    rng = np.random.default_rng(SEED)
    n = 30
    g = np.array(["b", "a", "c"] * 10, dtype=object)
    x1 = rng.normal(10, 2, n).round(4)
    x2 = (0.6 * x1 + rng.normal(0, 1, n)).round(4)
    x3 = rng.gamma(2.0, 3.0, n).round(3)
    y = (1 + 0.5 * x1 - 0.3 * x2 + 0.2 * x3 + rng.normal(0, 1, n)).round(5)
    frame = pd.DataFrame({"g": g, "y": y, "x1": x1, "x2": x2, "x3": x3, "k": np.full(n, 2.5)})
    for column, rows in {"y": [3, 17], "x1": [0, 5, 8, 11, 14, 17, 20, 23, 26, 29], "x2": [4, 9, 21], "x3": [1, 12]}.items():
        frame.loc[rows, column] = np.nan
    frame.loc[[7], "g"] = None
    return frame


def write(name, frame, spec):
    frame.to_csv(os.path.join(OUT, name + ".csv"), index=False, na_rep="", float_format=None)
    again = pd.read_csv(os.path.join(OUT, name + ".csv"))
    for column in frame.columns:
        if pd.api.types.is_numeric_dtype(frame[column]):
            assert np.array_equal(again[column].to_numpy(), frame[column].to_numpy(), equal_nan=True), column
    frame = again
    columns, group = spec["columns"], spec["group"]
    result = {"generated_by": "references/descriptives/make_descriptive_fixtures.py",
              "versions": {"pandas": pd.__version__, "scipy": scipy.__version__,
                           "statsmodels": statsmodels.__version__, "numpy": np.__version__},
              "percentiles": PERCENTILES, "columns": columns, "group": group,
              "pooled": summaries(frame, columns),
              "by_group": [{"group": str(key), "summaries": summaries(part, columns)}
                           for key, part in frame.groupby(group, sort=False)],
              "correlation": correlations(frame, spec["correlate"]),
              "vif": vifs(frame, spec["response"], spec["regressors"])}
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump(result, f, indent=1)
        f.write("\n")
    print(name, "pandas r:", result["correlation"]["max_relative_difference_pandas_r"],
          "scipy p:", result["correlation"]["max_relative_difference_scipy_p"])


def main():
    os.makedirs(OUT, exist_ok=True)
    panel = pd.read_csv(os.path.join(ROOT, "examples", "nqpf_panel.csv"))[["city", "year", "region"] + NQPF_VARIABLES]
    write("nqpf", panel, {"columns": NQPF_VARIABLES, "group": "region", "correlate": NQPF_VARIABLES,
                          "response": "NQP", "regressors": NQPF_VARIABLES[1:]})
    small = small_data()
    write("small_missing", small, {"columns": ["y", "x1", "x2", "x3", "k"], "group": "g",
                                   "correlate": ["y", "x1", "x2", "x3", "k"],
                                   "response": "y", "regressors": ["x1", "x2", "x3"]})


if __name__ == "__main__":
    main()
