"""Reference numbers for PanelCore's heterogeneity analysis (estimator "heterogeneity"), written independently of
PanelCore, on the simulated panel of make_mediation_fixtures.py (imported) with a region column.

For each case: the ABI request (<case>.request.json) and the expected numbers (<case>.expected.json) under
Tests/PanelCoreTests/Fixtures/mechanisms/:
- each group's regression: exact dummy least squares with reghdfe's rules (references/panel/feols_reference.py),
  checked against pyfixest feols (rtol 1e-6); without fixed effects statsmodels OLS (HC1);
- (a) the fully interacted model written out as an explicit design (regressors times group indicators, fixed
  effects keyed by (fe, group)) fitted by the same exact routine; difference variance V_gg + V_00 - 2 V_g0, t(df);
- (b) the suest-style joint covariance written out: per group, the slopes after partialling out that group's FE
  dummies; per cluster phi_g(c) = row of (X'X)^-1 sum_{i in c} x_i e_i; Var = G/(G-1) sum_c (phi_g - phi_0)^2, z test;
- (c) the permutation test with the SAME draws as PanelCore: permutation r uses the xoshiro256** stream of the seed
  jumped r + 1 times (references/random, imported); labels of units (first-appearance order) shuffled by
  Fisher-Yates, i = U-1..1, j = int_below(i + 1); slopes refitted with explicit dummies; p = (1 + #{|d*| >= |d|})/(1 + R).
Run from the repository root: python3 references/mechanisms/make_heterogeneity_fixtures.py
"""
import json
import os
import sys

import numpy as np
import pandas as pd
import pyfixest as pf
import statsmodels.api as sm
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "panel"))
from make_mediation_fixtures import OUT, simulate, substreams  # noqa: E402  (shared panel and draw streams)
from feols_reference import dummies, fit  # noqa: E402


def data():
    frame = simulate()
    frame["region"] = np.where(frame["city"] <= 10, "NW", "SW")
    frame["tier"] = frame["city"] % 3
    return frame


def exact(d, response, names, fe, vcov):
    """(names -> (estimate, se), V, df_t) of one regression."""
    if fe:
        clusters = {vcov["cluster"]: d[vcov["cluster"]].to_numpy()} if isinstance(vcov, dict) else {}
        ref = fit(d[response].to_numpy(), d[names].to_numpy(), names, [d[f].to_numpy() for f in fe], vcov, clusters, None)
        return dict(zip(ref["names"], zip(ref["beta"], ref["se"]))), np.asarray(ref["V"]), ref["df_t"], ref["names"]
    res = sm.OLS(d[response].to_numpy(), d[names].to_numpy()).fit(cov_type="HC1")
    return dict(zip(names, zip(res.params, res.bse))), res.cov_params(), int(res.df_resid), names


def slope(d, rows, case):
    X = [d[case["treatment"]].to_numpy()[rows][:, None]] + [d[c].to_numpy()[rows][:, None] for c in case["controls"]]
    keys = [d[f].to_numpy()[rows] for f in case["fixed_effects"]]
    D = [dummies(keys[0])] + [dummies(k)[:, 1:] for k in keys[1:]] if keys else [np.ones((len(rows), 1))]
    beta, *_ = np.linalg.lstsq(np.hstack(X + D), d[case["outcome"]].to_numpy()[rows], rcond=None)
    return beta[0]


def write_case(name, frame, case, panel):
    x, g = case["treatment"], case["group"]
    d = frame.dropna(subset=[case["outcome"], x, *case["controls"], *case["fixed_effects"], g]).reset_index(drop=True)
    labels = list(pd.unique(d[g]))
    rows_of = [np.flatnonzero(d[g].to_numpy() == v) for v in labels]
    vcov, fe = case["vcov"], case["fixed_effects"]
    names = [x, *case["controls"]] + ([] if fe else ["const"])
    if not fe:
        d["const"] = 1.0
    groups = []
    for rows in rows_of:
        sub = d.iloc[rows].reset_index(drop=True)
        table, _, _, _ = exact(sub, case["outcome"], names, fe, vcov)
        if fe:
            model = pf.feols(f"{case['outcome']} ~ {' + '.join(names)} | {' + '.join(fe)}", data=sub,
                             vcov={"CRV1": vcov["cluster"]} if isinstance(vcov, dict) else "hetero")
            np.testing.assert_allclose(model.coef().to_numpy(), [table[n][0] for n in names], rtol=1e-6)
            np.testing.assert_allclose(model.se().to_numpy(), [table[n][1] for n in names], rtol=1e-6)
        groups.append({"nobs": len(rows), x: [float(v) for v in table[x]]})
    # (a) fully interacted model
    inter = pd.DataFrame({case["outcome"]: d[case["outcome"]]})
    gen = []
    for n in names:
        for k, v in enumerate(labels):
            inter[f"{n}_{k}"] = d[n] * (d[g] == v)
            gen.append(f"{n}_{k}")
    for f in fe:
        inter[f] = d[f].astype(str) + "|" + d[g].astype(str)
    if isinstance(vcov, dict):
        inter[vcov["cluster"]] = d[vcov["cluster"]]
    fitted, V, df, kept = exact(inter, case["outcome"], gen, fe, vcov)
    beta = {n: fitted[n][0] for n in kept}
    t_dist = stats.t(df)
    # (b) suest-style
    clusters = pd.factorize(d[vcov["cluster"]])[0] if isinstance(vcov, dict) else np.arange(len(d))
    G = clusters.max() + 1
    phis, estimates = [], []
    for rows in rows_of:
        X = np.column_stack([d[n].to_numpy()[rows] for n in [x, *case["controls"]]] + ([] if fe else [np.ones(len(rows))]))
        y = d[case["outcome"]].to_numpy()[rows]
        if fe:
            keys = [d[f].to_numpy()[rows] for f in fe]
            Dm = np.column_stack([dummies(k) for k in keys])
            proj = lambda M: M - Dm @ np.linalg.lstsq(Dm, M, rcond=None)[0]  # noqa: E731
            X, y = proj(X), proj(y[:, None])[:, 0]
        b = np.linalg.solve(X.T @ X, X.T @ y)
        e = y - X @ b
        scores = np.zeros((G, X.shape[1]))
        np.add.at(scores, clusters[rows], X * e[:, None])
        phis.append(scores @ np.linalg.inv(X.T @ X)[0])
        estimates.append(b[0])
    # (c) permutations with the same draws
    unit_col = case["options"].get("unit") or (vcov["cluster"] if isinstance(vcov, dict) else (panel["id"] if panel else None))
    units = pd.factorize(d[unit_col])[0] if unit_col else np.arange(len(d))
    U = units.max() + 1
    group_codes = pd.factorize(d[g])[0]
    label_of_unit = np.array([group_codes[np.flatnonzero(units == u)[0]] for u in range(U)])
    observed = [slope(d, r, case) for r in rows_of]
    perm = []
    for stream in substreams(case["options"]["seed"], case["options"]["replications"]):
        lab = label_of_unit.copy()
        for i in range(U - 1, 0, -1):
            j = stream.int_below(i + 1)
            lab[i], lab[j] = lab[j], lab[i]
        row_group = lab[units]
        s = [slope(d, np.flatnonzero(row_group == k), case) for k in range(len(labels))]
        perm.append([v - s[0] for v in s])
    perm = np.array(perm)
    differences = []
    for k in range(1, len(labels)):
        i, r = kept.index(f"{x}_{k}"), kept.index(f"{x}_0")
        diff = beta[f"{x}_{k}"] - beta[f"{x}_0"]
        se_a = float(np.sqrt(V[i, i] + V[r, r] - 2 * V[i, r]))
        var_b = G / (G - 1) * float(np.sum((phis[k] - phis[0]) ** 2))
        diff_b = estimates[k] - estimates[0]
        d_obs = observed[k] - observed[0]
        p_perm = (1 + int(np.sum(np.abs(perm[:, k]) >= abs(d_obs)))) / (1 + len(perm))
        differences.append({"difference": float(diff), "interacted": [se_a, float(diff / se_a), float(2 * t_dist.sf(abs(diff / se_a)))],
                            "seemingly_unrelated": [float(np.sqrt(var_b)), float(diff_b / np.sqrt(var_b)),
                                                    float(2 * stats.norm.sf(abs(diff_b / np.sqrt(var_b))))],
                            "permutation_p_value": p_perm})
    columns = {k: [None if v != v else (int(v) if k in ("city", "year", "tier") else (v if isinstance(v, str) else float(v)))
                   for v in frame[k]] for k in frame.columns}
    spec = {"estimator": "heterogeneity", **{k: case[k] for k in ("outcome", "treatment", "controls", "fixed_effects", "group", "vcov", "options")}}
    request = {"abi": 1, "data": {"columns": columns}, "model": spec}
    if panel:
        request["panel"] = panel
    expected = {"nobs": len(d), "groups": groups, "differences": differences}
    with open(OUT + name + ".request.json", "w") as f:
        json.dump(request, f, separators=(",", ":"))
        f.write("\n")
    with open(OUT + name + ".expected.json", "w") as f:
        json.dump(expected, f, indent=1)
        f.write("\n")


def main():
    frame = data()
    write_case("heterogeneity-twoway-cluster", frame, {
        "outcome": "y", "treatment": "x", "controls": ["c1"], "fixed_effects": ["city", "year"], "group": "region",
        "vcov": {"cluster": "city"}, "options": {"replications": 99, "seed": 5}}, {"id": "city", "time": "year"})
    write_case("heterogeneity-three-groups-hc1", frame, {
        "outcome": "y", "treatment": "x", "controls": ["m1"], "fixed_effects": [], "group": "tier",
        "vcov": "hc1", "options": {"replications": 60, "seed": 8}}, None)


if __name__ == "__main__":
    main()
