"""Reference fixtures for PanelCore's fixed-effects absorption (Tests/PanelCoreTests/Fixtures/fixedeffects/).

Independent references:
- residualised columns: dense least squares on the explicit dummy matrix (numpy.linalg.lstsq, SVD based), checked
  against pyfixest's `demean` (alternating projections, tol 1e-14) to 1e-10 of the column scale;
- singletons: a plain fixed-point loop here, checked against pyfixest's `detect_singletons` (fixest's
  `fixef_rm = "singleton"` rule);
- absorbed degrees of freedom: numpy.linalg.matrix_rank of the dummy matrix, scipy's connected components of the
  bipartite level graph, and reghdfe's rule for more than two factors (each further factor 1 redundant).

File format (read by Tests/PanelCoreTests/Support/MatrixFixture.swift): `vector name` + one line of numbers,
`matrix name rows columns` + rows, `scalar name value`; numbers as repr(float) (17 significant digits) or integers.
Run: python3 references/fixedeffects/make_fe_fixtures.py (deterministic, seed 20261121).
"""
import os

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components
from pyfixest.estimation import demean
from pyfixest.core.detect_singletons import detect_singletons

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "PanelCoreTests", "Fixtures", "fixedeffects")
rng = np.random.default_rng(20261121)


def dense_ids(values):
    """Level numbers 0.. in order of first appearance."""
    seen = {}
    return np.array([seen.setdefault(v, len(seen)) for v in values], dtype=np.int64)


def dummies(ids):
    ids = dense_ids(list(ids))
    d = np.zeros((len(ids), ids.max() + 1))
    d[np.arange(len(ids)), ids] = 1.0
    return d


def interaction(a, b):
    return dense_ids(list(zip(a.tolist(), b.tolist())))


def residualise(columns, factor_list):
    d = np.hstack([dummies(f) for f in factor_list])
    coef, *_ = np.linalg.lstsq(d, columns, rcond=None)
    reference = columns - d @ coef
    flist = np.column_stack([dense_ids(list(f)) for f in factor_list]).astype(np.uint64)
    pyfixest_result, ok = demean(np.asfortranarray(columns), flist, np.ones(len(columns)), tol=1e-14, maxiter=100000)
    scale = np.abs(columns).max(axis=0)
    assert ok and np.all(np.abs(pyfixest_result - reference).max(axis=0) <= 1e-10 * scale), "pyfixest disagrees"
    return reference, np.linalg.matrix_rank(d)


def fmt(x):
    return str(int(x)) if isinstance(x, (int, np.integer)) else repr(float(x))


def write(name, comment, vectors=(), matrices=(), scalars=()):
    lines = ["# " + line for line in comment.splitlines()]
    for key, values in vectors:
        lines += ["vector " + key, " ".join(fmt(v) for v in values)]
    for key, m in matrices:
        lines.append("matrix %s %d %d" % (key, m.shape[0], m.shape[1]))
        lines += [" ".join(fmt(v) for v in row) for row in m]
    for key, value in scalars:
        lines.append("scalar %s %s" % (key, fmt(value)))
    with open(os.path.join(OUT, name), "w") as handle:
        handle.write("\n".join(lines) + "\n")


def simulated_panel(firms, years, keep_share):
    """Firms in 4 provinces over `years` periods, each firm-year kept with probability keep_share."""
    province_of_firm = rng.integers(0, 4, firms)
    rows = [(f, t) for f in range(firms) for t in range(years) if rng.random() < keep_share]
    firm = np.array([r[0] for r in rows])
    year = np.array([2000 + r[1] for r in rows])
    province = province_of_firm[firm]
    n = len(rows)
    firm_effect = rng.normal(0, 2, firms)[firm]
    year_effect = rng.normal(0, 1, years)[year - 2000]
    x1 = rng.normal(0, 1, n) + 0.8 * firm_effect
    x2 = 0.5 * x1 + rng.normal(0, 1, n) + 0.3 * year_effect + 10.0
    y = 1.5 * x1 - 0.7 * x2 + firm_effect + year_effect + 0.4 * province + rng.normal(0, 1, n)
    return firm, year, province, np.column_stack([y, x1, x2])


def absorption_fixtures():
    panels = {"unbalanced": simulated_panel(40, 10, 0.75), "balanced": simulated_panel(30, 8, 1.0)}
    cases = [("unbalanced", "firm"), ("balanced", "firm+year"), ("unbalanced", "firm+year"),
             ("unbalanced", "firm+year+province^year")]
    for panel, spec in cases:
        firm, year, province, data = panels[panel]
        named = {"firm": firm, "year": year, "province^year": interaction(province, year)}
        residualised, rank = residualise(data, [named[term] for term in spec.split("+")])
        write("absorb_%s_%s.txt" % (panel, spec.replace("+", "_").replace("^", "X")),
              "%s panel, columns y x1 x2 residualised on %s (numpy lstsq on dummies; pyfixest demean agrees)"
              % (panel, spec),
              vectors=[("firm", firm), ("year", year), ("province", province)],
              matrices=[("data", data), ("residualised", residualised)], scalars=[("dummy_rank", rank)])


def stress_fixtures():
    """Sparse unbalanced two-way panels where the recursive conjugate-gradient residual reaches rounding level in a
    few iterations (the case that once drove the absorber off the dummies' span); columns with a large offset and
    with a tiny scale. Own generator, so the other fixtures stay byte-identical."""
    stress = np.random.default_rng(7)
    for k in range(6):
        units, periods = int(stress.integers(8, 40)), int(stress.integers(4, 12))
        keep = stress.uniform(0.5, 0.85)
        rows = [(u, t) for u in range(units) for t in range(periods) if stress.random() < keep]
        unit = dense_ids([r[0] for r in rows])
        period = dense_ids([r[1] for r in rows])
        n = len(rows)
        data = np.column_stack([stress.normal(size=n) + 0.3 * unit, 1e4 + stress.normal(size=n), 1e-3 * stress.normal(size=n) + 0.1 * period])
        residualised, rank = residualise(data, [unit, period])
        write("absorb_stress_%d.txt" % k,
              "sparse unbalanced panel %d: columns residualised on unit + period (numpy lstsq on dummies; pyfixest demean agrees)" % k,
              vectors=[("unit", unit), ("period", period)],
              matrices=[("data", data), ("residualised", residualised)], scalars=[("dummy_rank", rank)])


def singletons_reference(factor_list):
    ids = [dense_ids(list(f)) for f in factor_list]
    kept = np.ones(len(ids[0]), dtype=bool)
    while True:
        drop = np.zeros_like(kept)
        for f in ids:
            counts = np.bincount(f[kept], minlength=f.max() + 1)
            drop |= kept & (counts[f] == 1)
        if not drop.any():
            break
        kept &= ~drop
    pyfixest_singleton = detect_singletons(np.column_stack(ids).astype(np.uint32))
    assert np.array_equal(~pyfixest_singleton, kept), "pyfixest disagrees"
    return np.flatnonzero(kept)


def singleton_fixtures():
    # A chain a0-b0-a1-b1-... collapses link by link from its singleton end; a 2x2 block survives.
    chain_a = [0, 0, 1, 1, 2, 2, 3, 5, 5, 6, 6]
    chain_b = [0, 1, 1, 2, 2, 3, 3, 5, 6, 5, 6]
    # Three factors where dropping in the third creates singletons in the first two.
    three_a = [0, 0, 1, 1, 2, 2, 2, 3, 3]
    three_b = [0, 1, 0, 1, 2, 2, 3, 3, 2]
    three_c = [0, 0, 0, 1, 2, 2, 2, 2, 2]
    one_a = [4, 4, 7, 9, 9, 9, 1]
    firm, year, province, _ = simulated_panel(120, 3, 0.45)
    random_case = [firm, year, interaction(province, year)]
    cases = {"chain": [chain_a, chain_b], "three": [three_a, three_b, three_c], "one": [one_a],
             "random": random_case}
    for name, factor_list in cases.items():
        kept = singletons_reference(factor_list)
        n = len(factor_list[0])
        write("singletons_%s.txt" % name, "singleton case %s: kept observations (pyfixest detect_singletons agrees)" % name,
              vectors=[("f%d" % k, f) for k, f in enumerate(factor_list)] + [("kept", kept)],
              scalars=[("factor_count", len(factor_list)), ("dropped", n - len(kept))])


def degrees_fixture(name, factor_list, cluster, comment):
    ids = [dense_ids(list(f)) for f in factor_list]
    levels = [int(f.max()) + 1 for f in ids]
    redundant = [0] * len(ids)
    if len(ids) >= 2:
        n = len(ids[0])
        graph = sp.coo_matrix((np.ones(n), (ids[0], levels[0] + ids[1])), shape=(levels[0] + levels[1],) * 2)
        redundant[1] = connected_components(graph, directed=False)[0]
    for k in range(2, len(ids)):
        redundant[k] = 1
    nested = [int(all(len(set(np.asarray(cluster)[f == level])) == 1 for level in range(f.max() + 1))) for f in ids]
    rank = np.linalg.matrix_rank(np.hstack([dummies(f) for f in ids]))
    total = sum(levels) - sum(redundant)
    assert len(ids) > 2 or total == rank
    write("degrees_%s.txt" % name, comment,
          vectors=[("f%d" % k, f) for k, f in enumerate(ids)] + [("cluster", cluster), ("levels", levels),
                                                                  ("redundant", redundant), ("nested", nested)],
          scalars=[("factor_count", len(ids)), ("dummy_rank", rank), ("total", total),
                   ("nested_in_clusters", sum((l - r) * s for l, r, s in zip(levels, redundant, nested)))])


def degrees_fixtures():
    firm, year, province, _ = simulated_panel(25, 6, 0.8)
    degrees_fixture("connected", [firm, year], province,
                    "two factors, one connected component; firm nested in province clusters, year not")
    blocks = [(range(0, 4), range(0, 3)), (range(4, 7), range(3, 5)), (range(7, 9), range(5, 9))]
    rows = [(f, t) for firms, years in blocks for f in firms for t in years if (f + t) % 4 != 0]
    block_firm = np.array([r[0] for r in rows])
    block_year = np.array([r[1] for r in rows])
    degrees_fixture("three_components", [block_firm, block_year], block_firm,
                    "two factors in three disjoint blocks (3 components); clusters = firm")
    degrees_fixture("three_factors", [firm, year, interaction(province, year)], firm,
                    "firm + year + province^year: reghdfe rule (third factor 1 redundant) vs the dummy rank")


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    absorption_fixtures()
    singleton_fixtures()
    degrees_fixtures()
    stress_fixtures()
