"""Formula terms of PanelCore's panel formulas, evaluated in pandas for the reference scripts.

Supports plain columns, l(x, k) and f(x, k) (lag / lead within the panel unit; a gap in time gives a missing value),
d(x) (first difference within the unit, gaps respected), i(f, ref=r) (dummies for every level of f except r, named
fixest-style `f::level`) and i(f, x) (factor x continuous for every level: `f::level:x`), and the fixed-effect part
`| a + b^c` (b^c is the interaction of b and c).
"""
import re

import pandas as pd

TERM = re.compile(r"^(?P<fn>[lfd]|i)\((?P<args>[^()]*)\)$")


def split_formula(formula):
    """Returns (response, [rhs terms], [fixed effects as lists of columns])."""
    lhs, rest = (side.strip() for side in formula.split("~", 1))
    rhs, _, fe = rest.partition("|")
    terms = [t.strip() for t in re.split(r"\+(?![^()]*\))", rhs)]
    fixed = [[p.strip() for p in f.split("^")] for f in fe.split("+")] if fe.strip() else []
    return lhs, terms, fixed


def shifted(frame, column, lag, panel):
    """Value of `column` at time t - lag of the same unit (lag < 0 is a lead), NaN when that row is absent.

    Computed by a join on (unit, time - lag) and, independently, by a sorted group shift kept only where the
    shifted row's time is exactly t - lag; the two must agree."""
    unit, time = panel
    source = frame[[unit, time, column]].copy()
    source[time] = source[time] + lag
    joined = frame[[unit, time]].merge(source, on=[unit, time], how="left")[column].to_numpy(float)
    ordered = frame.sort_values([unit, time])
    groups = ordered.groupby(unit)
    exact = ordered[time] - groups[time].shift(lag) == lag
    by_shift = groups[column].shift(lag).where(exact).reindex(frame.index).to_numpy(float)
    assert ((joined == by_shift) | (pd.isna(joined) & pd.isna(by_shift))).all(), f"lag of {column} disagrees"
    return joined


def levels_of(series):
    """Sorted distinct non-missing levels of a factor column."""
    return sorted(series.dropna().unique())


def expand(term, frame, panel):
    """[(name, column)] for one right-hand-side term."""
    match = TERM.match(term)
    if not match:
        return [(term, frame[term].to_numpy(float))]
    fn = match.group("fn")
    args = [a.strip() for a in match.group("args").split(",")]
    if fn in "lf":
        k = int(args[1]) if len(args) > 1 else 1
        return [(f"{fn}({args[0]}, {k})", shifted(frame, args[0], k if fn == "l" else -k, panel))]
    if fn == "d":
        return [(f"d({args[0]})", frame[args[0]].to_numpy(float) - shifted(frame, args[0], 1, panel))]
    factor = frame[args[0]]
    if len(args) > 1 and args[1].startswith("ref="):
        reference = type(levels_of(factor)[0])(args[1][4:])
        return [(f"{args[0]}::{level}", (factor == level).to_numpy(float))
                for level in levels_of(factor) if level != reference]
    return [(f"{args[0]}::{level}:{args[1]}", (factor == level).to_numpy(float) * frame[args[1]].to_numpy(float))
            for level in levels_of(factor)]


def fe_key(frame, parts):
    """One column identifying the levels of a (possibly interacted) fixed effect."""
    return frame[parts].astype(str).agg("^".join, axis=1) if len(parts) > 1 else frame[parts[0]].astype(str)


def pyfixest_formula(formula):
    """The same model in pyfixest syntax: lags and differences become pre-built columns named lag_x_k / diff_x."""
    def replace(match):
        fn, args = match.group(1), [a.strip() for a in match.group(2).split(",")]
        if fn == "d":
            return f"diff_{args[0]}"
        return f"{'lag' if fn == 'l' else 'lead'}_{args[0]}_{args[1] if len(args) > 1 else 1}"
    return re.sub(r"\b([lfd])\(([^()]*)\)", replace, formula)


def add_panel_terms(frame, formula, panel):
    """Adds the pre-built lag / lead / difference columns pyfixest_formula refers to."""
    out = frame.copy()
    for fn, args in re.findall(r"\b([lfd])\(([^()]*)\)", formula):
        term = f"{fn}({args})"
        (name, column), = expand(term, frame, panel)
        out[pyfixest_formula(term)] = column
    return out
