"""Reference Dagum (1997) Gini decompositions for Tests/PanelCoreTests/Evolution/DagumGiniTests.swift.

An independent NumPy implementation written from Dagum's formulas (Empirical Economics 22: 515-531, 1997), with
every sum of absolute differences taken over the full |y_i - y_r| matrix (broadcasting), D_jh from the gross
excesses d_jh and p_jh as Dagum defines them, and groups ordered by mean as in the paper. Each case is
cross-checked before writing against a plain double-loop implementation in pure Python (1e-12 relative) and the
overall Gini against PySAL `inequality.gini.Gini` (1e-12 relative). Writes Fixtures/evolution/dagum.json.

Cases: NQP of examples/nqpf_panel.csv by region and by province, year by year and pooled; and a small hand-made
case (groups with a single observation, a zero value and equal means).
Run from the repository root: python3 references/evolution/dagum_reference.py
"""
import csv
import json

import numpy as np
from inequality.gini import Gini

OUT = "Tests/PanelCoreTests/Fixtures/evolution/dagum.json"


def dagum(values, groups):
    """values, groups: 1-d arrays. Returns the decomposition with groups in sorted label order."""
    y = np.asarray(values, dtype=float)
    labels = sorted(set(groups))
    parts = [y[np.asarray(groups) == g] for g in labels]
    n, mu = y.size, y.mean()
    total = np.abs(y[:, None] - y[None, :]).sum()
    G = total / (2 * n * n * mu)
    k = len(parts)
    size = np.array([p.size for p in parts], dtype=float)
    means = np.array([p.mean() for p in parts])
    p_share = size / n
    s_share = size * means / (n * mu)
    Gjh = np.zeros((k, k))
    D = np.zeros((k, k))
    for j in range(k):
        for h in range(k):
            diff = parts[j][:, None] - parts[h][None, :]
            Gjh[j, h] = np.abs(diff).sum() / (size[j] * size[h] * (means[j] + means[h]))
            # Dagum: j the richer group (mu_j >= mu_h); d_jh the gross excess of j over h, p_jh its transvariation.
            richer, poorer = (j, h) if means[j] >= means[h] else (h, j)
            excess = parts[richer][:, None] - parts[poorer][None, :]
            d = excess[excess > 0].sum()
            p = -excess[excess < 0].sum()
            D[j, h] = (d - p) / (d + p) if d + p > 0 else 0.0
    Gw = sum(Gjh[j, j] * p_share[j] * s_share[j] for j in range(k))
    Gnb = sum(Gjh[j, h] * (p_share[j] * s_share[h] + p_share[h] * s_share[j]) * D[j, h]
              for j in range(k) for h in range(j + 1, k))
    Gt = sum(Gjh[j, h] * (p_share[j] * s_share[h] + p_share[h] * s_share[j]) * (1 - D[j, h])
             for j in range(k) for h in range(j + 1, k))
    return {
        "n": int(n), "mean": float(mu), "gini": float(G), "within": float(Gw), "net_between": float(Gnb),
        "transvariation": float(Gt),
        "groups": [{"group": g, "n": int(size[j]), "mean": float(means[j]), "gini": float(Gjh[j, j])}
                   for j, g in enumerate(labels)],
        "pairs": [{"groups": [labels[j], labels[h]], "gini": float(Gjh[j, h]), "relative_affluence": float(D[j, h])}
                  for j in range(k) for h in range(j + 1, k)],
    }


def double_loop(values, groups):
    """The same quantities by explicit loops over pairs of observations (no NumPy)."""
    labels = sorted(set(groups))
    members = {g: [v for v, gg in zip(values, groups) if gg == g] for g in labels}
    n = len(values)
    mu = sum(values) / n
    total = sum(abs(a - b) for a in values for b in values)
    mean = {g: sum(members[g]) / len(members[g]) for g in labels}
    p = {g: len(members[g]) / n for g in labels}
    s = {g: len(members[g]) * mean[g] / (n * mu) for g in labels}
    gini_w, gini_nb, gini_t = 0.0, 0.0, 0.0
    for g in labels:
        a = members[g]
        gjj = sum(abs(x - y) for x in a for y in a) / (2 * len(a) ** 2 * mean[g])
        gini_w += gjj * p[g] * s[g]
    for j, g in enumerate(labels):
        for h in labels[j + 1:]:
            a, b = members[g], members[h]
            cross = sum(abs(x - y) for x in a for y in b)
            gjh = cross / (len(a) * len(b) * (mean[g] + mean[h]))
            rich, poor = (a, b) if mean[g] >= mean[h] else (b, a)
            d = sum(x - y for x in rich for y in poor if x > y)
            q = sum(y - x for x in rich for y in poor if y > x)
            djh = (d - q) / (d + q) if d + q > 0 else 0.0
            weight = p[g] * s[h] + p[h] * s[g]
            gini_nb += gjh * weight * djh
            gini_t += gjh * weight * (1 - djh)
    return total / (2 * n * n * mu), gini_w, gini_nb, gini_t


def close(a, b, tolerance=1e-12):
    return abs(a - b) <= tolerance * max(abs(b), 1e-300)


def checked(values, groups):
    result = dagum(values, groups)
    loop = double_loop(list(map(float, values)), list(groups))
    for key, value in zip(["gini", "within", "net_between", "transvariation"], loop):
        assert close(result[key], value), (key, result[key], value)
    assert close(result["gini"], float(Gini(np.asarray(values, dtype=float)).g)), "PySAL Gini"
    parts = result["within"] + result["net_between"] + result["transvariation"]
    assert close(parts, result["gini"]), ("G = Gw + Gnb + Gt", parts, result["gini"])
    return result


def main():
    with open("examples/nqpf_panel.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    years = sorted({int(r["year"]) for r in rows})
    cases = {}
    for group in ["region", "province"]:
        by_year = []
        for year in years:
            sample = [r for r in rows if int(r["year"]) == year]
            result = checked([float(r["NQP"]) for r in sample], [r[group] for r in sample])
            by_year.append({"period": year, **result})
        cases[group] = {"by_year": by_year,
                        "pooled": checked([float(r["NQP"]) for r in rows], [r[group] for r in rows])}
    # Hand-made: group C has one observation, A holds a zero, B and D have equal means (D_BD from transvariation only).
    small_values = [0.0, 2.0, 3.0, 4.0, 8.0, 5.0, 6.0, 6.0]
    small_groups = ["A", "A", "A", "B", "B", "C", "D", "D"]
    cases["small"] = {"values": small_values, "groups": small_groups, "pooled": checked(small_values, small_groups)}
    with open(OUT, "w") as f:
        json.dump(cases, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
