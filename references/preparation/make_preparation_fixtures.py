"""Reference numbers for PanelCore's data preparation steps (winsorize, standardize, adjacent-year mean
imputation, linear interpolation, balance check).

Main source: pandas (Series.quantile + clip, mean/std, groupby-transform by year, groupby shift on a time-complete
reindex, interpolate(method="index", limit_area="inside") within unit). Each result is cross-checked against a
plain-Python implementation of the written-out definition before anything is written.

Inputs: examples/nqpf_panel.csv (the project's own synthetic panel; five raw indicators, three of which have missing
cells) and a small hand-made panel with absent rows and runs of missing cells. Run from the repository root:
    python3 references/preparation/make_preparation_fixtures.py
Deterministic (no randomness); numbers are written with repr(float), missing values as empty fields.
"""
import math
import os

import numpy as np
import pandas as pd

OUT = "Tests/PanelCoreTests/Fixtures/preparation"
COLUMNS = ["college_students_per10k", "tertiary_gdp_share", "broadband_per10k", "so2_intensity", "rd_intensity"]
WINSOR_POOLED = (0.01, 0.99)
WINSOR_BY_YEAR = (0.05, 0.95)


def text(x):
    if isinstance(x, str):
        return x
    if isinstance(x, (int, np.integer)):
        return str(int(x))
    return "" if math.isnan(x) else repr(float(x))


def write_csv(name, frame):
    with open(os.path.join(OUT, name), "w", newline="\n") as f:
        f.write(",".join(frame.columns) + "\n")
        for row in frame.itertuples(index=False):
            f.write(",".join(text(v) for v in row) + "\n")


def close(a, b, tol=1e-13):
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return abs(a - b) <= tol * max(abs(b), 1.0)


def check_equal(frame, expected, what):
    for c in expected:
        got = list(frame[c])
        assert len(got) == len(expected[c]), what
        for a, b in zip(got, expected[c]):
            assert close(a, b), (what, c, a, b)


# ---- plain-Python definitions used for the cross-checks ----------------------------------------------------------

def type7(sorted_values, p):
    h = (len(sorted_values) - 1) * p
    lo = math.floor(h)
    if lo >= len(sorted_values) - 1:
        return sorted_values[-1]
    return sorted_values[lo] + (h - lo) * (sorted_values[lo + 1] - sorted_values[lo])


def groups_of(keys):
    groups = {}
    for i, k in enumerate(keys):
        groups.setdefault(k, []).append(i)
    return list(groups.values())


def plain_winsor(values, keys, lower, upper):
    out = list(values)
    for rows in groups_of(keys):
        obs = sorted(values[i] for i in rows if not math.isnan(values[i]))
        if not obs:
            continue
        lo, hi = type7(obs, lower), type7(obs, upper)
        for i in rows:
            if not math.isnan(values[i]):
                out[i] = min(max(values[i], lo), hi)
    return out


def plain_standardize(values, keys):
    out = list(values)
    for rows in groups_of(keys):
        obs = [i for i in rows if not math.isnan(values[i])]
        mean = math.fsum(values[i] for i in obs) / len(obs)
        sd = math.sqrt(math.fsum((values[i] - mean) ** 2 for i in obs) / (len(obs) - 1))
        for i in obs:
            out[i] = (values[i] - mean) / sd
    return out


def plain_adjacent(values, units, years):
    at = {(u, t): v for u, t, v in zip(units, years, values)}
    out = list(values)
    for i, (u, t, v) in enumerate(zip(units, years, values)):
        a, b = at.get((u, t - 1), math.nan), at.get((u, t + 1), math.nan)
        if math.isnan(v) and not math.isnan(a) and not math.isnan(b):
            out[i] = (a + b) / 2
    return out


def plain_interpolate(values, units, years):
    out = list(values)
    for rows in groups_of(units):
        rows = sorted(rows, key=lambda i: years[i])
        obs = [i for i in rows if not math.isnan(values[i])]
        for i in rows:
            if not math.isnan(values[i]):
                continue
            before = [j for j in obs if years[j] < years[i]]
            after = [j for j in obs if years[j] > years[i]]
            if before and after:
                j, k = before[-1], after[0]
                w = (years[i] - years[j]) / (years[k] - years[j])
                out[i] = values[j] + w * (values[k] - values[j])
    return out


# ---- pandas, the main source --------------------------------------------------------------------------------------

def pandas_winsor(frame, columns, lower, upper, by=None):
    def clip(s):
        return s.clip(s.quantile(lower), s.quantile(upper))
    result = frame.copy()
    for c in columns:
        result[c] = clip(frame[c]) if by is None else frame.groupby(by)[c].transform(clip)
    return result


def pandas_standardize(frame, columns, by=None):
    def z(s):
        return (s - s.mean()) / s.std()
    result = frame.copy()
    for c in columns:
        result[c] = z(frame[c]) if by is None else frame.groupby(by)[c].transform(z)
    return result


def pandas_adjacent(frame, columns, unit, time):
    full_index = pd.MultiIndex.from_product(
        [frame[unit].unique(), range(frame[time].min(), frame[time].max() + 1)], names=[unit, time])
    full = frame.set_index([unit, time]).reindex(full_index)
    result = frame.copy()
    for c in columns:
        previous = full.groupby(level=0)[c].shift(1)
        following = full.groupby(level=0)[c].shift(-1)
        mean = ((previous + following) / 2).reindex(pd.MultiIndex.from_frame(frame[[unit, time]]))
        result[c] = frame[c].where(frame[c].notna(), mean.to_numpy())
    return result


def pandas_interpolate(frame, columns, unit, time):
    result = frame.copy()
    for c in columns:
        filled = frame.groupby(unit, sort=False, group_keys=False)[[time, c]].apply(
            lambda g: g.sort_values(time).set_index(time)[c].interpolate(method="index", limit_area="inside")
            .set_axis(g.sort_values(time).index))
        result[c] = filled.reindex(frame.index)
    return result


def run(frame, columns, unit, time, prefix):
    units, years = list(frame[unit]), list(frame[time])
    pooled = [0] * len(frame)
    cases = {
        "winsor_pooled": (pandas_winsor(frame, columns, *WINSOR_POOLED),
                          lambda v: plain_winsor(v, pooled, *WINSOR_POOLED)),
        "winsor_by_year": (pandas_winsor(frame, columns, *WINSOR_BY_YEAR, by=time),
                           lambda v: plain_winsor(v, years, *WINSOR_BY_YEAR)),
        "standardize_pooled": (pandas_standardize(frame, columns), lambda v: plain_standardize(v, pooled)),
        "standardize_by_year": (pandas_standardize(frame, columns, by=time), lambda v: plain_standardize(v, years)),
        "adjacent_mean": (pandas_adjacent(frame, columns, unit, time), lambda v: plain_adjacent(v, units, years)),
        "interpolate": (pandas_interpolate(frame, columns, unit, time), lambda v: plain_interpolate(v, units, years)),
    }
    for name, (result, plain) in cases.items():
        check_equal(result, {c: plain(list(frame[c])) for c in columns}, prefix + name)
        write_csv(f"{prefix}_{name}.csv", result)
    summary = []
    for c in columns:
        s = frame[c]
        low, high = s.quantile(WINSOR_POOLED[0]), s.quantile(WINSOR_POOLED[1])
        assert close(low, float(np.nanpercentile(s, 100 * WINSOR_POOLED[0])))
        summary.append({"column": c, "lower_bound": low, "upper_bound": high,
                        "clipped_low": int((s < low).sum()), "clipped_high": int((s > high).sum()),
                        "mean": s.mean(), "sd": s.std(), "missing": int(s.isna().sum()),
                        "adjacent_filled": int(cases["adjacent_mean"][0][c].notna().sum() - s.notna().sum()),
                        "interpolated": int(cases["interpolate"][0][c].notna().sum() - s.notna().sum())})
    write_csv(f"{prefix}_summary.csv", pd.DataFrame(summary))


def hand_panel():
    """Four units, years 2001-2008, some rows absent (B has no 2003 row, D has one row) and runs of missing cells."""
    nan = math.nan
    rows = [
        ("A", 2001, 1.0, 10.0), ("A", 2002, 2.0, nan), ("A", 2003, nan, 12.5), ("A", 2004, 4.5, nan),
        ("A", 2005, nan, nan), ("A", 2006, nan, 15.0), ("A", 2007, 7.25, 16.0), ("A", 2008, nan, 17.0),
        ("B", 2001, nan, 3.0), ("B", 2002, 0.5, 2.0), ("B", 2004, nan, 1.5), ("B", 2005, 2.0, nan),
        ("B", 2006, 2.5, 0.25), ("B", 2008, nan, 0.75), ("B", 2007, 3.5, nan),
        ("C", 2002, nan, 5.0), ("C", 2003, nan, 6.5), ("C", 2004, nan, 4.0), ("C", 2005, nan, 9.0),
        ("D", 2004, 8.0, nan),
    ]
    return pd.DataFrame(rows, columns=["id", "year", "x", "z"])


def main():
    os.makedirs(OUT, exist_ok=True)
    raw = pd.read_csv("examples/nqpf_panel.csv")
    nqpf = raw[["city", "year"] + COLUMNS].copy()
    write_csv("nqpf_input.csv", nqpf)
    run(nqpf, COLUMNS, "city", "year", "nqpf")
    hand = hand_panel()
    write_csv("hand_input.csv", hand)
    # by-year standardizing is undefined on the hand panel (years with one observation): pooled only there
    units, years = list(hand["id"]), list(hand["year"])
    for name, result, plain in [
        ("winsor_pooled", pandas_winsor(hand, ["x", "z"], 0.1, 0.9), lambda v: plain_winsor(v, [0] * len(v), 0.1, 0.9)),
        ("standardize_pooled", pandas_standardize(hand, ["x", "z"]), lambda v: plain_standardize(v, [0] * len(v))),
        ("adjacent_mean", pandas_adjacent(hand, ["x", "z"], "id", "year"), lambda v: plain_adjacent(v, units, years)),
        ("interpolate", pandas_interpolate(hand, ["x", "z"], "id", "year"), lambda v: plain_interpolate(v, units, years)),
    ]:
        check_equal(result, {c: plain(list(hand[c])) for c in ["x", "z"]}, "hand " + name)
        write_csv(f"hand_{name}.csv", result)
    print("pandas", pd.__version__, "numpy", np.__version__)


if __name__ == "__main__":
    main()
