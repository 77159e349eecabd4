"""Kernel density fixtures for `kernel_density` (Tests/PanelCoreTests/Fixtures/evolution/kde_*.json).

For each case and each (period[, group]) sample of examples/nqpf_panel.csv:
- bandwidth: statsmodels `bw_silverman` / `bw_scott` (0.9 or 1.059 * min(sd, IQR/1.349) * n^-0.2), or the given one;
- density on numpy.linspace(low, high, points), low/high = min - 3h / max + 3h unless a range is given, from
  statsmodels `KDEUnivariate.fit(kernel, bw, fft=False).evaluate(g)` point by point (NaN, its answer where no
  observation lies within the kernel's support, is 0): kernel "gau"; Stata's `epanechnikov`
  (3/(4*sqrt5)) (1 - u^2/5) on |u| < sqrt5 is statsmodels "epa" with bandwidth sqrt(5) h; `epan2` is "epa" with h;
- cross-checked before writing against a direct NumPy sum of the kernel formulas and, for the Gaussian kernel,
  scipy `gaussian_kde(x, bw_method=h / std(x, ddof=1))`;
- shape: mean, sd (ddof 1), IQR (numpy.percentile, linear), skewness scipy.stats.skew (bias=True, m3/m2^1.5);
- peaks: interior grid points k with f[k] > f[k-1] and f[k] >= f[k+1].
Run from the repository root: python3 references/evolution/kde_reference.py
"""
import json
import math
import os

import numpy as np
import pandas as pd
import scipy
import scipy.stats
import statsmodels
from panel_data import OUT, load
from statsmodels.nonparametric import bandwidths
from statsmodels.nonparametric.kde import KDEUnivariate

CASES = [
    ("kde_gaussian_silverman", {"variable": "NQP"}),
    ("kde_gaussian_scott_region", {"variable": "NQP", "group": "region", "bandwidth": "scott", "points": 64}),
    ("kde_epanechnikov_silverman", {"variable": "NQP", "kernel": "epanechnikov", "points": 80}),
    ("kde_epan2_given_range", {"variable": "UL", "kernel": "epan2", "bandwidth": 0.05, "points": 51, "range": [0.3, 1.0]}),
]


def direct(x, grid, kernel, h):
    u = (grid[:, None] - x[None, :]) / h
    if kernel == "gaussian":
        k = np.exp(-0.5 * u * u) / math.sqrt(2 * math.pi)
    elif kernel == "epanechnikov":
        k = np.where(u * u < 5, 3 / (4 * math.sqrt(5)) * (1 - u * u / 5), 0.0)
    else:
        k = np.where(u * u <= 1, 0.75 * (1 - u * u), 0.0)
    return k.sum(axis=1) / (len(x) * h)


def sample(x, spec):
    kernel = spec.get("kernel", "gaussian")
    rule = spec.get("bandwidth", "silverman")
    points = spec.get("points", 100)
    if rule == "silverman":
        h = float(bandwidths.bw_silverman(x))
    elif rule == "scott":
        h = float(bandwidths.bw_scott(x))
    else:
        h = float(rule)
    low, high = spec.get("range", [x.min() - 3 * h, x.max() + 3 * h])
    grid = np.linspace(low, high, points)
    kde = KDEUnivariate(x)
    if kernel == "gaussian":
        kde.fit(kernel="gau", bw=h, fft=False)
    else:
        kde.fit(kernel="epa", bw=h * math.sqrt(5) if kernel == "epanechnikov" else h, fft=False)
    # evaluate() answers NaN where no observation lies within the kernel's support: the density there is 0.
    density = np.nan_to_num(np.array([np.asarray(kde.evaluate(g), dtype=float).item() for g in grid]), nan=0.0)
    check = direct(x, grid, kernel, h)
    assert np.allclose(density, check, rtol=1e-12, atol=1e-12 * check.max()), (kernel, np.abs(density - check).max())
    if kernel == "gaussian":
        scipy_density = scipy.stats.gaussian_kde(x, bw_method=h / np.std(x, ddof=1))(grid)
        assert np.allclose(density, scipy_density, rtol=1e-12, atol=1e-12 * check.max())
    peaks = [k for k in range(1, points - 1) if density[k] > density[k - 1] and density[k] >= density[k + 1]]
    return {
        "n": len(x), "mean": float(x.mean()), "sd": float(np.std(x, ddof=1)),
        "iqr": float(np.percentile(x, 75) - np.percentile(x, 25)), "skewness": float(scipy.stats.skew(x)),
        "bandwidth": h, "peaks": [{"location": float(grid[k]), "density": float(density[k])} for k in peaks],
        "grid": [float(g) for g in grid], "density": [float(d) for d in density],
    }


def main():
    data = load()
    versions = {"numpy": np.__version__, "scipy": scipy.__version__, "statsmodels": statsmodels.__version__, "pandas": pd.__version__}
    for name, spec in CASES:
        samples = []
        for year in sorted(data["year"].unique()):
            rows = data[data["year"] == year]
            groups = sorted(rows[spec["group"]].unique()) if "group" in spec else [None]
            for group in groups:
                part = rows if group is None else rows[rows[spec["group"]] == group]
                x = part[spec["variable"]].to_numpy(dtype=float)
                entry = {"period": int(year)}
                if group is not None:
                    entry["group"] = group
                if len(x) < 2:
                    continue
                entry.update(sample(x, spec))
                samples.append(entry)
        with open(os.path.join(OUT, name + ".json"), "w") as f:
            json.dump({"versions": versions, "model": dict({"estimator": "kernel_density"}, **spec), "samples": samples}, f, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
