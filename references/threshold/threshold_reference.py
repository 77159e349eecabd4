"""An independent NumPy implementation of Hansen's (1999) fixed-effects panel threshold regression, written from
the paper and PanelCore's documented conventions (docs/abi/threshold.md), for PanelCore's threshold fixtures and
benchmark. Every SSR is a fresh least-squares fit (numpy.linalg.lstsq) of the within-transformed data on all
columns — no updating formulas — so it checks PanelCore's one-pass Frisch-Waugh-Lovell sweep independently.

Bootstrap draws come from the pure-Python xoshiro256** in references/random (imported, not copied): replication b
uses the seed's generator jumped b + 1 times and draws n unit indices per test with int_below(n), the order
PanelCore's Replications.run and ThresholdBootstrap use.
"""
import math
import os
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "random"))
from make_random_fixtures import Xoshiro  # noqa: E402


class Panel:
    """Balanced panel rows sorted by unit then time: y, x (N x m regime regressors), z (N x k controls), q."""

    def __init__(self, unit, y, x, z, q):
        self.unit = np.asarray(unit)
        self.units = int(self.unit.max()) + 1
        self.T = len(y) // self.units
        self.y = self.demean(np.asarray(y, float))
        self.xraw = np.asarray(x, float).reshape(len(y), -1)
        self.q = np.asarray(q, float)
        z = np.asarray(z, float).reshape(len(y), -1)
        self.fixed = np.column_stack([self.demean(c) for c in np.column_stack([self.xraw, z]).T])
        self.rows_of_unit = [np.flatnonzero(self.unit == u) for u in range(self.units)]

    def demean(self, v):
        means = np.bincount(self.unit, weights=v, minlength=self.units) / self.T
        return v - means[self.unit]

    def threshold_columns(self, gamma):
        return [self.demean(self.xraw[:, j] * (self.q > gamma)) for j in range(self.xraw.shape[1])]

    def design(self, thresholds):
        return np.column_stack([self.fixed] + [c for t in thresholds for c in self.threshold_columns(t)])

    def residual(self, y, thresholds):
        X = self.design(thresholds)
        beta = np.linalg.lstsq(X, y, rcond=None)[0]
        return y - X @ beta

    def ssr(self, y, thresholds):
        r = self.residual(y, thresholds)
        return float(r @ r)

    def ssr_curve(self, y, fixed, candidates):
        """SSR(γ) at each candidate next to the thresholds `fixed`: one least-squares fit per candidate."""
        return [self.ssr(y, fixed + [g]) for g in candidates]


def grid_points(q, trim, points):
    s = np.sort(q)
    n = len(s)
    if points is None:
        cand = list(s)
    else:
        cand = []
        for k in range(points):
            frac = 0.0 if points == 1 else k / (points - 1)
            cand.append(s[min(int(math.floor(n * (trim + (1 - 2 * trim) * frac))), n - 1)])
    out = []
    for v in cand:
        if not out or out[-1] != v:
            out.append(float(v))
    return out


def admissible(q, trim, points, fixed):
    n = len(q)
    minimum = max(1, math.ceil(trim * n))
    keep = []
    for g in grid_points(q, trim, points):
        cuts = sorted(fixed + [g])
        sizes = [int(np.sum(q <= cuts[0]))] + [int(np.sum((q > a) & (q <= b))) for a, b in zip(cuts, cuts[1:])] + [int(np.sum(q > cuts[-1]))]
        if min(sizes) >= minimum:
            keep.append(g)
    return keep


def search(panel, y, fixed, trim, points):
    cands = admissible(panel.q, trim, points, fixed)
    if not cands:
        return None
    ssrs = panel.ssr_curve(y, fixed, cands)
    best = int(np.argmin(ssrs))
    return {"grid": cands, "ssr": ssrs, "best": best, "gamma": cands[best], "min": ssrs[best], "base": panel.ssr(y, fixed)}


def sequence(panel, y, trims, points, stages, refine):
    df = len(y) - panel.units
    f = lambda a, b: (a - b) / (b / df)
    s1 = search(panel, y, [], trims[0], points)
    if s1 is None:
        return None
    out = {"first": s1, "F": [f(s1["base"], s1["min"])]}
    if stages >= 2:
        s2 = search(panel, y, [s1["gamma"]], trims[1], points)
        if s2 is None:
            return None
        out["second"] = s2
        out["F"].append(f(s1["min"], s2["min"]))
        if refine or stages == 3:
            r1 = search(panel, y, [s2["gamma"]], trims[0], points)
            if r1 is None:
                return None
            out["refined"] = r1
    if stages == 3:
        s3 = search(panel, y, [out["refined"]["gamma"], out["second"]["gamma"]], trims[2], points)
        if s3 is None:
            return None
        out["third"] = s3
        out["F"].append(f(s3["base"], s3["min"]))
    return out


def null_thresholds(seq, k):
    if k == 0:
        return []
    if k == 1:
        return [seq["first"]["gamma"]]
    return [seq["refined"]["gamma"], seq["second"]["gamma"]]


def bootstrap(panel, trims, points, seq, tests, reps, seed):
    nulls = []
    for k in range(tests):
        r = panel.residual(panel.y, null_thresholds(seq, k))
        nulls.append((panel.y - r, r))
    stats = []
    for b in range(reps):
        g = Xoshiro(seed)
        for _ in range(b + 1):
            g.jump()
        row = []
        for k in range(tests):
            draw = [g.int_below(panel.units) for _ in range(panel.units)]
            fitted, resid = nulls[k]
            ystar = fitted.copy()
            for u, src in enumerate(draw):
                ystar[panel.rows_of_unit[u]] += resid[panel.rows_of_unit[src]]
            s = sequence(panel, ystar, trims, points, k + 1, False)
            row.append(s["F"][k] if s is not None else 0.0)
        stats.append(row)
    return stats


def test_summary(F, boot):
    if not boot:
        return {"p_value": None, "crit": [None, None, None]}
    s = sorted(boot)
    B = len(s)
    crit = [s[(B * (100 - pct) + 99) // 100 - 1] for pct in (10, 5, 1)]
    return {"p_value": sum(1 for v in boot if v > F) / B, "crit": crit}


def estimate(panel, trims, points, stages, reps, seed, level=0.95):
    """The full procedure; returns a dict of thresholds, tests, curves and the LR critical value."""
    df = len(panel.y) - panel.units
    seq = sequence(panel, panel.y, trims, points, stages, True)
    boot = bootstrap(panel, trims, points, seq, stages, reps, seed) if reps else []
    mins = [seq["first"]["min"]] + [seq[k]["min"] for k in ("second", "third") if k in seq]
    tests = []
    for k in range(stages):
        summary = test_summary(seq["F"][k], [row[k] for row in boot])
        tests.append({"thresholds": k + 1, "rss": mins[k], "mse": mins[k] / df, "f_stat": seq["F"][k],
                      "p_value": summary["p_value"], "crit": summary["crit"], "boot": [row[k] for row in boot]})
    if stages == 1:
        curves = [("th1", seq["first"], seq["first"]["min"] / df)]
    else:
        v2 = seq["second"]["min"] / df
        curves = [("th1", seq["refined"], v2), ("th2", seq["second"], v2)]
        if stages == 3:
            curves.append(("th3", seq["third"], seq["third"]["min"] / df))
    c = -2 * math.log(1 - math.sqrt(level))
    out_curves, thresholds = [], []
    for name, s, v in curves:
        lr = [(x - s["min"]) / v for x in s["ssr"]]
        inside = [g for g, l in zip(s["grid"], lr) if l <= c]
        out_curves.append({"threshold": name, "grid": s["grid"], "lr": lr})
        thresholds.append({"name": name, "estimate": s["gamma"], "conf_low": inside[0], "conf_high": inside[-1]})
    return {"thresholds": thresholds, "tests": tests, "lr_curves": out_curves, "lr_critical_value": c}


def regime_regression(unit, y, x, z, q, cuts):
    """xtreg, fe of y on z and x*1{regime r} with Stata's cluster(unit) errors: returns (terms, b, se)."""
    unit = np.asarray(unit)
    units = int(unit.max()) + 1
    T = len(y) // units
    x = np.asarray(x, float).reshape(len(y), -1)
    z = np.asarray(z, float).reshape(len(y), -1)
    regime = np.array([sum(v > c for c in cuts) for v in q])
    cols = [z[:, j] for j in range(z.shape[1])] + [x[:, j] * (regime == r) for j in range(x.shape[1]) for r in range(len(cuts) + 1)]
    def within(v):
        means = np.bincount(unit, weights=v, minlength=units) / T
        return v - means[unit] + v.mean()
    X = np.column_stack([np.ones(len(y))] + [within(c) for c in cols])
    Y = within(np.asarray(y, float))
    b = np.linalg.lstsq(X, Y, rcond=None)[0]
    e = Y - X @ b
    bread = np.linalg.inv(X.T @ X)
    meat = sum(np.outer(X[unit == g].T @ e[unit == g], X[unit == g].T @ e[unit == g]) for g in range(units))
    N, K = X.shape
    V = bread @ meat @ bread * units / (units - 1) * (N - 1) / (N - K)
    return b, np.sqrt(np.diag(V))
