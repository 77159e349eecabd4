"""Fixtures for PanelCore's threshold regression (Tests/PanelCoreTests/Fixtures/threshold/): simulated balanced
panels with known thresholds (seeded numpy), and the results of the independent NumPy implementation in
threshold_reference.py. Before writing, it cross-checks the reference's SSRs against statsmodels OLS with explicit
unit dummies and its regime coefficients against linearmodels PanelOLS with entity effects.
Run from the repository root: python3 references/threshold/make_threshold_fixtures.py
"""
import json
import os
import sys

import numpy as np
import statsmodels.api as sm
from linearmodels.panel import PanelOLS
import pandas as pd

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import threshold_reference as ref  # noqa: E402

OUT = "Tests/PanelCoreTests/Fixtures/threshold/"

CASES = [
    # name, units, periods, regime regressors, true thresholds, slopes per regime, options
    ("single", 40, 6, ["x1", "x2"], [4.0], [[1.0, 2.0], [-0.5, 0.5]],
     {"thresholds": 1, "trim": 0.05, "grid": "all", "replications": 60, "seed": 7}),
    ("triple", 50, 8, ["x1"], [3.0, 7.0], [[1.0, 2.0, 0.5]],
     {"thresholds": 3, "trim": [0.05, 0.05, 0.1], "grid": 80, "replications": 30, "seed": 11}),
]


def simulate(name, units, periods, regime, cuts, slopes, seed):
    rng = np.random.default_rng(seed)
    n = units * periods
    unit = np.repeat(np.arange(units), periods)
    time = np.tile(np.arange(1, periods + 1), units)
    mu = rng.normal(size=units)[unit]
    q = np.round(rng.uniform(0, 10, size=n), 1)
    z = rng.normal(size=n) + 0.3 * mu
    xs = [rng.normal(size=n) + 0.2 * mu for _ in regime]
    r = np.array([sum(v > c for c in cuts) for v in q])
    y = mu + 0.5 * z + rng.normal(scale=0.5, size=n)
    for j, x in enumerate(xs):
        y = y + np.array(slopes[j])[r] * x
    columns = {"id": unit + 1, "t": time, "y": y, "z": z, "q": q}
    for j, name_x in enumerate(regime):
        columns[name_x] = xs[j]
    return columns


def cross_check(panel, columns, regime, gamma):
    """The reference SSR at one γ equals statsmodels OLS with unit dummies; the regime slopes equal PanelOLS."""
    n = len(columns["y"])
    dummies = (columns["id"][:, None] == np.unique(columns["id"])[None, :]).astype(float)
    X = np.column_stack([dummies, columns["z"]] + [columns[x] * (columns["q"] <= gamma) for x in regime]
                        + [columns[x] * (columns["q"] > gamma) for x in regime])
    ols = sm.OLS(columns["y"], X).fit()
    assert abs(ols.ssr - panel.ssr(panel.y, [gamma])) <= 1e-9 * ols.ssr
    frame = pd.DataFrame({"id": columns["id"], "t": columns["t"], "y": columns["y"], "z": columns["z"]})
    names = ["z"]
    for x in regime:
        frame[x + "_lo"] = columns[x] * (columns["q"] <= gamma)
        frame[x + "_hi"] = columns[x] * (columns["q"] > gamma)
        names += [x + "_lo", x + "_hi"]
    fe = PanelOLS(frame.set_index(["id", "t"])["y"], frame.set_index(["id", "t"])[names], entity_effects=True).fit()
    b, _ = ref.regime_regression(columns["id"] - 1, columns["y"], np.column_stack([columns[x] for x in regime]),
                                 columns["z"], columns["q"], [gamma])
    ordered = [fe.params["z"]] + [fe.params[x + s] for x in regime for s in ("_lo", "_hi")]
    assert np.allclose(b[1:], ordered, rtol=1e-9, atol=1e-12)


def main():
    os.makedirs(OUT, exist_ok=True)
    for k, (name, units, periods, regime, cuts, slopes, options) in enumerate(CASES):
        columns = simulate(name, units, periods, regime, cuts, slopes, seed=20261121 + k)
        unit = columns["id"] - 1
        x = np.column_stack([columns[v] for v in regime])
        panel = ref.Panel(unit, columns["y"], x, columns["z"], columns["q"])
        cross_check(panel, columns, regime, cuts[0])
        stages = options["thresholds"]
        trims = options["trim"] if isinstance(options["trim"], list) else [options["trim"]] * stages
        points = None if options["grid"] == "all" else options["grid"]
        result = ref.estimate(panel, trims, points, stages, options["replications"], options["seed"])
        b, se = ref.regime_regression(unit, columns["y"], x, columns["z"], columns["q"],
                                      sorted(t["estimate"] for t in result["thresholds"]))
        terms = ["(Intercept)", "z"] + [v + "#regime" + str(r + 1) for v in regime for r in range(stages + 1)]
        result["regression"] = [{"term": t, "estimate": float(e), "std_error": float(s)} for t, e, s in zip(terms, b, se)]
        result["model"] = {"estimator": "threshold", "formula": "y ~ z", "regime": regime, "threshold": "q", "options": options}
        result["true_thresholds"] = cuts
        names = ["id", "t", "y", "z", "q"] + regime
        with open(OUT + name + ".csv", "w") as out:
            out.write(",".join(names) + "\n")
            for i in range(len(columns["y"])):
                out.write(",".join(repr(int(columns[c][i])) if c in ("id", "t") else repr(float(columns[c][i])) for c in names) + "\n")
        with open(OUT + name + ".json", "w") as out:
            json.dump(result, out, indent=1)
            out.write("\n")
        print(name, [t["estimate"] for t in result["thresholds"]], [(t["f_stat"], t["p_value"]) for t in result["tests"]])


if __name__ == "__main__":
    main()
