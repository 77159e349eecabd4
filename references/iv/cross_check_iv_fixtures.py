#!/usr/bin/env python3
"""Independent cross-checks of the committed IV fixtures (issue 9) against pyfixest, R's AER::ivreg and statsmodels.

Reads every Tests/PanelCoreTests/Fixtures/iv/<case>.json written by make_iv_fixtures.py (and the CSV it names),
rebuilds the estimation sample from the case's formula, re-estimates with each package wherever that package
expresses the same model and covariance convention, and prints one line per compared number. Nothing is written;
the exit status is 1 if any number disagrees (or a sample size differs), 0 otherwise.

  pyfixest  feols("y ~ exog | fe | endog ~ inst") for 2SLS with one endogenous regressor (pyfixest fits no more):
            coefficients, standard errors (iid, hetero = HC1, CRV1; pyfixest's default ssc() coincides with
            ivreg2/reghdfe `small`: s^2 = RSS/(N-K), N/(N-K), G/(G-1)(N-1)/(N-K') with K' leaving out the fixed
            effects nested in the clusters) and the first-stage F of the excluded instruments (same covariance).
            With two endogenous regressors: coefficients only, from two explicit pyfixest stages (each first stage
            with the fixed effects absorbed, then y on the fitted values), which equal 2SLS exactly.
  AER       ivreg via references/iv/aer_ivreg.R on the cross-section data: coefficients, iid and
            vcovHC(type = "HC1") standard errors, the weak-instrument F of each first stage (iid, or HC1 Wald with
            vcov. = vcovHC HC1), Sargan, and Wu-Hausman (regression F) against the fixture's iid endogeneity C
            statistic = Durbin's chi^2, mapped by C = N Q / RSS_ols, F = (Q/k) / ((RSS_ols - Q)/(N - K - k)).
  statsmodels  sandbox IV2SLS coefficients and its (iid, RSS/(N-K)) standard errors on mroz and card, and
            LinearIVGMM two-step GMM coefficients on mroz (step one with weight (Z'Z)^-1 = 2SLS, step two with the
            uncentred HC weight from those residuals, as the fixture).

  AER panel cases: ivreg with each fixed effect as factor() dummies: coefficients, iid standard errors and
            first-stage F (K counts every dummy, as the fixture's iid convention), Sargan; clustered standard
            errors as vcovCL(type = "HC0", cadjust = FALSE) (sandwich's raw one- or two-way A + B - A&B sum) times
            the fixture's small-sample factor G/(G-1)(N-1)/(N-K'), which this script recomputes from the sample
            ("rule" lines) rather than taking from the fixture.

Tolerances (relative): coefficients 1e-9, standard errors 1e-8, test statistics and factors 1e-8.
Run from the repository root:  python3 references/iv/cross_check_iv_fixtures.py
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

import numpy as np
import pandas as pd
import pyfixest
import statsmodels
from statsmodels.sandbox.regression.gmm import IV2SLS, LinearIVGMM

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(ROOT, "Tests", "PanelCoreTests", "Fixtures", "iv")
AER_SCRIPT = os.path.join(ROOT, "references", "iv", "aer_ivreg.R")
TOL_COEF, TOL_SE, TOL_STAT = 1e-9, 1e-8, 1e-8
LAGGED = re.compile(r"^(\w+):l\((\w+), 1\)$")

failures = []


def check(case, package, quantity, ours, theirs, tol):
    """Print one comparison line and remember a failure."""
    rel = abs(theirs - ours) / max(abs(ours), 1e-300)
    ok = rel <= tol
    if not ok:
        failures.append((case, package, quantity))
    print(f"{'ok  ' if ok else 'FAIL'} {case:32s} {package:11s} {quantity:34s} ours={ours!r:24s} "
          f"theirs={theirs!r:24s} rel={rel:.1e} tol={tol:.0e}")


def terms(side):
    return [t.strip() for t in side.split(" + ")] if side.strip() else []


def parse(formula):
    """'y ~ a + b [| fe1 + fe2] | endog ~ inst' as (y, exog, fixed effects, endogenous, instruments)."""
    parts = formula.split(" | ")
    y, exog = parts[0].split(" ~ ")
    endog, inst = parts[-1].split(" ~ ")
    fe = terms(parts[1]) if len(parts) == 3 else []
    return y.strip(), terms(exog), fe, terms(endog), terms(inst)


def column_name(term):
    """A formula-safe column name for an instrument term ('geo1:l(phones, 1)' -> 'geo1_x_lag_phones')."""
    match = LAGGED.match(term)
    return f"{match.group(1)}_x_lag_{match.group(2)}" if match else term


def estimation_sample(entry):
    """The rows the case estimates on: lagged-interaction instruments built within the panel id (the lag needs the
    previous year present), then complete cases on every model variable."""
    data = pd.read_csv(os.path.join(FIXTURES, entry["data"]))
    y, exog, fe, endog, inst = parse(entry["model"]["formula"])
    panel = entry["panel"]
    if panel:
        data = data.sort_values([panel["id"], panel["time"]]).reset_index(drop=True)
    for term in inst:
        match = LAGGED.match(term)
        if match:
            lag = data.groupby(panel["id"])[match.group(2)].shift(1)
            lag[data.groupby(panel["id"])[panel["time"]].diff() != 1] = np.nan
            data[column_name(term)] = data[match.group(1)] * lag
    inst = [column_name(t) for t in inst]
    cluster = entry["model"]["vcov"]["cluster"] if isinstance(entry["model"]["vcov"], dict) else None
    clusters = [cluster] if isinstance(cluster, str) else (cluster or [])
    needed = [y] + exog + endog + inst + fe + [c for c in clusters if c not in fe]
    return data.dropna(subset=needed).reset_index(drop=True), (y, exog, fe, endog, inst, clusters)


def ours_by_term(entry, key):
    return {c["term"]: c[key] for c in entry["coefficients"]}


# ---------------------------------------------------------------- pyfixest

def pyfixest_vcov(entry, clusters):
    if clusters:
        return {"CRV1": "+".join(clusters)}
    return {"iid": "iid", "hc1": "hetero"}[entry["model"]["vcov"]]


def check_pyfixest(case, entry, sample, spec):
    y, exog, fe, endog, inst, clusters = spec
    if entry["model"]["method"] != "2sls":
        return f"{entry['model']['method']}: pyfixest fits 2SLS only"
    fe_part = f" | {' + '.join(fe)}" if fe else ""
    rhs = " + ".join(exog) if exog else "1"
    estimate = ours_by_term(entry, "estimate")
    rename = {"Intercept": "(Intercept)"}
    if len(endog) == 1:
        fit = pyfixest.feols(f"{y} ~ {rhs}{fe_part} | {endog[0]} ~ {' + '.join(inst)}", data=sample,
                             vcov=pyfixest_vcov(entry, clusters), ssc=pyfixest.ssc())
        std_error = ours_by_term(entry, "std_error")
        for term, value in fit.coef().rename(index=rename).items():
            check(case, "pyfixest", f"coef {term}", estimate[term], float(value), TOL_COEF)
        for term, value in fit.se().rename(index=rename).items():
            check(case, "pyfixest", f"se {term}", std_error[term], float(value), TOL_SE)
        fit.first_stage()
        check(case, "pyfixest", f"first-stage F {endog[0]}", entry["first_stages"][0]["f_stat"],
              float(fit._f_stat_1st_stage), TOL_STAT)
        return None
    stage_data = sample.copy()
    fitted = []
    for x in endog:
        first = pyfixest.feols(f"{x} ~ {' + '.join(exog + inst)}{fe_part}", data=stage_data)
        stage_data[f"{x}_hat"] = stage_data[x] - first.resid()
        fitted.append(f"{x}_hat")
    second = pyfixest.feols(f"{y} ~ {' + '.join(exog + fitted) if exog else ' + '.join(fitted)}{fe_part}",
                            data=stage_data)
    for term, value in second.coef().rename(index=rename).items():
        term = term[:-4] if term.endswith("_hat") else term
        check(case, "pyfixest", f"coef {term} (two stages)", estimate[term], float(value), TOL_COEF)
    return "two endogenous regressors: pyfixest's IV fits one, so coefficients only (two explicit stages)"


# ---------------------------------------------------------------- R AER::ivreg

aer_cache = {}


def run_aer(entry, sample, spec):
    """AER::ivreg's numbers for this sample and specification (one Rscript run per distinct model)."""
    y, exog, fe, endog, inst, clusters = spec
    key = (entry["model"]["formula"], tuple(clusters))
    if key not in aer_cache:
        with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as handle:
            sample.to_csv(handle, index=False)
        try:
            output = subprocess.run(["Rscript", AER_SCRIPT, handle.name, y, ",".join(exog), ",".join(endog),
                                     ",".join(inst), ",".join(fe), ",".join(clusters)],
                                    check=True, capture_output=True, text=True).stdout
        finally:
            os.unlink(handle.name)
        values, versions = {}, {}
        for line in output.splitlines():
            kind, name, value = line.split()
            if kind == "version":
                versions[name] = value
            else:
                values[(kind, name)] = float("nan") if value == "NA" else float(value)
        aer_cache[key] = (values, versions)
    return aer_cache[key]


def cluster_factor(entry, sample, fe, clusters):
    """ivreg2/reghdfe `small` with clusters: G/(G-1) (N-1)/(N-K'), G the fewest clusters, K' = reported
    coefficients + 1 + (levels - 1) of each fixed effect not nested in a cluster variable."""
    n, g = len(sample), min(sample[c].nunique() for c in clusters)
    nested = [f for f in fe if any((sample.groupby(f)[c].nunique() == 1).all() for c in clusters)]
    k = len(entry["coefficients"]) + 1 + sum(sample[f].nunique() - 1 for f in fe if f not in nested)
    return g / (g - 1) * (n - 1) / (n - k)


def check_aer(case, entry, sample, spec):
    y, exog, fe, endog, inst, clusters = spec
    method = entry["model"]["method"]
    vcov = "cluster" if clusters else entry["model"]["vcov"]
    values, _ = run_aer(entry, sample, spec)
    if vcov == "cluster":
        skipped.append(f"skip {case:32s} {'AER':11s} clustered first-stage F: the first-stage lm's vcovCL counts "
                       "every dummy in K (the fixture's rule leaves out nested FE); one-endogenous case via pyfixest")
    else:
        for stage in entry["first_stages"]:
            name = "Weak_instruments" + (f"_({stage['endogenous']})" if len(endog) > 1 else "")
            check(case, "AER", f"weak-instrument F {stage['endogenous']} ({vcov})", stage["f_stat"],
                  values[(f"diag_{vcov}", name)], TOL_STAT)
    if method != "2sls":
        return f"{method}: AER::ivreg fits 2SLS only" + ("" if vcov == "cluster" else
                                                         " (the estimator-independent first-stage F is checked above)")
    for term, value in ours_by_term(entry, "estimate").items():
        check(case, "AER", f"coef {term}", value, values[("coef", term)], TOL_COEF)
    if vcov == "cluster":
        factor = cluster_factor(entry, sample, fe, clusters)
        check(case, "rule", "cluster small-sample factor", entry["small_sample_factor"], factor, TOL_STAT)
        for term, value in ours_by_term(entry, "std_error").items():
            check(case, "AER", f"se {term} (vcovCL HC0 x factor)", value,
                  values[("se_cl_raw", term)] * factor ** 0.5, TOL_SE)
    else:
        for term, value in ours_by_term(entry, "std_error").items():
            check(case, "AER", f"se {term} ({vcov})", value, values[(f"se_{vcov}", term)], TOL_SE)
    diagnostics = entry["diagnostics"]
    over = diagnostics.get("overidentification")
    if over and over[0] == "sargan":
        check(case, "AER", "Sargan", over[1], values[("diag_iid", "Sargan")], TOL_STAT)
    tested = entry["model"].get("options", {}).get("endogeneity_test", [])
    if vcov == "iid" and tested and sorted(tested) == sorted(endog):
        n, k, dof = len(sample), len(tested), len(sample) - len(entry["coefficients"])
        rss_ols = values[("rss_ols", "ols")]
        q = diagnostics["endogeneity"][0] * rss_ols / n
        check(case, "AER", "Wu-Hausman F from C (Durbin)", (q / k) / ((rss_ols - q) / (dof - k)),
              values[("diag_iid", "Wu-Hausman")], TOL_STAT)
    return None


# ---------------------------------------------------------------- statsmodels

def check_statsmodels(case, entry, sample, spec):
    y, exog, fe, endog, inst, clusters = spec
    method = entry["model"]["method"]
    if fe or clusters:
        return "no fixed-effect or cluster support in statsmodels' IV classes"
    if method == "liml":
        return "statsmodels has no LIML"
    x = np.column_stack([np.ones(len(sample)), sample[exog + endog].to_numpy(float)])
    z = np.column_stack([np.ones(len(sample)), sample[exog + inst].to_numpy(float)])
    yv = sample[y].to_numpy(float)
    names = ["(Intercept)"] + exog + endog
    estimate = ours_by_term(entry, "estimate")
    if method == "gmm":
        two_step = LinearIVGMM(yv, x, z).fit(start_params=np.zeros(x.shape[1]), maxiter=2,
                                             inv_weights=z.T @ z / len(yv), wargs={"centered": False})
        for term, value in zip(names, two_step.params):
            check(case, "statsmodels", f"coef {term} (two-step GMM)", estimate[term], float(value), TOL_COEF)
        return None
    fit = IV2SLS(yv, x, z).fit()
    for term, value in zip(names, fit.params):
        check(case, "statsmodels", f"coef {term}", estimate[term], float(value), TOL_COEF)
    if entry["model"]["vcov"] == "iid":
        std_error = ours_by_term(entry, "std_error")
        for term, value in zip(names, fit.bse):
            check(case, "statsmodels", f"se {term} (iid)", std_error[term], float(value), TOL_SE)
    return None


skipped = []


def main():
    for path in sorted(glob.glob(os.path.join(FIXTURES, "*.json"))):
        case = os.path.basename(path)[:-5]
        if case == "stock_yogo":
            continue
        with open(path) as handle:
            entry = json.load(handle)
        sample, spec = estimation_sample(entry)
        if len(sample) != entry["nobs"]:
            failures.append((case, "sample", "nobs"))
            print(f"FAIL {case:32s} sample      nobs ours={entry['nobs']} rebuilt={len(sample)}")
            continue
        for package, run in (("pyfixest", check_pyfixest), ("AER", check_aer), ("statsmodels", check_statsmodels)):
            reason = run(case, entry, sample, spec)
            if reason:
                skipped.append(f"skip {case:32s} {package:11s} {reason}")
    print("\n".join(skipped))
    versions = next(iter(aer_cache.values()))[1] if aer_cache else {}
    print(f"versions: pyfixest {pyfixest.__version__}, statsmodels {statsmodels.__version__}, "
          + ", ".join(f"{k} {v}" for k, v in versions.items()))
    if failures:
        print(f"{len(failures)} disagreement(s)")
        sys.exit(1)
    print("all cross-checks agree")


if __name__ == "__main__":
    main()
