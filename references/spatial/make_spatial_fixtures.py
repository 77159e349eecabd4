#!/usr/bin/env python3
"""Reference fixtures for PanelCore's spatial weights, global Moran's I / Geary's C and local Moran (LISA).

Data: the project's synthetic example panel (Fixtures/descriptives/nqpf.csv: 45 cities x 2013-2023, variable NQP)
and simulated city coordinates (numpy default_rng(SEED), written to Fixtures/spatial/coordinates.csv).

Writes Tests/PanelCoreTests/Fixtures/spatial/
  * coordinates.csv - city, lat, lon (simulated, in a box over western China), and panel.csv - city, year, NQP,
    UL of nqpf.csv with each city's coordinates (what the tests send in requests);
  * weights.json - for each weights case the dense matrix as used (row standardised unless said), computed here
    from the definitions with numpy / mpmath (haversine at 50 digits, checked against libpysal harcdist), the
    libpysal W built from it (s0, s1, s2, neighbour counts, islands) and numpy's largest |eigenvalue|;
  * moran.json - esda Moran and Geary (two_tailed=True; esda's Geary p is one-sided, the test doubles it) of NQP by
    year and pooled (block-diagonal kron(I_T, W)) for the economic-distance and knn weights;
  * lisa.json - esda Moran_Local (Is, EI, VI, q, z) of NQP in 2013 on the economic-distance weights.
Run from the repository root:  python3 references/spatial/make_spatial_fixtures.py
"""
import functools
import json
import operator
import math
import os

import esda
import libpysal
import mpmath
import numpy as np
import pandas as pd
import scipy
import scipy.sparse as sp
from libpysal.cg.sphere import harcdist

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(ROOT, "Tests", "PanelCoreTests", "Fixtures")
OUT = os.path.join(FIXTURES, "spatial")
SEED = 20261121
RADIUS_KM = 6371.0
mpmath.mp.dps = 50


def haversine(lat1, lon1, lat2, lon2):
    """Great-circle distance in km at 50 digits (the definition PanelCore implements)."""
    r = mpmath.pi / 180
    p1, p2 = mpmath.mpf(lat1) * r, mpmath.mpf(lat2) * r
    dp = (mpmath.mpf(lat2) - mpmath.mpf(lat1)) * r / 2
    dl = (mpmath.mpf(lon2) - mpmath.mpf(lon1)) * r / 2
    h = mpmath.sin(dp) ** 2 + mpmath.cos(p1) * mpmath.cos(p2) * mpmath.sin(dl) ** 2
    return float(2 * RADIUS_KM * mpmath.asin(mpmath.sqrt(h)))


def row_standardise(m):
    return m / m.sum(axis=1, keepdims=True)


def distances(coords):
    n = len(coords)
    d = np.zeros((n, n))
    for i in range(n):
        for j in range(i):
            d[i, j] = d[j, i] = haversine(coords[i][0], coords[i][1], coords[j][0], coords[j][1])
            check = harcdist((coords[i][1], coords[i][0]), (coords[j][1], coords[j][0]))
            assert abs(check - d[i, j]) <= 1e-9 * d[i, j], (check, d[i, j])
    return d


def knn(d, k):
    n = len(d)
    m = np.zeros((n, n))
    for i in range(n):
        order = sorted((j for j in range(n) if j != i), key=lambda j: (d[i, j], j))
        m[i, order[:k]] = 1.0
    return m


def describe(m, ids):
    w = libpysal.weights.full2W(m, ids=ids)
    n = len(m)
    nonzero = (m != 0).sum(axis=1)
    return {
        "ids": ids, "matrix": m.tolist(), "s0": float(w.s0), "s1": float(w.s1), "s2": float(w.s2),
        "links": int(nonzero.sum()), "min_neighbours": int(nonzero.min()), "max_neighbours": int(nonzero.max()),
        "islands": [ids[i] for i in range(n) if nonzero[i] == 0],
        "spectral_radius": float(np.max(np.abs(np.linalg.eigvals(m)))),
    }


def moran_record(y, m):
    w = libpysal.weights.full2W(m)
    w.transform = "o"
    mi = esda.Moran(y, w, transformation="o", permutations=0)
    gc = esda.Geary(y, w, transformation="o", permutations=0)
    return {"I": mi.I, "EI": mi.EI, "VI_norm": mi.VI_norm, "VI_rand": mi.VI_rand, "z_norm": mi.z_norm, "z_rand": mi.z_rand,
            "p_norm": mi.p_norm, "p_rand": mi.p_rand,
            "C": gc.C, "EC": gc.EC, "VC_norm": gc.VC_norm, "VC_rand": gc.VC_rand, "zC_norm": gc.z_norm, "zC_rand": gc.z_rand,
            "pC_norm_one_sided": gc.p_norm, "pC_rand_one_sided": gc.p_rand}


def main():
    os.makedirs(OUT, exist_ok=True)
    panel = pd.read_csv(os.path.join(FIXTURES, "descriptives", "nqpf.csv"))
    cities = list(dict.fromkeys(panel["city"]))
    years = sorted(panel["year"].unique())
    rng = np.random.default_rng(SEED)
    coords = [(float(np.round(rng.uniform(22, 48), 6)), float(np.round(rng.uniform(75, 112), 6))) for _ in cities]
    pd.DataFrame({"city": cities, "lat": [c[0] for c in coords], "lon": [c[1] for c in coords]}).to_csv(
        os.path.join(OUT, "coordinates.csv"), index=False, float_format="%.6f")
    coords = [tuple(float(v) for v in row) for row in pd.read_csv(os.path.join(OUT, "coordinates.csv"))[["lat", "lon"]].values]
    located = panel[["city", "year", "NQP", "UL"]].merge(pd.read_csv(os.path.join(OUT, "coordinates.csv")), on="city", how="left")
    located.to_csv(os.path.join(OUT, "panel.csv"), index=False)

    # x̄_i summed left to right in data order, then divided by the count: the IEEE operations PanelCore performs.
    # (pandas' mean sums differently, and economic-distance weights 1/|x̄_i − x̄_j| of close means amplify a 1-ulp
    # difference of the means to ~1e-11 relative.)
    means = np.array([functools.reduce(operator.add, map(float, panel.loc[panel.city == c, "UL"])) / (panel.city == c).sum()
                      for c in cities])
    assert np.allclose(means, panel.groupby("city", sort=False)["UL"].mean().reindex(cities).values, rtol=1e-15)
    gap = np.abs(means[:, None] - means[None, :])
    np.fill_diagonal(gap, np.inf)
    economic = 1.0 / gap
    d = distances(coords)
    with np.errstate(divide="ignore"):
        inverse = np.where(np.eye(len(d)) == 1, 0.0, 1.0 / d)
    cutoff = 600.0
    inverse_cut = np.where((d <= cutoff) & (np.eye(len(d)) == 0), inverse, 0.0)
    with np.errstate(divide="ignore"):
        inverse_squared = np.where(np.eye(len(d)) == 1, 0.0, 1.0 / (d * d))
    knn4 = knn(d, 4)
    lib_knn = libpysal.weights.KNN(np.array([[c[1], c[0]] for c in coords]), k=4, distance_metric="arc",
                                   radius=RADIUS_KM)
    for i in range(len(cities)):
        assert sorted(lib_knn.neighbors[i]) == sorted(np.nonzero(knn4[i])[0].tolist()), i

    cases = {
        "economic_row": describe(row_standardise(economic), cities),
        "economic_none": describe(economic, cities),
        "inverse_row": describe(row_standardise(inverse), cities),
        "inverse_squared_none": describe(inverse_squared, cities),
        "inverse_cutoff_none": describe(inverse_cut, cities),
        "knn4_row": describe(row_standardise(knn4), cities),
        "knn4_none": describe(knn4, cities),
    }
    cases["economic_spectral"] = describe(economic / cases["economic_none"]["spectral_radius"], cities)
    cases["knn4_spectral"] = describe(knn4 / cases["knn4_none"]["spectral_radius"], cities)
    cases["inverse_cutoff_none"]["cutoff_km"] = cutoff
    with open(os.path.join(OUT, "weights.json"), "w") as f:
        json.dump(cases, f, indent=1)

    y = {t: panel[panel.year == t].set_index("city").reindex(cities)["NQP"].values for t in years}
    moran = {}
    for name in ["economic_row", "knn4_row", "inverse_cutoff_none"]:
        m = np.array(cases[name]["matrix"])
        per_year = [dict(moran_record(y[t], m), year=int(t)) for t in years]
        pooled = moran_record(np.concatenate([y[t] for t in years]), sp.kron(sp.eye(len(years)), sp.csr_matrix(m)).toarray())
        moran[name] = {"by_year": per_year, "pooled": pooled}
    with open(os.path.join(OUT, "moran.json"), "w") as f:
        json.dump(moran, f, indent=1)

    w = libpysal.weights.full2W(np.array(cases["economic_row"]["matrix"]))
    local = esda.Moran_Local(y[years[0]], w, transformation="o", permutations=0)
    lisa = {"year": int(years[0]), "Is": local.Is.tolist(), "EI": local.EI.tolist(), "VI": local.VI.tolist(),
            "q": local.q.tolist(), "z": local.z.tolist()}
    with open(os.path.join(OUT, "lisa.json"), "w") as f:
        json.dump(lisa, f, indent=1)

    with open(os.path.join(OUT, "SOURCES.md"), "w") as f:
        f.write("# Spatial fixtures: provenance and licences\n\n"
                "Generated by references/spatial/make_spatial_fixtures.py; do not edit by hand.\n\n"
                "- data: `Fixtures/descriptives/nqpf.csv` (the project's own synthetic example panel, same licence)\n"
                f"- `coordinates.csv`: simulated, numpy default_rng({SEED}), lat U(22, 48), lon U(75, 112), 6 decimals\n"
                "- `panel.csv`: city, year, NQP, UL of nqpf.csv joined with coordinates.csv\n"
                "- `weights.json`: matrices from the definitions (numpy; libpysal `full2W` for the W; haversine with mpmath at 50 digits, checked "
                "against libpysal harcdist to 1e-9; knn checked against libpysal KNN(distance_metric='arc')); s0/s1/s2 "
                "from libpysal W; spectral radius = max |numpy.linalg.eigvals|\n"
                "- `moran.json`: esda.Moran / esda.Geary (transformation='o' on the matrix as used, permutations=0)\n"
                "- `lisa.json`: esda.Moran_Local (transformation='o', permutations=0)\n\n"
                f"Versions: numpy {np.__version__}, scipy {scipy.__version__}, pandas {pd.__version__}, "
                f"libpysal {libpysal.__version__}, esda {esda.__version__}, mpmath {mpmath.__version__}\n")


if __name__ == "__main__":
    main()
