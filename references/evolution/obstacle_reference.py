"""Reference obstacle degrees for Tests/PanelCoreTests/Evolution/ObstacleDegreeTests.swift.

NumPy, written from the obstacle degree model: x' the indicator range-normalised over all rows in its direction,
factor contribution F_j = w_j, deviation I_ij = 1 - x'_ij, O_ij = F_j I_ij / sum_k F_k I_ik; means over the
observations of each year, of each region and of the whole panel; ranks by decreasing mean. The entropy weights are
this script's own (shift 0.0001, e = -sum p ln p / ln n, w = d / sum d) and are checked before writing against the
pooled weights of the core's entropy-index fixture (Fixtures/indices/entropy_pooled.txt, written by
references/indices/make_index_fixtures.py) to 1e-13 relative. Writes Fixtures/evolution/obstacle.json.

Cases on examples/nqpf_panel.csv (rows missing an indicator dropped: 491 of 495 remain):
- "entropy16": the 16 NQP indicators with their directions and dimensions, entropy weights, by year and region;
- "given6": six indicators with given weights 3, 1, 1, 2, 2, 1 (not normalised: O is scale-free).
Run from the repository root: python3 references/evolution/obstacle_reference.py
"""
import csv
import json
import sys

import numpy as np

sys.path.insert(0, "references/indices")
from make_index_fixtures import INDICATORS  # noqa: E402  (names, directions, dimensions of the 16 indicators)

OUT = "Tests/PanelCoreTests/Fixtures/evolution/obstacle.json"
GIVEN = [("it_employment_share", 3.0), ("college_students_per10k", 1.0), ("tertiary_gdp_share", 1.0),
         ("so2_intensity", 2.0), ("rd_intensity", 2.0), ("broadband_per10k", 1.0)]


def entropy_weights(z, shift=0.0001):
    y = z + shift
    p = y / y.sum(axis=0)
    e = -(p * np.log(p)).sum(axis=0) / np.log(z.shape[0])
    return (1 - e) / (1 - e).sum()


def normalise(x, positive):
    low, high = x.min(axis=0), x.max(axis=0)
    return np.where(positive, (x - low) / (high - low), (high - x) / (high - low))


def profile(O, members, dimensions):
    mean = O[members].mean(axis=0)
    order = sorted(range(mean.size), key=lambda j: (-mean[j], j))
    result = {"n": int(len(members)), "obstacle": [float(v) for v in mean], "ranking": order}
    if dimensions:
        names = list(dict.fromkeys(dimensions))
        result["dimensions"] = [float(sum(mean[j] for j in range(mean.size) if dimensions[j] == d)) for d in names]
    return result


def case(rows, indicators, weights=None):
    names = [i[0] for i in indicators]
    positive = np.array([i[1] for i in indicators])
    dimensions = [i[2] for i in indicators]
    x = np.array([[float(r[n]) for n in names] for r in rows])
    z = normalise(x, positive)
    w = entropy_weights(z) if weights is None else np.asarray(weights)
    F = w * (1 - z)
    O = F / F.sum(axis=1, keepdims=True)
    years = np.array([int(r["year"]) for r in rows])
    regions = np.array([r["region"] for r in rows])
    everyone = np.arange(len(rows))
    return {
        "weights": [float(v) for v in w],
        "overall": profile(O, everyone, dimensions),
        "periods": [{"period": int(t), **profile(O, np.flatnonzero(years == t), dimensions)} for t in sorted(set(years))],
        "groups": [{"group": g, **profile(O, np.flatnonzero(regions == g), dimensions)} for g in sorted(set(regions))],
    }


def main():
    names = [i[0] for i in INDICATORS]
    with open("examples/nqpf_panel.csv", newline="") as f:
        rows = [r for r in csv.DictReader(f) if all(r[n] not in ("", "NA", ".") for n in names)]
    assert len(rows) == 491
    result = case(rows, INDICATORS)
    with open("Tests/PanelCoreTests/Fixtures/indices/entropy_pooled.txt") as f:
        core = [float(v) for v in next(line for line in f if line.startswith("weight ")).split()[1:]]
    assert np.allclose(result["weights"], core, rtol=1e-13, atol=0), "entropy weights differ from the index fixture"
    # The four incomplete rows each miss one of the six indicators, so they keep the same 491 rows.
    by_name = {i[0]: i for i in INDICATORS}
    given = case(rows, [by_name[n] for n, _ in GIVEN], [w for _, w in GIVEN])
    with open(OUT, "w") as f:
        json.dump({"entropy16": {"indicators": [{"name": n, "direction": "+" if p else "-", "dimension": d}
                                                for n, p, d in INDICATORS], **result},
                   "given6": {"indicators": [{"name": n, "direction": "+" if by_name[n][1] else "-", "dimension": by_name[n][2]}
                                             for n, _ in GIVEN],
                              "given": [w for _, w in GIVEN], **given}}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
