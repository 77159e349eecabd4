"""Reference numbers for PanelCore's moderation analysis (estimator "moderation"), written independently of PanelCore.

Data: the simulated panel of make_mediation_fixtures.py (imported) with an outcome that has a treatment x moderator
interaction. For each case: the ABI request (<case>.request.json) and the expected numbers (<case>.expected.json)
under Tests/PanelCoreTests/Fixtures/mechanisms/:
- the interaction regression by exact dummy least squares with reghdfe's rules (references/panel/feols_reference.py),
  cross-checked against pyfixest feols (rtol 1e-6); without fixed effects statsmodels OLS (HC1);
- centring: treatment and moderator minus their means over the estimation sample (rows with every variable);
- simple slopes b1 + b3 w with variance V11 + 2 w V13 + w^2 V33 and t(df) inference (scipy.stats.t);
- the Johnson-Neyman bounds as the roots (numpy.roots) of (b1 + b3 w)^2 - t^2 (V11 + 2 w V13 + w^2 V33), checked by
  evaluating |t(w)| = t_crit at each bound.
Run from the repository root: python3 references/mechanisms/make_moderation_fixtures.py
"""
import json
import os
import sys

import numpy as np
import pyfixest as pf
import statsmodels.api as sm
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "panel"))
from make_mediation_fixtures import OUT, simulate  # noqa: E402  (the shared simulated panel)
from feols_reference import fit  # noqa: E402


def data():
    frame = simulate()
    rng = np.random.default_rng(99)
    frame["w"] = (0.5 * frame["c1"] + rng.normal(size=len(frame))).round(6)
    frame["q"] = (frame["y"] + 0.35 * frame["x"] * frame["w"] - 0.3 * frame["w"]).round(6)
    frame.loc[40, "w"] = np.nan
    return frame


def regression(d, case):
    x, w = case["treatment"], case["moderator"]
    d = d.copy()
    d["xw"] = d[x] * d[w]
    names = [x, w, "xw", *case["controls"]]
    vcov = case["vcov"]
    if case["fixed_effects"]:
        clusters = {vcov["cluster"]: d[vcov["cluster"]].to_numpy()} if isinstance(vcov, dict) else {}
        ref = fit(d[case["outcome"]].to_numpy(), d[names].to_numpy(), names, [d[f].to_numpy() for f in case["fixed_effects"]],
                  vcov, clusters, None)
        beta, V, df = np.asarray(ref["beta"]), np.asarray(ref["V"]), ref["df_t"]
        model = pf.feols(f"{case['outcome']} ~ {' + '.join(names)} | {' + '.join(case['fixed_effects'])}", data=d,
                         vcov={"CRV1": vcov["cluster"]} if isinstance(vcov, dict) else "hetero")
        np.testing.assert_allclose(model.coef().to_numpy(), beta, rtol=1e-6)
        np.testing.assert_allclose(model.se().to_numpy(), np.sqrt(np.diag(V)), rtol=1e-6)
        return beta[[0, 2]], V[np.ix_([0, 2], [0, 2])], df, dict(zip(names, zip(beta, np.sqrt(np.diag(V)))))
    res = sm.OLS(d[case["outcome"]].to_numpy(), sm.add_constant(d[names].to_numpy())).fit(cov_type="HC1")
    beta, V = res.params[1:], res.cov_params()[1:, 1:]
    return beta[[0, 2]], V[np.ix_([0, 2], [0, 2])], int(res.df_resid), dict(zip(names, zip(beta, np.sqrt(np.diag(V)))))


def write_case(name, frame, case, panel):
    cols = [case["outcome"], case["treatment"], case["moderator"], *case["controls"], *case["fixed_effects"]]
    if isinstance(case["vcov"], dict):
        cols.append(case["vcov"]["cluster"])
    d = frame.dropna(subset=cols).reset_index(drop=True)
    mean, sd = float(d[case["moderator"]].mean()), float(d[case["moderator"]].std(ddof=1))
    shift = 0.0
    if case["options"].get("center"):
        d[case["treatment"]] -= d[case["treatment"]].mean()
        d[case["moderator"]] -= mean
        shift = mean
    (b1, b3), V, df, table = regression(d, case)
    level = case["options"].get("level", 0.95)
    tcrit = stats.t.ppf(0.5 + level / 2, df)
    at = case["options"].get("at", [mean - sd, mean, mean + sd])
    slopes = []
    for value in at:
        wv = value - shift
        slope = b1 + b3 * wv
        se = float(np.sqrt(V[0, 0] + 2 * wv * V[0, 1] + wv * wv * V[1, 1]))
        slopes.append({"at": value, "slope": float(slope), "std_error": se, "statistic": float(slope / se),
                       "p_value": float(2 * stats.t.sf(abs(slope / se), df)),
                       "conf_low": float(slope - tcrit * se), "conf_high": float(slope + tcrit * se)})
    coefficients = [b3 ** 2 - tcrit ** 2 * V[1, 1], 2 * (b1 * b3 - tcrit ** 2 * V[0, 1]), b1 ** 2 - tcrit ** 2 * V[0, 0]]
    roots = np.roots(coefficients)
    real = sorted(float(r.real) for r in roots if abs(r.imag) < 1e-12)
    shape = ("outside" if coefficients[0] > 0 else "inside") if real else ("everywhere" if coefficients[0] > 0 else "none")
    for r in real:
        t_at = (b1 + b3 * r) / np.sqrt(V[0, 0] + 2 * r * V[0, 1] + r * r * V[1, 1])
        assert abs(abs(t_at) - tcrit) < 1e-9, (t_at, tcrit)
    columns = {k: [None if v != v else (int(v) if k in ("city", "year") else float(v)) for v in frame[k]] for k in frame.columns}
    spec = {"estimator": "moderation", **{k: case[k] for k in ("outcome", "treatment", "moderator", "controls", "fixed_effects", "vcov", "options")}}
    request = {"abi": 1, "data": {"columns": columns}, "panel": panel, "model": spec}
    expected = {"nobs": len(d), "coefficients": {k: [float(a), float(b)] for k, (a, b) in table.items()},
                "moderator_mean": mean, "moderator_sd": sd, "simple_slopes": slopes,
                "johnson_neyman": {"significant": shape, "bounds": [r + shift for r in real], "critical_value": float(tcrit)}}
    with open(OUT + name + ".request.json", "w") as f:
        json.dump(request, f, separators=(",", ":"))
        f.write("\n")
    with open(OUT + name + ".expected.json", "w") as f:
        json.dump(expected, f, indent=1)
        f.write("\n")


def main():
    frame = data()
    write_case("moderation-twoway-centred", frame, {
        "outcome": "q", "treatment": "x", "moderator": "w", "controls": ["c1"], "fixed_effects": ["city", "year"],
        "vcov": {"cluster": "city"}, "options": {"center": True}}, {"id": "city", "time": "year"})
    write_case("moderation-hc1-at-values", frame, {
        "outcome": "q", "treatment": "x", "moderator": "w", "controls": ["m1"], "fixed_effects": [],
        "vcov": "hc1", "options": {"at": [-1.5, 0, 2], "level": 0.9}}, None)


if __name__ == "__main__":
    main()
