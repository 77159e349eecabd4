"""Writes Tests/PanelCoreTests/Fixtures/figures/density.json: a Gaussian kernel density of seeded draws with
Silverman's bandwidth, computed independently with NumPy (bandwidth also from statsmodels' KDEUnivariate
`bw="silverman"`, which uses the same rule 0.9·min(sd, IQR/1.349)·n^(-1/5)), on the 200-point grid the figure uses."""
import json
import pathlib

import numpy as np
import statsmodels.api as sm

OUT = pathlib.Path(__file__).resolve().parents[2] / "Tests/PanelCoreTests/Fixtures/figures/density.json"


def main():
    draws = np.random.default_rng(20261121).normal(0.02, 0.05, size=137)
    kde = sm.nonparametric.KDEUnivariate(draws)
    kde.fit(bw="silverman")
    sd = draws.std(ddof=1)
    q75, q25 = np.percentile(draws, [75, 25])
    h = 0.9 * min(sd, (q75 - q25) / 1.349) * len(draws) ** -0.2
    assert abs(h - kde.bw) < 1e-15 * max(1, h) * 10, (h, kde.bw)
    grid = draws.min() - 3 * h + np.arange(200) * ((draws.max() - draws.min() + 6 * h) / 199)
    u = (grid[:, None] - draws[None, :]) / h
    density = np.exp(-0.5 * u * u).sum(axis=1) / (len(draws) * h * np.sqrt(2 * np.pi))
    OUT.write_text(json.dumps({
        "source": "references/figures/make_density_fixture.py (NumPy %s, statsmodels %s)" % (np.__version__, sm.__version__ if hasattr(sm, "__version__") else "?"),
        "draws": [float(v) for v in draws],
        "bandwidth": float(h),
        "grid": [float(v) for v in grid],
        "density": [float(v) for v in density],
    }, indent=1) + "\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
