"""Writes the numeric CSV of bench/csv and bench/panel: `units` × `years` rows of id, year, y, x1–x5 with
pandas `to_csv` (shortest round-trip decimal text, as users' files come), seeded numpy data:
five regressors correlated with the unit effect, y = x'b + a_unit + g_year + e.
`--unbalanced F` drops each row with probability F (a second seeded stream).

    python3 make_csv.py OUT.csv [--units 100000] [--years 10] [--unbalanced F]
"""
import argparse

import numpy as np
import pandas as pd


def panel_frame(units, years, unbalanced=0.0):
    rng = np.random.default_rng(20261207)
    n = units * years
    unit = np.repeat(np.arange(1, units + 1), years)
    year = np.tile(np.arange(2001, 2001 + years), units)
    unit_effect = rng.normal(size=units)[unit - 1]
    year_effect = rng.normal(size=years)[year - 2001]
    frame = {"id": unit, "year": year}
    xs = [rng.normal(size=n) + 0.5 * unit_effect for _ in range(5)]
    beta = [1.0, -0.5, 0.25, 2.0, -1.5]
    y = sum(b * x for b, x in zip(beta, xs)) + unit_effect + year_effect + rng.normal(size=n)
    frame["y"] = y
    for k, x in enumerate(xs, start=1):
        frame[f"x{k}"] = x
    table = pd.DataFrame(frame)
    if unbalanced > 0:
        keep = np.random.default_rng(20261208).random(n) >= unbalanced
        table = table[keep]
    return table


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--units", type=int, default=100_000)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--unbalanced", type=float, default=0.0)
    args = parser.parse_args()
    panel_frame(args.units, args.years, args.unbalanced).to_csv(args.out, index=False)


if __name__ == "__main__":
    main()
