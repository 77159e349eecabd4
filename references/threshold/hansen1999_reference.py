"""Hansen (1999), Tables 2, 3 and 5, on his investment data: an independent NumPy implementation that follows the candidate
construction of Hansen's own program for the paper (thresh_p.R / thresh_p.m on his web page, read, not copied) and
writes Tests/PanelCoreTests/Fixtures/threshold/hansen1999.json.

Two runs on the same data (565 firms, 1974-1987 after the one-year lag; i on q1, q1^2/100, q1^3/1000, d1, q1*d1 and
c1 by regime of d1):

* "hansen_program": Hansen's program exactly: the within transformation followed by deleting one period per firm
  (his `tr`: the last year; Hansen 1999, Sec. 2, "with one time period deleted"), regimes d < g | d >= g, candidates
  the floor(D*(trim + k*(1/400)))-th smallest of the D distinct values of d1, k = 0..400*(1 - 2*trim) (393 points),
  trims 0.01/0.01/0.05, next to a fixed threshold r the grid positions i (1-based) with m - 400*trim <= i <
  m + 400*trim dropped (m = number of points below r), sequential estimation with refinement, F tests with
  n(T-1) = 7345, LR intervals {g: LR(g) < c(0.95)}, 300 residual-bootstrap draws per test (numpy default_rng(1999);
  Hansen's own draws cannot be repeated), and the regime regression with his "OLS SE" (e'e/(n(T-1) - n - k)) and
  "White SE" (HC0).
* "panelcore": the same grid, window rule and boundary under PanelCore's documented conventions
  (docs/abi/threshold.md): the full within transformation (all 14 years), each threshold's own trim for its window,
  F_k = (S_{k-1} - S_k)/(S_k/(n(T-1))), LR intervals {g: LR(g) <= c}, and the regime regression as xtreg, fe with
  Stata's cluster(firm) errors. The sample statistics here are what PanelCore must reproduce to 1e-9; the 300-draw
  bootstrap statistics give the distribution that PanelCore's own draws are compared with.

SSR curves use the Frisch-Waugh-Lovell form SSR(g) = r'r - (d'r)^2 / (d'd - |Q'd|^2) for all candidates at once
(Q an orthonormal basis of the fixed columns, from numpy's QR; PanelCore instead updates sums in one pass over the
sorted observations); on the sample every 20th candidate and each minimum are refitted by numpy.linalg.lstsq on all
columns (agreement to 1e-9 asserted), and the reported SSRs at the estimates are those lstsq fits.

Run from the repository root: python3 references/threshold/hansen1999_reference.py
"""
import json
import math
import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # one thread: the machine is shared

import numpy as np
import pandas as pd

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
DATA = os.path.join(ROOT, "Tests", "PanelCoreTests", "Fixtures", "dta", "hansen1999_invest.csv")
OUT = os.path.join(ROOT, "Tests", "PanelCoreTests", "Fixtures", "threshold", "hansen1999.json")
QN, TRIMS, LEVEL, DRAWS = 400, (0.01, 0.01, 0.05), 0.95, 300
CONTROLS = ["q1", "q2", "q3", "d1", "qd1"]


class Design:
    """The transformed data of one convention: demeaned by firm, optionally with the last year deleted."""

    def __init__(self, frame, delete_last):
        self.frame = frame
        self.firms = frame.id.nunique()
        self.years = frame.year.nunique()
        self.unit = frame.id.rank(method="dense").astype(int).to_numpy() - 1
        self.keep = (frame.year != frame.year.max()).to_numpy() if delete_last else np.ones(len(frame), bool)
        self.q = frame.d1.to_numpy()
        self.c = frame.c1.to_numpy()
        self.y = self.transform(frame.i.to_numpy())
        self.fixed = np.column_stack([self.transform(frame[v].to_numpy()) for v in CONTROLS] + [self.transform(self.c)])
        self.degrees = self.firms * (self.years - 1)

    def transform(self, v):
        v = np.asarray(v, float)
        means = np.bincount(self.unit, weights=v, minlength=self.firms) / self.years
        return (v - means[self.unit])[self.keep]

    def column(self, g):
        """The transformed c1 * 1{d1 >= g} (Hansen's regimes d < g | d >= g)."""
        return self.transform(self.c * (self.q >= g))

    def ssr(self, y, thresholds):
        X = np.column_stack([self.fixed] + [self.column(g) for g in sorted(thresholds)])
        e = y - X @ np.linalg.lstsq(X, y, rcond=None)[0]
        return float(e @ e)

    def fitted(self, y, thresholds):
        X = np.column_stack([self.fixed] + [self.column(g) for g in sorted(thresholds)])
        return X @ np.linalg.lstsq(X, y, rcond=None)[0]


def hansen_grid(q):
    """Hansen's qq1: floor(D*(trim + k*(1/qn)))-th smallest distinct value (1-based), k = 0..qn(1 - 2 trim)."""
    distinct = np.unique(q)
    steps = int(math.floor(QN * (1 - 2 * TRIMS[0]) + 1e-9))
    index = [int(math.floor((TRIMS[0] + k * (1 / QN)) * len(distinct))) for k in range(steps + 1)]
    return distinct[[i - 1 for i in index if i >= 1]]


def window(points, fixed, trim):
    """Points outside Hansen's window m - qn*trim < i <= m + qn*trim of every fixed threshold (i 1-based; GAUSS's
    THRESH_P.PRG and the Matlab translation; the R translation drops m - qn*trim <= i < m + qn*trim instead)."""
    position = np.arange(1, len(points) + 1)
    keep = np.ones(len(points), bool)
    for r in fixed:
        m = np.sum(points < r)
        keep &= ~((position > m - QN * trim) & (position <= m + QN * trim))
    return points[keep]


class FastSearch:
    """All candidate SSRs of one search by Frisch-Waugh-Lovell, for the bootstrap."""

    def __init__(self, design, points):
        self.design = design
        self.points = points
        self.columns = np.column_stack([design.column(g) for g in points])
        self.squares = np.einsum("ij,ij->j", self.columns, self.columns)

    def ssr(self, y, fixed, candidates):
        d = self.design
        base = np.column_stack([d.fixed] + [d.column(g) for g in sorted(fixed)])
        Q, _ = np.linalg.qr(base)
        r = y - Q @ (Q.T @ y)
        projected = Q.T @ self.columns
        # The curve is formed at every point and then cut to the candidates; the points equal to a fixed threshold
        # (never candidates: the windows drop them) divide 0 by 0.
        with np.errstate(divide="ignore", invalid="ignore"):
            curve = float(r @ r) - (self.columns.T @ r) ** 2 / (self.squares - np.einsum("ij,ij->j", projected, projected))
        return curve[np.searchsorted(self.points, candidates)], float(r @ r)


def search(design, fast, y, fixed, candidates):
    """SSR at every candidate (Frisch-Waugh-Lovell), each 20th candidate and the minimum refitted by lstsq."""
    ssr, _ = fast.ssr(y, fixed, candidates)
    best = int(np.argmin(ssr))
    for k in sorted(set(range(0, len(candidates), 20)) | {best}):
        direct = design.ssr(y, list(fixed) + [candidates[k]])
        assert abs(ssr[k] - direct) <= 1e-9 * direct, (fixed, candidates[k], ssr[k], direct)
    return {"estimate": float(candidates[best]), "ssr": design.ssr(y, list(fixed) + [candidates[best]]),
            "candidates": candidates, "curve": ssr, "base": design.ssr(y, list(fixed))}


def interval(found, variance, critical, strict):
    lr = (found["curve"] - found["ssr"]) / variance
    inside = found["candidates"][(lr < critical) if strict else (lr <= critical)]
    return [float(inside.min()), float(inside.max())]


def sequence(design, points, y, trims, fast=None):
    """Hansen's sequence: g1; g2 given g1; g1 refined given g2; g3 given (g1r, g2). Fast SSRs when `fast`."""
    def best(fixed, trim):
        candidates = window(points, fixed, trim) if fixed else points
        if fast is None:
            found = search(design, y, fixed, candidates)
            return found["estimate"], found["ssr"], found
        curve, base = fast.ssr(y, fixed, candidates)
        k = int(np.argmin(curve))
        return float(candidates[k]), float(curve[k]), {"base": base}
    return best


def regime_regression(design, thresholds, hansen_errors):
    g1, g2 = sorted(thresholds)
    q, c = design.q, design.c
    parts = [c * (q < g1), c * ((q >= g1) & (q < g2)), c * (q >= g2)]
    X = np.column_stack([design.fixed[:, :5]] + [design.transform(p) for p in parts])
    y = design.y
    XtXi = np.linalg.inv(X.T @ X)
    beta = XtXi @ X.T @ y
    e = y - X @ beta
    names = CONTROLS + ["c1#regime1", "c1#regime2", "c1#regime3"]
    if hansen_errors:
        ols = np.sqrt(np.diag(XtXi) * (e @ e) / (design.degrees - design.firms - X.shape[1]))
        white = np.sqrt(np.diag(XtXi @ (X * e[:, None]).T @ (X * e[:, None]) @ XtXi))
        return [{"term": n, "estimate": float(b), "ols_se": float(s), "white_se": float(w)}
                for n, b, s, w in zip(names, beta, ols, white)]
    # xtreg, fe with vce(cluster firm): G/(G-1) * (N-1)/(N-K), K counting the constant xtreg reports.
    unit = design.unit[design.keep]
    scores = np.zeros((design.firms, X.shape[1]))
    np.add.at(scores, unit, X * e[:, None])
    n_obs, k = len(y), X.shape[1] + 1
    factor = design.firms / (design.firms - 1) * (n_obs - 1) / (n_obs - k)
    se = np.sqrt(np.diag(XtXi @ scores.T @ scores @ XtXi) * factor)
    return [{"term": n, "estimate": float(b), "std_error": float(s)} for n, b, s in zip(names, beta, se)]


def run(design, points, panelcore):
    y = design.y
    critical = -2 * math.log(1 - math.sqrt(LEVEL))
    strict = not panelcore
    s0 = design.ssr(y, [])
    fast = FastSearch(design, points)
    first = search(design, fast, y, [], points)
    second = search(design, fast, y, [first["estimate"]], window(points, [first["estimate"]], TRIMS[1]))
    refined = search(design, fast, y, [second["estimate"]],
                     window(points, [second["estimate"]], TRIMS[0] if panelcore else TRIMS[1]))
    fixed3 = [refined["estimate"], second["estimate"]]
    third = search(design, fast, y, fixed3, window(points, fixed3, TRIMS[2]))
    s3_base = design.ssr(y, fixed3)
    deg = design.degrees
    stats = [(s0 - first["ssr"]) / (first["ssr"] / deg), (first["ssr"] - second["ssr"]) / (second["ssr"] / deg),
             (s3_base - third["ssr"]) / (third["ssr"] / deg)]
    ssrs = [first["ssr"], second["ssr"], third["ssr"]]
    # LR variances: Hansen's program scales each curve by its own minimum; PanelCore by S2 for th1 and th2.
    v2 = second["ssr"] / deg
    intervals = {"single": interval(first, first["ssr"] / deg, critical, strict),
                 "th1": interval(refined, (refined["ssr"] if strict else second["ssr"]) / deg, critical, strict),
                 "th2": interval(second, v2, critical, strict),
                 "th3": interval(third, third["ssr"] / deg, critical, strict)}
    nulls = [[], [first["estimate"]], fixed3]
    rng = np.random.default_rng(1999)
    boot = [[], [], []]
    for k, null in enumerate(nulls):
        yp = design.fitted(y, null)
        e = (y - yp).reshape(design.firms, -1)
        for _ in range(DRAWS):
            yb = yp + e[rng.integers(0, design.firms, design.firms)].reshape(-1)
            best = sequence(design, points, yb, TRIMS, fast)
            trim_of = (lambda stage: TRIMS[stage]) if panelcore else (lambda stage: TRIMS[k])
            g, s_prev, info = best([], trim_of(0))
            restricted = info["base"]
            found = [g]
            for stage in range(1, k + 1):
                restricted = s_prev
                g, s_prev, _ = best(found, trim_of(stage))
                found.append(g)
            boot[k].append((restricted - s_prev) / (s_prev / deg))
    tests = []
    for k in range(3):
        draws = np.sort(boot[k])
        tests.append({"thresholds": k + 1, "rss": ssrs[k], "mse": ssrs[k] / deg, "f_stat": stats[k],
                      "p_value": float(np.mean(draws > stats[k])),
                      "crit": [float(draws[int(math.ceil(a * DRAWS)) - 1]) for a in (0.90, 0.95, 0.99)],
                      "bootstrap_quantiles": {str(a): float(np.quantile(draws, a)) for a in (0.01, 0.5, 0.99)}})
    contest = {f"{g:.5f}": design.ssr(y, [first["estimate"], g]) for g in (0.53616, 0.54072)}
    return {"thresholds": {"single": first["estimate"], "th1": refined["estimate"], "th2": second["estimate"],
                           "th3": third["estimate"]},
            "intervals": intervals, "linear_rss": s0, "tests": tests, "second_threshold_rss": contest,
            "regression": regime_regression(design, [refined["estimate"], second["estimate"]], hansen_errors=not panelcore),
            "lr_critical_value": critical}


def main():
    frame = pd.read_csv(DATA).sort_values(["id", "year"]).reset_index(drop=True)
    points = hansen_grid(frame.d1.to_numpy())
    assert len(points) == 393 and len(np.unique(points)) == 393
    model = {"estimator": "threshold", "formula": "i ~ q1 + q2 + q3 + d1 + qd1", "regime": "c1", "threshold": "d1",
             "options": {"thresholds": 3, "trim": list(TRIMS), "grid": {"quantiles": QN, "over": "distinct"},
                         "trim_rule": "grid_window", "boundary": "<", "replications": 0}}
    out = {
        "source": "Hansen, B. E. (1999), Threshold effects in non-dynamic panels: estimation, testing, and inference, "
                  "Journal of Econometrics 93, 345-368, Section 6 (application), Tables 2-5; data: Hansen's invest.dat "
                  "(pdR copy), Tests/PanelCoreTests/Fixtures/dta/hansen1999_invest.csv",
        "published": "Tests/PanelCoreTests/Fixtures/threshold/hansen1999_published.json (the paper's Tables 2-5 "
                     "with page numbers, and the printed output of Hansen's GAUSS program; "
                     "references/threshold/hansen1999_published.py)",
        "grid_points": [float(p) for p in points],
        "model": model,
        "hansen_program": run(Design(frame, delete_last=True), points, panelcore=False),
        "panelcore": run(Design(frame, delete_last=False), points, panelcore=True),
        "versions": {"python": ".".join(map(str, __import__("sys").version_info[:3])), "numpy": np.__version__,
                     "pandas": pd.__version__},
    }
    with open(OUT, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    for name in ("hansen_program", "panelcore"):
        r = out[name]
        print(name, r["thresholds"], r["intervals"], [(t["f_stat"], t["p_value"], t["crit"]) for t in r["tests"]],
              r["second_threshold_rss"])


if __name__ == "__main__":
    main()
