"""Reference composite indices (entropy, TOPSIS-entropy, PCA) on the 16 NQP indicators of examples/nqpf_panel.csv.

An independent, vectorised NumPy implementation of the formulas of seed 003 section 4.2.1 and of PCA on the
correlation matrix (numpy.linalg.eigh, cross-checked against scikit-learn's PCA when installed). Rows with a
missing indicator are dropped first (491 of 495 rows remain). Writes, under Tests/PanelCoreTests/Fixtures/indices/,
the data exactly as fed (indicators.csv) and one file per case: lines `tag v1 v2 ...` with repr(float) numbers.
Run from the repository root: python3 references/indices/make_index_fixtures.py
"""
import csv
import math
import os

import numpy as np

OUT = "Tests/PanelCoreTests/Fixtures/indices"
INDICATORS = [  # name, positive, dimension (examples/README.md, Table 1 of seed 003)
    ("it_employment_share", True, "labor"),
    ("sci_employment_share", True, "labor"),
    ("college_students_per10k", True, "labor"),
    ("tertiary_employment_share", True, "labor"),
    ("tertiary_gdp_share", True, "objects of labor"),
    ("industrial_output_domestic", True, "objects of labor"),
    ("so2_intensity", False, "objects of labor"),
    ("wastewater_treatment_rate", True, "objects of labor"),
    ("waste_harmless_rate", True, "objects of labor"),
    ("sci_expenditure_share", True, "means of labor"),
    ("rd_intensity", True, "means of labor"),
    ("industrial_enterprises", True, "means of labor"),
    ("electricity_consumption", False, "means of labor"),
    ("telecom_per_capita", True, "means of labor"),
    ("broadband_per10k", True, "means of labor"),
    ("mobile_penetration", True, "means of labor"),
]
NAMES = [name for name, _, _ in INDICATORS]
POSITIVE = np.array([positive for _, positive, _ in INDICATORS])
DIMENSIONS = ["labor", "objects of labor", "means of labor"]
MEMBERS = [[j for j, ind in enumerate(INDICATORS) if ind[2] == d] for d in DIMENSIONS]


def load():
    with open("examples/nqpf_panel.csv", newline="") as f:
        rows = [r for r in csv.DictReader(f) if all(r[n] != "" for n in NAMES)]
    years = np.array([int(r["year"]) for r in rows])
    x = np.array([[float(r[n]) for n in NAMES] for r in rows])
    return years, x


def normalise(x, positive):
    low, high = x.min(axis=0), x.max(axis=0)
    return np.where(positive, (x - low) / (high - low), (high - x) / (high - low))


def entropy_weights(z, shift):
    """z: n x m normalised matrix -> (entropy, divergence, weight) vectors."""
    y = z + shift
    p = y / y.sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        plogp = np.where(p > 0, p * np.log(p), 0.0)
    e = -plogp.sum(axis=0) / np.log(z.shape[0])
    d = 1.0 - e
    return e, d, d / d.sum()


def entropy_block(x, shift, hierarchical):
    z = normalise(x, POSITIVE)
    if not hierarchical:
        e, d, w = entropy_weights(z, shift)
        return z, e, d, w, np.array([])
    e, d, within = np.zeros(16), np.zeros(16), np.zeros(16)
    subs = []
    for members in MEMBERS:
        e[members], d[members], within[members] = entropy_weights(z[:, members], shift)
        subs.append(z[:, members] @ within[members])
    across = entropy_weights(normalise(np.column_stack(subs), True), shift)[2]
    w = within.copy()
    for k, members in enumerate(MEMBERS):
        w[members] = across[k] * within[members]
    return z, e, d, w, across


def topsis(z, w):
    v = z * w
    d_plus = np.sqrt(((v - v.max(axis=0)) ** 2).sum(axis=1))
    d_minus = np.sqrt(((v - v.min(axis=0)) ** 2).sum(axis=1))
    return d_minus / (d_plus + d_minus)


def entropy_case(x, groups, shift, hierarchical, closeness):
    labels = np.zeros(len(x), dtype=int) if groups is None else groups
    keys = list(dict.fromkeys(labels.tolist()))
    scores = np.zeros(len(x))
    parts = []
    for key in keys:
        rows = labels == key
        z, e, d, w, across = entropy_block(x[rows], shift, hierarchical)
        scores[rows] = topsis(z, w) if closeness else z @ w
        parts.append((e, d, w, across))
    mean = [np.mean([part[k] for part in parts], axis=0) for k in range(4)]
    return {"entropy": mean[0], "divergence": mean[1], "weight": mean[2], "dimension_weight": mean[3],
            "score": scores}


def pca_case(x, retain):
    n = len(x)
    zs = (x - x.mean(axis=0)) / x.std(axis=0, ddof=1) * np.where(POSITIVE, 1.0, -1.0)
    r = zs.T @ zs / (n - 1)
    values, vectors = np.linalg.eigh(r)
    order = np.argsort(values)[::-1]
    values, vectors = values[order], vectors[:, order]
    vectors = vectors * np.where(vectors.sum(axis=0) < 0, -1.0, 1.0)
    explained = values / values.sum()
    if retain[0] == "kaiser":
        kept = max(1, int((values > 1).sum()))
    elif retain[0] == "count":
        kept = retain[1]
    else:
        kept = int(np.searchsorted(np.cumsum(explained), retain[1]) + 1)
    shares = values[:kept] / values[:kept].sum()
    components = zs @ vectors[:, :kept]
    check_with_sklearn(zs, values, vectors, components)
    return {"eigenvalue": values, "explained": explained,
            "loading": (vectors[:, :kept] * np.sqrt(values[:kept])).flatten(order="F"),
            "weight": vectors[:, :kept] @ shares, "score": components @ shares, "kept": np.array([float(kept)])}


def check_with_sklearn(zs, values, vectors, components):
    try:
        from sklearn.decomposition import PCA
    except ImportError:
        return
    pca = PCA().fit(zs)
    assert np.allclose(pca.explained_variance_, values, rtol=1e-10)
    k = components.shape[1]
    signs = np.sign((pca.components_[:k] * vectors[:, :k].T).sum(axis=1))
    assert np.allclose(pca.transform(zs)[:, :k] * signs, components, atol=1e-9)


def check_entropy_with_loops(x, result, shift):
    """Second, scalar implementation (math.log, plain loops) of the pooled flat entropy weights."""
    n, m = x.shape
    divergences = []
    for j in range(m):
        column = [float(v) for v in x[:, j]]
        low, high = min(column), max(column)
        z = [((v - low) if POSITIVE[j] else (high - v)) / (high - low) + shift for v in column]
        total = sum(z)
        e = -sum((v / total) * math.log(v / total) for v in z if v > 0) / math.log(n)
        divergences.append(1 - e)
    weights = [d / sum(divergences) for d in divergences]
    assert np.allclose(weights, result["weight"], rtol=1e-13, atol=0)


def write(name, result):
    with open(os.path.join(OUT, name + ".txt"), "w") as f:
        for tag, vector in result.items():
            f.write(" ".join([tag] + [repr(float(v)) for v in np.atleast_1d(vector)]) + "\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    years, x = load()
    with open(os.path.join(OUT, "indicators.csv"), "w") as f:
        f.write(",".join(["year"] + NAMES) + "\n")
        for year, row in zip(years, x):
            f.write(",".join([str(year)] + [repr(float(v)) for v in row]) + "\n")
    pooled = entropy_case(x, None, 0.0001, False, False)
    check_entropy_with_loops(x, pooled, 0.0001)
    write("entropy_pooled", pooled)
    write("entropy_pooled_noshift", entropy_case(x, None, 0.0, False, False))
    write("entropy_by_year", entropy_case(x, years, 0.0001, False, False))
    write("entropy_hierarchical", entropy_case(x, None, 0.0001, True, False))
    write("entropy_hierarchical_by_year", entropy_case(x, years, 0.0001, True, False))
    write("topsis_pooled", entropy_case(x, None, 0.0001, False, True))
    write("topsis_by_year", entropy_case(x, years, 0.0001, False, True))
    write("pca_kaiser", pca_case(x, ("kaiser",)))
    write("pca_count3", pca_case(x, ("count", 3)))
    write("pca_share80", pca_case(x, ("share", 0.8)))


if __name__ == "__main__":
    main()
