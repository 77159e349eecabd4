"""Reference coupling coordination degrees for Tests/PanelCoreTests/Evolution/CouplingCoordinationTests.swift.

NumPy, from the general form of the model (Wang Shujia et al. 2021, Journal of Natural Resources 36(3): 793-810):
U_i range-normalised over the whole panel, C = m * (prod U_i / (sum U_i)^m)^(1/m) — written here in that
form, not in the core's m * (prod U)^(1/m) / sum U — T = sum w_i U_i, D = sqrt(C * T), classes in bands of 0.1
(np.digitize on the bounds k/10). Cross-checked for m = 2 against C = 2 sqrt(U1 U2) / (U1 + U2).
Writes Fixtures/evolution/coupling.json.

Cases on examples/nqpf_panel.csv (45 cities x 11 years, no missing values in the columns used):
- "df_nqp": subsystems DF and NQP, equal weights, period means overall and by region;
- "three_weighted": DF, NQP and UL with weights 0.5, 0.3, 0.2;
- "raw_small": a hand-made panel of levels already in [0, 1] (normalise false), one observation with every level 0, two on
  band bounds.
Run from the repository root: python3 references/evolution/coupling_reference.py
"""
import csv
import json

import numpy as np

OUT = "Tests/PanelCoreTests/Fixtures/evolution/coupling.json"
BANDS = np.arange(1, 10) / 10


def degrees(levels, weights):
    """levels: n x m array of U. Returns C (NaN where every U is 0), T, D and the class index."""
    m = levels.shape[1]
    total = levels.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        C = m * (levels.prod(axis=1) / total ** m) ** (1 / m)
    C = np.where(total > 0, C, np.nan)
    T = levels @ np.asarray(weights)
    D = np.sqrt(np.where(np.isnan(C), 0.0, C) * T)
    return C, T, D, np.digitize(D, BANDS)


def normalised(x):
    return (x - x.min()) / (x.max() - x.min())


def means(C, T, D, members):
    c = C[members]
    c = c[~np.isnan(c)]
    return {"n": int(len(members)), "coupling": float(c.mean()) if c.size else None,
            "development": float(T[members].mean()), "coordination": float(D[members].mean())}


def case(levels, weights, years, groups=None):
    C, T, D, band = degrees(levels, weights)
    observations = [{"levels": [float(u) for u in levels[i]], "coupling": None if np.isnan(C[i]) else float(C[i]),
                     "development": float(T[i]), "coordination": float(D[i]), "band": int(band[i])}
                    for i in range(levels.shape[0])]
    periods = []
    for year in sorted(set(years)):
        members = np.flatnonzero(years == year)
        entry = {"period": int(year), **means(C, T, D, members)}
        if groups is not None:
            entry["groups"] = [{"group": g, **means(C, T, D, members[groups[members] == g])} for g in sorted(set(groups))]
        periods.append(entry)
    return {"observations": observations, "periods": periods}


def main():
    with open("examples/nqpf_panel.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    years = np.array([int(r["year"]) for r in rows])
    regions = np.array([r["region"] for r in rows])
    column = {name: np.array([float(r[name]) for r in rows]) for name in ["DF", "NQP", "UL"]}
    two = np.column_stack([normalised(column["DF"]), normalised(column["NQP"])])
    C, _, _, _ = degrees(two, [0.5, 0.5])
    total = two.sum(axis=1)
    simple = np.where(total > 0, 2 * np.sqrt(two[:, 0] * two[:, 1]) / np.where(total > 0, total, 1), np.nan)
    assert np.allclose(C, simple, rtol=1e-13, atol=0, equal_nan=True)
    cases = {
        "df_nqp": case(two, [0.5, 0.5], years, regions),
        "three_weighted": case(np.column_stack([normalised(column[n]) for n in ["DF", "NQP", "UL"]]), [0.5, 0.3, 0.2], years),
    }
    # Unit d sits on band bounds: D = sqrt(0.04) = 0.2 and sqrt(0.01) = 0.1 (classes 2 and 1).
    small = {"id": ["a", "b", "c", "d", "a", "b", "c", "d"], "t": [1, 1, 1, 1, 2, 2, 2, 2],
             "x": [0.0, 0.2, 0.9, 0.04, 0.5, 0.35, 1.0, 0.01], "y": [0.0, 0.6, 0.8, 0.04, 0.5, 0.05, 1.0, 0.01]}
    cases["raw_small"] = {"data": small, **case(np.column_stack([small["x"], small["y"]]), [0.5, 0.5], np.array(small["t"]))}
    with open(OUT, "w") as f:
        json.dump(cases, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
