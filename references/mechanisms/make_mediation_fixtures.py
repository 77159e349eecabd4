"""Reference numbers for PanelCore's mediation analysis (estimator "mediation"), written independently of PanelCore.

Data: simulated with seeded numpy (a balanced panel with unit and year effects, two mediators, one control, one
missing mediator value so the common sample matters). For each case the script writes the ABI request
(Tests/PanelCoreTests/Fixtures/mechanisms/<case>.request.json) and the expected numbers (<case>.expected.json):
- the causal-steps equations: exact least squares with explicit fixed-effect dummies and reghdfe's small-sample
  rules (references/panel/feols_reference.py), cross-checked against pyfixest feols (rtol 1e-6); without fixed
  effects statsmodels OLS (HC1);
- Sobel, Aroian and Goodman tests written out from the path coefficients and standard errors;
- the bootstrap: the SAME draws as PanelCore — replication r uses the xoshiro256** stream of the seed jumped r + 1
  times (references/random/make_random_fixtures.py's generator, imported); resampling clusters, G draws of
  int_below(G), the j-th drawn cluster's rows stacked in sample order and given the fresh unit id j; resampling
  observations, n draws of int_below(n). Each draw is refitted with explicit dummies (np.linalg.lstsq), so the
  bootstrap SEs and the percentile / BC / BCa intervals must agree with PanelCore's to rounding, not just in
  distribution. Quantiles are Hyndman-Fan type 2 written out here and cross-checked against numpy's
  method="averaged_inverted_cdf"; BC's z0 = Phi^-1(#{theta* <= theta_hat}/B); BCa's acceleration from the
  leave-one-unit-out jackknife.
Run from the repository root: python3 references/mechanisms/make_mediation_fixtures.py
"""
import json
import os
import sys

import numpy as np
import pandas as pd
import pyfixest as pf
import scipy
import statsmodels
import statsmodels.api as sm
from scipy.stats import norm

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "random"))
sys.path.insert(0, os.path.join(HERE, "..", "panel"))
from make_random_fixtures import Xoshiro  # noqa: E402  (the reference generator)
from feols_reference import dummies, fit  # noqa: E402  (exact FE least squares with reghdfe's rules)

OUT = "Tests/PanelCoreTests/Fixtures/mechanisms/"


def simulate(units=24, periods=6, seed=20261121):
    rng = np.random.default_rng(seed)
    unit = np.repeat(np.arange(1, units + 1), periods)
    year = np.tile(np.arange(2013, 2013 + periods), units)
    ue, ye = rng.normal(size=units)[unit - 1], rng.normal(size=periods)[year - 2013]
    x = 0.8 * ue + 0.5 * ye + rng.normal(size=unit.size)
    c1 = rng.normal(size=unit.size) + 0.3 * x
    m1 = 0.6 * x + 0.4 * ue + 0.2 * c1 + rng.normal(size=unit.size)
    m2 = -0.5 * x + 0.3 * ye + rng.normal(size=unit.size) * (1 + 0.3 * np.abs(ue))
    y = 0.25 * x + 0.5 * m1 - 0.4 * m2 + 0.2 * c1 + ue + ye + rng.normal(size=unit.size)
    frame = pd.DataFrame({"city": unit, "year": year, "y": y, "x": x, "m1": m1, "m2": m2, "c1": c1})
    frame = frame.round(6)  # exact decimal data as fed to both sides
    frame.loc[17, "m2"] = np.nan
    return frame


def substreams(seed, count):
    stream = Xoshiro(seed)
    for _ in range(count):
        stream.jump()
        copy = Xoshiro(0)
        copy.s = list(stream.s)
        yield copy


def quantile(sorted_values, p):
    """Hyndman-Fan type 2; B*p within 1e-9 of a whole number counts as whole."""
    b = len(sorted_values)
    position = b * p
    whole = np.floor(position + 0.5)
    if abs(position - whole) <= 1e-9 * max(1.0, position):
        k = int(whole)
        if k < 1:
            return sorted_values[0]
        if k >= b:
            return sorted_values[-1]
        return (sorted_values[k - 1] + sorted_values[k]) / 2
    k = int(np.ceil(position))
    return sorted_values[min(max(k, 1), b) - 1]


def check_quantile(values):
    s = np.sort(values)
    for p in (0.013, 0.2718, 0.5, 0.9371):
        assert quantile(s, p) == np.quantile(s, p, method="averaged_inverted_cdf"), p


class Model:
    """The mediation equations refitted with explicit dummies on chosen rows."""

    def __init__(self, frame, case):
        self.case = case
        cols = [case["outcome"], case["treatment"], *case["mediators"], *case["controls"], *case["fixed_effects"]]
        if case.get("cluster"):
            cols.append(case["cluster"])
        self.data = frame.dropna(subset=cols).reset_index(drop=True)
        d = self.data
        self.y = d[case["outcome"]].to_numpy()
        self.x = d[case["treatment"]].to_numpy()
        self.m = [d[m].to_numpy() for m in case["mediators"]]
        self.c = [d[c].to_numpy() for c in case["controls"]]
        self.fe = [pd.factorize(d[f])[0] for f in case["fixed_effects"]]
        unit = case.get("cluster")
        self.unit = pd.factorize(d[unit])[0] if unit else np.arange(len(d))
        self.unit_count = int(self.unit.max()) + 1
        self.rows_of_unit = [np.flatnonzero(self.unit == g) for g in range(self.unit_count)]

    def effects(self, rows, fresh=None):
        fe = []
        for name, codes in zip(self.case["fixed_effects"], self.fe):
            fe.append(fresh if (fresh is not None and name == self.case.get("cluster")) else codes[rows])
        D = [dummies(fe[0])] + [dummies(k)[:, 1:] for k in fe[1:]] if fe else [np.ones((len(rows), 1))]
        C = [v[rows][:, None] for v in self.c] + D
        x = self.x[rows][:, None]

        def slopes(response, regressors):
            beta, *_ = np.linalg.lstsq(np.hstack(regressors + C), response[rows], rcond=None)
            return beta

        total = slopes(self.y, [x])[0]
        a = [slopes(m, [x])[0] for m in self.m]
        full = slopes(self.y, [x] + [m[rows][:, None] for m in self.m])
        direct, b = full[0], list(full[1:1 + len(self.m)])
        indirect = [ai * bi for ai, bi in zip(a, b)]
        return [total, direct, *indirect] + ([sum(indirect)] if len(indirect) > 1 else [])

    def draw(self, stream, resample):
        if resample == "observation":
            return np.array([stream.int_below(len(self.y)) for _ in range(len(self.y))]), None
        rows, fresh = [], []
        for j in range(self.unit_count):
            g = stream.int_below(self.unit_count)
            rows.extend(self.rows_of_unit[g])
            fresh.extend([j] * len(self.rows_of_unit[g]))
        return np.array(rows), np.array(fresh)


def equations(frame_used, case):
    """Treatment and mediator rows (estimate, se) of the three equations, exact with reghdfe rules."""
    out, fe = {}, case["fixed_effects"]
    d = frame_used
    vcov = case["vcov"]
    specs = [("total", case["outcome"], [case["treatment"]])]
    specs += [(f"path:{m}", m, [case["treatment"]]) for m in case["mediators"]]
    specs += [("outcome", case["outcome"], [case["treatment"], *case["mediators"]])]
    for key, response, regs in specs:
        names = regs + case["controls"]
        if fe:
            clusters = {vcov["cluster"]: d[vcov["cluster"]].to_numpy()} if isinstance(vcov, dict) else {}
            ref = fit(d[response].to_numpy(), d[names].to_numpy(), names, [d[f].to_numpy() for f in fe], vcov, clusters, None)
            est, se = dict(zip(ref["names"], ref["beta"])), dict(zip(ref["names"], ref["se"]))
            pvcov = {"CRV1": vcov["cluster"]} if isinstance(vcov, dict) else "hetero"
            model = pf.feols(f"{response} ~ {' + '.join(names)} | {' + '.join(fe)}", data=d, vcov=pvcov)
            tidy = model.tidy()
            np.testing.assert_allclose(tidy["Estimate"].to_numpy(), [est[n] for n in names], rtol=1e-6)
            np.testing.assert_allclose(tidy["Std. Error"].to_numpy(), [se[n] for n in names], rtol=1e-6)
        else:
            res = sm.OLS(d[response].to_numpy(), sm.add_constant(d[names].to_numpy())).fit(cov_type="HC1")
            est, se = dict(zip(names, res.params[1:])), dict(zip(names, res.bse[1:]))
        out[key] = {n: [float(est[n]), float(se[n])] for n in regs}
    return out


def indirect_tests(eq, case):
    tests = []
    for m in case["mediators"]:
        a, sa = eq[f"path:{m}"][case["treatment"]]
        b, sb = eq["outcome"][m]
        first = b * b * sa * sa + a * a * sb * sb
        for method, var in (("sobel", first), ("aroian", first + sa * sa * sb * sb), ("goodman", first - sa * sa * sb * sb)):
            se = float(np.sqrt(var)) if var > 0 else None
            z = a * b / se if se else None
            tests.append({"mediator": m, "method": method, "estimate": a * b, "std_error": se, "statistic": z,
                          "p_value": float(2 * norm.sf(abs(z))) if z is not None else None})
    return tests


def bootstrap(model, observed, case):
    opts = case["options"]
    B, level = opts["replications"], opts.get("level", 0.95)
    reps = []
    for stream in substreams(opts["seed"], B):
        rows, fresh = model.draw(stream, opts["resample"])
        reps.append(model.effects(rows, fresh))
    reps = np.array(reps)
    check_quantile(reps[:, 0])
    jack = np.array([model.effects(np.flatnonzero(model.unit != g)) for g in range(model.unit_count)])
    z = norm.ppf((1 + level) / 2)
    effects = []
    for e in range(reps.shape[1]):
        s, theta = np.sort(reps[:, e]), observed[e]
        z0 = norm.ppf(np.sum(s <= theta) / B)
        d = jack[:, e].mean() - jack[:, e]
        acc = float(np.sum(d ** 3) / (6 * np.sum(d ** 2) ** 1.5))

        def adjusted(za, a):
            return norm.cdf(z0 + (z0 + za) / (1 - a * (z0 + za)))
        se = float(np.std(s, ddof=1))
        effects.append({"estimate": float(theta), "std_error": se, "statistic": float(theta / se),
                        "p_value": float(2 * norm.sf(abs(theta / se))),
                        "percentile": [quantile(s, (1 - level) / 2), quantile(s, (1 + level) / 2)],
                        "bc": [quantile(s, adjusted(-z, 0)), quantile(s, adjusted(z, 0))],
                        "bca": [quantile(s, adjusted(-z, acc)), quantile(s, adjusted(z, acc))]})
    return effects


def write_case(name, frame, case, panel):
    model = Model(frame, case)
    eq = equations(model.data, case)
    observed = [eq["total"][case["treatment"]][0], eq["outcome"][case["treatment"]][0]]
    ind = [eq[f"path:{m}"][case["treatment"]][0] * eq["outcome"][m][0] for m in case["mediators"]]
    observed += ind + ([sum(ind)] if len(ind) > 1 else [])
    full = model.effects(np.arange(len(model.y)))
    np.testing.assert_allclose(full, observed, rtol=1e-10)  # dummies on the full sample = the equations
    columns = {k: [None if pd.isna(v) else (int(v) if k in ("city", "year") else float(v)) for v in frame[k]] for k in frame.columns}
    spec = {"estimator": "mediation", "outcome": case["outcome"], "treatment": case["treatment"], "mediators": case["mediators"],
            "controls": case["controls"], "fixed_effects": case["fixed_effects"], "vcov": case["vcov"], "options": case["options"]}
    request = {"abi": 1, "data": {"columns": columns}, "panel": panel, "model": spec}
    expected = {"nobs": len(model.y), "equations": eq, "effects": observed, "indirect_tests": indirect_tests(eq, case),
                "bootstrap": bootstrap(model, observed, case)}
    with open(OUT + name + ".request.json", "w") as f:
        json.dump(request, f, indent=None, separators=(",", ":"))
        f.write("\n")
    with open(OUT + name + ".expected.json", "w") as f:
        json.dump(expected, f, indent=1)
        f.write("\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    frame = simulate()
    write_case("mediation-twoway-cluster", frame, {
        "outcome": "y", "treatment": "x", "mediators": ["m1", "m2"], "controls": ["c1"], "fixed_effects": ["city", "year"],
        "vcov": {"cluster": "city"}, "cluster": "city",
        "options": {"replications": 199, "resample": "cluster", "seed": 20261121, "level": 0.95}}, {"id": "city", "time": "year"})
    write_case("mediation-observation-hc1", frame, {
        "outcome": "y", "treatment": "x", "mediators": ["m1"], "controls": ["c1"], "fixed_effects": [],
        "vcov": "hc1", "options": {"replications": 150, "resample": "observation", "seed": 7, "level": 0.9}}, None)
    with open(os.path.join(HERE, "SOURCES.md"), "w") as f:
        f.write(f"""# references/mechanisms

`make_mediation_fixtures.py` writes `Tests/PanelCoreTests/Fixtures/mechanisms/mediation-*.request.json` (the ABI
request with its data) and `mediation-*.expected.json` (the reference numbers); `make_moderation_fixtures.py` writes
`moderation-*` from the same simulated panel (imported) with an interaction outcome; `make_heterogeneity_fixtures.py`
writes `heterogeneity-*` likewise. Data: simulated by seeded numpy inside the script (public
domain, no external data). Versions used: numpy {np.__version__}, pandas {pd.__version__}, scipy {scipy.__version__},
statsmodels {statsmodels.__version__}, pyfixest {pf.__version__}.

Calls: equations by `feols_reference.fit` (explicit FE dummies, reghdfe small-sample rules) checked against
`pyfixest.feols("y ~ x + c1 | city + year", vcov={{"CRV1": "city"}})` at rtol 1e-6; the no-FE case by
`statsmodels.OLS(...).fit(cov_type="HC1")`. Bootstrap draws from `references/random/make_random_fixtures.py`'s
xoshiro256** (stream r = seed jumped r + 1 times), refits by `numpy.linalg.lstsq` with explicit dummies; quantiles
type 2 checked against `numpy.quantile(method="averaged_inverted_cdf")`; normal quantiles and tails from
`scipy.stats.norm`. Moderation: the same exact FE fit on `y ~ x + w + x*w + c1 | city + year`, simple slopes and
Johnson-Neyman roots (`numpy.roots`) with `scipy.stats.t`. Heterogeneity: per-group `feols_reference.fit` checked
against pyfixest, the interacted design written out and fitted by `fit`, the suest-style sandwich and the permutation
draws written out in numpy (`scipy.stats.t` / `norm` tails).
""")


if __name__ == "__main__":
    main()
