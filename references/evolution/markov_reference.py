#!/usr/bin/env python3
"""Reference fixtures for the `markov` estimator (classic and spatial Markov chains; issue #25).

Sources: PySAL giddy (Markov, Spatial_Markov, ergodic.steady_state / mfpt, markov.chi2, homogeneity) with
mapclassify.Quantiles for the classes, cross-checked against an independent NumPy implementation of the same
formulas written below (np.percentile + searchsorted classes, counting loops, linear solves for the steady state and
the mean first passage times, Bickenbach-Bode Q / LR and the chi2 of Rey 2001 written out) before anything is written.

Cases (each a file Tests/PanelCoreTests/Fixtures/evolution/markov_<case>.json holding the PanelCore request to run,
data and weights as fed, and the expected numbers):
  * nqp_quantiles - NQP of examples/nqpf_panel.csv (45 cities, 2013-2023), 4 pooled quantile classes, spatial lag
    by the binary 4-nearest-neighbour matrix of the cities' great-circle distances (haversine, R = 6371 km), given to
    the request as "dense" and row-standardised by the request (libpysal transform "r" here);
  * nqp_cuts - the same panel and weights with given cut points [0.1, 0.15, 0.25] (value classes) and 4 pooled
    quantile classes of the spatial lag (giddy lag_cutoffs=None), which leaves empty rows in the conditional matrices;
  * usjoin - giddy's own example: US per-capita income of 48 states 1929-2009 (libpysal.examples usjoin.csv) relative
    to each year's mean, states48.gal contiguity (row-standardised), 5 quantile classes (giddy's docstring case);
  * empty_row - a small synthetic panel (no weights) whose top class occurs only in the last period: an empty row of
    the classic matrix; steady state and mean first passage follow giddy's Markov.steady_state / mfpt, which fill an
    empty row's diagonal with 1 (fill_empty_classes=True).
Conventions: classes are mapclassify.Quantiles of the pooled n*T values (upper bounds at the 100j/k percentiles,
linear interpolation, repeated bounds dropped; a value equal to a bound belongs to the lower class); given cuts are
upper bounds (giddy UserDefined with +inf appended). Lag classes are quantiles of the pooled spatial lags with
m = k classes. Empty rows have zero probabilities (giddy's p). Steady states: the stationary distribution of the
chain with empty rows made absorbing when it has a single recurrent class (else none). Mean first passage: giddy
mfpt when the chain is irreducible (else none). Tests: homogeneity(T).Q, .LR with dof sum (b_i - 1)(A_i - 1);
chi2(T[l], transitions) per lag class and their sum with dof k(k - 1)^2.
Run from the repository root:  python3 references/evolution/markov_reference.py
"""
import json
import os

import giddy
import libpysal
import mapclassify
import numpy as np
import pandas as pd
import scipy
from giddy.ergodic import mfpt, steady_state
from giddy.markov import Markov, Spatial_Markov, chi2, homogeneity
from scipy import stats

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "PanelCoreTests", "Fixtures", "evolution")
TOLERANCE = 1e-10


# ---------------------------------------------------------------- independent NumPy implementation

def np_quantile_bounds(values, k):
    bounds = np.unique(np.percentile(values, [100.0 * j / k for j in range(1, k + 1)]))
    return bounds


def np_classify(y, upper_bounds):
    """Class of each value: the first upper bound it does not exceed (the last class takes the rest)."""
    classes = np.searchsorted(np.asarray(upper_bounds, dtype=float), y, side="left")
    return np.minimum(classes, len(upper_bounds))


def np_counts(classes, k, lag_classes=None, m=1):
    counts = np.zeros((m, k, k))
    n, t = classes.shape
    for period in range(t - 1):
        for unit in range(n):
            regime = 0 if lag_classes is None else lag_classes[unit, period]
            counts[regime, classes[unit, period], classes[unit, period + 1]] += 1
    return counts


def np_probabilities(counts):
    totals = counts.sum(axis=1)
    return np.array([counts[i] / totals[i] if totals[i] > 0 else np.zeros(len(totals)) for i in range(len(totals))])


def np_filled(p):
    filled = p.copy()
    for i in range(len(p)):
        if p[i].sum() == 0:
            filled[i, i] = 1.0
    return filled


def np_reachability(p):
    k = len(p)
    reach = (p > 0) | np.eye(k, dtype=bool)
    for via in range(k):
        reach = reach | (reach[:, [via]] & reach[[via], :])
    return reach


def np_recurrent_classes(p):
    reach = np_reachability(p)
    classes = []
    for i in range(len(p)):
        members = [j for j in range(len(p)) if reach[i, j] and reach[j, i]]
        closed = all(not reach[i, j] or reach[j, i] for j in range(len(p)))
        if closed and members not in classes:
            classes.append(members)
    return classes


def np_steady_state(p):
    """The stationary distribution when the chain (empty rows made absorbing) has one recurrent class."""
    filled = np_filled(p)
    recurrent = np_recurrent_classes(filled)
    if len(recurrent) != 1:
        return None
    members = recurrent[0]
    sub = filled[np.ix_(members, members)]
    size = len(members)
    a = np.eye(size) - sub.T
    a[-1, :] = 1.0
    b = np.zeros(size)
    b[-1] = 1.0
    pi = np.zeros(len(p))
    pi[members] = np.linalg.solve(a, b)
    return pi


def np_mean_first_passage(p):
    """m_ij by one linear solve per destination j: (I - P without row/column j) m = 1; m_jj = 1 / pi_j."""
    filled = np_filled(p)
    k = len(p)
    if not np_reachability(filled).all():
        return None
    pi = np_steady_state(p)
    result = np.zeros((k, k))
    for j in range(k):
        others = [i for i in range(k) if i != j]
        sub = filled[np.ix_(others, others)]
        m = np.linalg.solve(np.eye(k - 1) - sub, np.ones(k - 1))
        result[others, j] = m
        result[j, j] = 1.0 / pi[j]
    return result


def np_chi2(t1, t2):
    """Rey (2001) chi2 of T1 against T2's row probabilities; zero expected cells divide by 1, dof over non-empty rows."""
    rows1, rows2 = t1.sum(axis=1), t2.sum(axis=1)
    statistic = 0.0
    for i in range(len(t1)):
        for j in range(len(t1)):
            expected = rows1[i] * (t2[i, j] / rows2[i] if rows2[i] > 0 else 0.0)
            statistic += (t1[i, j] - expected) ** 2 / (expected if expected != 0 else 1.0)
    dof = (int((rows1 > 0).sum()) - 1) * (int((rows2 > 0).sum()) - 1)
    return statistic, dof


def np_homogeneity(counts):
    """Bickenbach-Bode (2003) Q and LR over regimes: p_ij pooled, p_ijl by regime; zero p_ij divide by 1 in Q and
    cells with n_ijl = 0 or p_ij = 0 drop from LR; dof = sum_i (b_i - 1)(A_i - 1)."""
    pooled = counts.sum(axis=0)
    p = np_probabilities(pooled)
    q = lr = 0.0
    regimes_with_row = np.zeros(len(pooled))
    for regime in counts:
        n_i = regime.sum(axis=1)
        regimes_with_row += n_i > 0
        p_l = np_probabilities(regime)
        for i in range(len(pooled)):
            for j in range(len(pooled)):
                q += n_i[i] * (p_l[i, j] - p[i, j]) ** 2 / (p[i, j] if p[i, j] != 0 else 1.0)
                if regime[i, j] > 0 and p[i, j] > 0:
                    lr += 2.0 * regime[i, j] * np.log(p_l[i, j] / p[i, j])
    nonzero = (pooled > 0).sum(axis=1)
    dof = int(((regimes_with_row - 1) * (nonzero - 1)).sum())
    return q, lr, dof


def p_value(statistic, dof):
    return None if dof <= 0 else float(stats.chi2.sf(statistic, dof))


# ---------------------------------------------------------------- giddy

def close(a, b, what):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    assert a.shape == b.shape, (what, a.shape, b.shape)
    assert np.allclose(a, b, rtol=TOLERANCE, atol=TOLERANCE), (what, a, b)


def giddy_steady_state(p):
    filled = np_filled(p)
    s = np.asarray(steady_state(filled))
    return s if s.ndim == 1 else (s[0] if s.shape[0] == 1 else None)


def chain_json(counts, probabilities, steady):
    return {"counts": counts.tolist(), "probabilities": probabilities.tolist(),
            "row_totals": counts.sum(axis=1).tolist(),
            "empty_rows": [i for i in range(len(counts)) if counts[i].sum() == 0],
            "steady_state": None if steady is None else [float(x) for x in steady]}


def reference(y, k, w_binary=None, cuts=None):
    """giddy's numbers for panel y (n units x T periods), checked against the NumPy implementation."""
    n, t = y.shape
    if cuts is None:
        q = mapclassify.Quantiles(y.flatten(), k=k)
        upper = q.bins
        classes = q.yb.reshape(y.shape)
        cut_points = upper[:-1]
    else:
        upper = list(cuts) + [np.inf]
        classes = mapclassify.UserDefined(y.flatten(), np.array(upper)).yb.reshape(y.shape)
        cut_points = np.array(cuts, dtype=float)
    k = len(upper)
    np_upper = np_quantile_bounds(y.flatten(), k) if cuts is None else np.array(upper)
    np_classes = np_classify(y, np_upper if cuts is None else np.array(cuts, dtype=float))
    assert (np_classes == classes).all(), "classes differ"

    classic = Markov(classes, classes=np.arange(k), summary=False)
    counts = np_counts(np_classes, k)[0]
    close(classic.transitions, counts, "transitions")
    close(classic.p, np_probabilities(counts), "p")
    steady = np_steady_state(classic.p)
    giddy_steady = giddy_steady_state(classic.p)
    assert (steady is None) == (giddy_steady is None), "steady state existence"
    if steady is not None:
        close(giddy_steady, steady, "steady state")
    passage = np_mean_first_passage(classic.p)
    if passage is not None:
        close(mfpt(classic.p), passage, "mfpt")
        close(classic.mfpt, passage, "Markov.mfpt")

    def distribution(column):
        c = np.bincount(classes[:, column], minlength=k)
        return {"counts": c.tolist(), "shares": (c / n).tolist()}

    result = {"classes": k, "cuts": [float(x) for x in cut_points],
              "initial": distribution(0), "final": distribution(t - 1),
              "chain": dict(chain_json(counts, np_probabilities(counts), steady),
                            mean_first_passage=None if passage is None else passage.tolist())}
    if w_binary is None:
        return result

    w = libpysal.weights.full2W(w_binary)
    w.transform = "r"
    sm = Spatial_Markov(y, w, k=k if cuts is None else 4, m=k, fixed=True, cutoffs=cuts)
    assert sm.k == k and sm.m == k
    close(sm.transitions, counts, "spatial: classic transitions")
    lag = (w_binary / w_binary.sum(axis=1, keepdims=True)) @ y
    lag_upper = np_quantile_bounds(lag.flatten(), k)
    lag_classes = np_classify(lag, lag_upper)
    assert (lag_classes == sm.lclass_ids).all(), "lag classes differ"
    close(sm.lag_cutoffs, lag_upper[:-1], "lag cut-offs")
    regime_counts = np_counts(np_classes, k, lag_classes, k)
    close(sm.T, regime_counts, "T")
    chains = []
    for regime in range(k):
        p_l = np_probabilities(regime_counts[regime])
        close(sm.P[regime], p_l, f"P[{regime}]")
        s_l = np_steady_state(p_l)
        g_l = giddy_steady_state(sm.P[regime])
        assert (s_l is None) == (g_l is None), f"steady state existence {regime}"
        if s_l is not None:
            close(g_l, s_l, f"S[{regime}]")
        chains.append(dict(chain_json(regime_counts[regime], p_l, s_l), lag_class=regime))

    q, lr, dof = np_homogeneity(regime_counts)
    ht = homogeneity(sm.T)
    close([sm.Q, sm.LR, ht.Q, ht.LR], [q, lr, q, lr], "Q, LR")
    assert sm.dof_hom == dof
    by_lag = []
    for regime in range(k):
        x2, x2_dof = np_chi2(regime_counts[regime], counts)
        g = chi2(sm.T[regime], sm.transitions)
        close([g[0]], [x2], f"chi2[{regime}]")
        assert int(g[2]) == x2_dof
        by_lag.append({"statistic": float(x2), "df": x2_dof, "p_value": p_value(x2, x2_dof)})
    total = sum(item["statistic"] for item in by_lag)
    close([sm.x2], [total], "x2")
    assert sm.x2_dof == k * (k - 1) ** 2

    result["spatial"] = {
        "lag_cuts": [float(x) for x in lag_upper[:-1]],
        "chains": chains,
        "tests": {"q": {"statistic": float(q), "df": dof, "p_value": p_value(q, dof)},
                  "lr": {"statistic": float(lr), "df": dof, "p_value": p_value(lr, dof)},
                  "chi2": {"statistic": float(total), "df": k * (k - 1) ** 2, "p_value": p_value(total, k * (k - 1) ** 2),
                           "by_lag_class": by_lag}},
    }
    return result


def haversine_knn(latitude, longitude, k):
    lat, lon = np.radians(latitude), np.radians(longitude)
    dlat = lat[:, None] - lat[None, :]
    dlon = lon[:, None] - lon[None, :]
    a = np.sin(dlat / 2) ** 2 + np.cos(lat[:, None]) * np.cos(lat[None, :]) * np.sin(dlon / 2) ** 2
    distance = 2 * 6371.0 * np.arcsin(np.sqrt(a))
    np.fill_diagonal(distance, np.inf)
    binary = np.zeros_like(distance)
    for i in range(len(distance)):
        order = np.argsort(distance[i], kind="stable")[:k]
        gaps = np.sort(distance[i])
        assert gaps[k - 1] < gaps[k], f"tied k-th neighbour of unit {i}"
        binary[i, order] = 1.0
    return binary


def request(units, years, values, model, name="value", w_binary=None):
    """A PanelCore request over a long panel (unit, year, value) with `model`; dense weights when given."""
    if w_binary is not None:
        model = dict(model, weights={"units": "unit", "ids": list(units), "dense": w_binary.tolist()})
    n, t = values.shape
    return {"abi": 1,
            "data": {"columns": {"unit": [u for u in units for _ in years],
                                 "year": [int(y) for _ in units for y in years],
                                 name: [float(values[i, j]) for i in range(n) for j in range(t)]}},
            "panel": {"id": "unit", "time": "year"},
            "model": dict({"estimator": "markov", "variable": name}, **model)}


def write(case, req, expected):
    path = os.path.join(OUT, f"markov_{case}.json")
    with open(path, "w") as handle:
        json.dump({"request": req, "expected": expected}, handle, indent=1)
        handle.write("\n")
    print("wrote", path)


def main():
    os.makedirs(OUT, exist_ok=True)
    panel = pd.read_csv(os.path.join(ROOT, "examples", "nqpf_panel.csv"))
    cities = list(dict.fromkeys(panel["city"]))
    years = sorted(panel["year"].unique())
    wide = panel.pivot(index="city", columns="year", values="NQP").loc[cities, years].to_numpy()
    coordinates = panel.groupby("city")[["latitude", "longitude"]].first().loc[cities].to_numpy()
    knn = haversine_knn(coordinates[:, 0], coordinates[:, 1], 4)

    write("nqp_quantiles", request(cities, years, wide, {"classes": 4}, "NQP", knn), reference(wide, 4, knn))
    write("nqp_cuts", request(cities, years, wide, {"cuts": [0.1, 0.15, 0.25]}, "NQP", knn),
          reference(wide, 4, knn, cuts=[0.1, 0.15, 0.25]))

    income = pd.read_csv(libpysal.examples.get_path("usjoin.csv"))
    income_years = [str(y) for y in range(1929, 2010)]
    pci = income[income_years].to_numpy(dtype=float)
    rpci = pci / pci.mean(axis=0)
    states = libpysal.io.open(libpysal.examples.get_path("states48.gal")).read()
    binary, ids = states.full()
    assert ids == [str(i) for i in range(48)]
    names = income["Name"].tolist()
    write("usjoin", request(names, list(range(1929, 2010)), rpci, {"classes": 5}, "rpci", binary), reference(rpci, 5, binary))

    synthetic = np.array([[1.0, 1.5, 2.5], [2.0, 1.0, 2.2], [1.2, 2.1, 1.1], [2.4, 2.6, 3.5], [1.1, 1.3, 1.4],
                          [2.2, 2.3, 2.7]])
    units = [f"u{i + 1}" for i in range(len(synthetic))]
    write("empty_row", request(units, [2001, 2002, 2003], synthetic, {"cuts": [1.5, 3.0]}),
          reference(synthetic, 3, cuts=[1.5, 3.0]))

    versions = {"python": "3.11.7", "giddy": giddy.__version__, "libpysal": libpysal.__version__,
                "mapclassify": mapclassify.__version__, "numpy": np.__version__, "scipy": scipy.__version__,
                "pandas": pd.__version__}
    print(json.dumps(versions))


if __name__ == "__main__":
    main()
