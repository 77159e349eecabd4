"""Hansen (1999) as printed, and Hansen's own program's printed output, transcribed by hand; writes
Tests/PanelCoreTests/Fixtures/threshold/hansen1999_published.json after checking the transcription against the data
and against this directory's reference re-implementation (Fixtures/threshold/hansen1999.json, "hansen_program").

Two sources, kept apart because they are different kinds of evidence:

* "published": B. E. Hansen (1999), "Threshold effects in non-dynamic panels: Estimation, testing, and inference",
  Journal of Econometrics 93, 345-368, Section 6: Table 2 (p. 358; 300 bootstrap replications per test, footnote on
  p. 357), Table 3 (p. 359), Table 4 (p. 361) and Table 5 (p. 361; the regime slopes). Read in the publisher's PDF
  of the article as redistributed with Hansen's replication files in github.com/atecon/Threshold_Panel, commit
  467703f585d6460731daebf6afec5489d1052062, path Hansen_JoE1999/joe_99.pdf (git blob 12ca83225b9c; added in commit
  e267ac0, "add orig. Hansen 1999 files"). Table 5 prints Q^2/10^3 and Q^3/10^6; the fixture's q2 = Q^2/100 and
  q3 = Q^3/1000, so a q2 coefficient is the printed one / 10 and a q3 coefficient the printed one / 1000 ("to_term").
* "hansen_program_output": a reference implementation's run, not the paper: thresh.out, the output file that
  Hansen's GAUSS program THRESH_P.PRG writes (its header: "It replicates the estimation, testing and graphs reported
  in" the paper), as shipped with the program: same repository and commit, Hansen_JoE1999/GAUSS/thresh.out (git blob
  152c480d1da8). Its bootstrap (300 draws per test, GAUSS's generator) is another run than the paper's, so its
  p-values and critical values differ from Table 2; its thresholds, intervals, SSRs and F statistics are the
  paper's to the printed digits. Its regression coefficients are on Q, Q^2, Q^3 unscaled (times 100 and 1000 for
  q2, q3: "to_term").

Checks before writing: Table 4 recomputed from the data (the shares of firms per year in the three regimes at the
program's thresholds 0.0157 and 0.53616) equals the printed percentages; the reference's "hansen_program" run
rounds to Tables 2 (F), 3 (estimates and 95% intervals) and 5 (slopes, OLS and White SE), and equals thresh.out to
its printed digits (thresholds, intervals, SSR, F; coefficients and both standard errors to 6 significant digits).

Run from the repository root: python3 references/threshold/hansen1999_published.py
"""
import json
import os

import pandas as pd

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
FIXTURES = os.path.join(ROOT, "Tests", "PanelCoreTests", "Fixtures")
OUT = os.path.join(FIXTURES, "threshold", "hansen1999_published.json")
COPY = {"repository": "github.com/atecon/Threshold_Panel", "commit": "467703f585d6460731daebf6afec5489d1052062"}

PUBLISHED = {
    "source": "Hansen, B. E. (1999), Threshold effects in non-dynamic panels: Estimation, testing, and inference, "
              "Journal of Econometrics 93, 345-368, Section 6",
    "copy_read": dict(COPY, path="Hansen_JoE1999/joe_99.pdf", blob="12ca83225b9cc8b07eea2b7a69f13bcd1bfe821a"),
    "table_2": {"page": 358, "replications": 300, "replications_page": 357, "tests": [
        {"thresholds": 1, "f_stat": 32.6, "p_value": 0.003, "crit": [12.4, 14.8, 26.2]},
        {"thresholds": 2, "f_stat": 25.8, "p_value": 0.017, "crit": [12.3, 14.9, 42.9]},
        {"thresholds": 3, "f_stat": 4.2, "p_value": 0.723, "crit": [10.9, 13.3, 22.9]}]},
    "table_3": {"page": 359, "thresholds": [
        {"name": "th1", "estimate": 0.0157, "interval_95": [0.0139, 0.0181], "interval_99": [0.0120, 0.0239]},
        {"name": "th2", "estimate": 0.5362, "interval_95": [0.5305, 0.5629], "interval_99": [0.5190, 0.5693]}]},
    "table_4": {"page": 361, "years": list(range(1974, 1988)),
                "regimes": ["D <= 0.0157", "0.0157 < D <= 0.5362", "0.5362 < D"],
                "percent": [[16, 14, 14, 15, 15, 13, 13, 11, 10, 10, 10, 10, 10, 11],
                            [78, 79, 78, 81, 81, 84, 82, 85, 86, 85, 84, 82, 77, 73],
                            [6, 7, 8, 5, 4, 4, 5, 4, 4, 5, 6, 8, 13, 16]]},
    "table_5": {"page": 361, "model": "double threshold", "rows": [
        {"regressor": "Q", "term": "q1", "to_term": 1, "estimate": 0.010, "ols_se": 0.001, "white_se": 0.002},
        {"regressor": "Q^2/10^3", "term": "q2", "to_term": 0.1, "estimate": -0.198, "ols_se": 0.026, "white_se": 0.064},
        {"regressor": "Q^3/10^6", "term": "q3", "to_term": 0.001, "estimate": 1.047, "ols_se": 0.199, "white_se": 0.448},
        {"regressor": "D", "term": "d1", "to_term": 1, "estimate": -0.016, "ols_se": 0.005, "white_se": 0.009},
        {"regressor": "Q D", "term": "qd1", "to_term": 1, "estimate": 0.001, "ols_se": 0.001, "white_se": 0.002},
        {"regressor": "CF I(D <= 0.0157)", "term": "c1#regime1", "to_term": 1, "estimate": 0.063, "ols_se": 0.006,
         "white_se": 0.014},
        {"regressor": "CF I(0.0157 < D <= 0.5362)", "term": "c1#regime2", "to_term": 1, "estimate": 0.098,
         "ols_se": 0.006, "white_se": 0.010},
        {"regressor": "CF I(0.5362 < D)", "term": "c1#regime3", "to_term": 1, "estimate": 0.039, "ols_se": 0.012,
         "white_se": 0.031}]},
}

# thresh.out: coefficient rows (estimate, OLS SE, het SE) in the order Q, Q^2, Q^3, D, QD, then CF by regime.
PROGRAM_OUTPUT = {
    "label": "reference implementation (Hansen's own GAUSS program THRESH_P.PRG, one run with 300 draws per test), "
             "not the published paper",
    "file": dict(COPY, path="Hansen_JoE1999/GAUSS/thresh.out", blob="152c480d1da8b75562d8b21cce16beacc040a5ac"),
    "observations": 7345, "linear_rss": 16.591220,
    "tests": [
        {"thresholds": 1, "threshold": 0.0157, "interval": [0.01392, 0.01806], "rss": 16.517795, "f_stat": 32.649894,
         "p_value": 0.0066666667, "crit": [14.476559, 16.852877, 32.173733]},
        {"thresholds": 2, "threshold": 0.53616, "interval": [0.53049, 0.56287], "rss": 16.459979, "f_stat": 25.799434,
         "p_value": 0.016666667, "crit": [11.767044, 13.914505, 32.184202],
         "refined": {"threshold": 0.0157, "interval": [0.01392, 0.01806]}},
        {"thresholds": 3, "threshold": 0.33134, "interval": [0.03902, 1.00593], "rss": 16.450614, "f_stat": 4.1814091,
         "p_value": 0.74, "crit": [11.069209, 12.829957, 16.635644]}],
    "double_threshold_regression": {"to_term": [1, 100, 1000, 1, 1, 1, 1, 1], "rows": [
        ["q1", 0.010285143, 0.00094105141, 0.0018833187],
        ["q2", -0.00019753392, 2.6344140e-05, 6.3768397e-05],
        ["q3", 1.0466549e-06, 1.9864905e-07, 4.4786653e-07],
        ["d1", -0.016489208, 0.0050965786, 0.0089750760],
        ["qd1", 0.0014806529, 0.0014724173, 0.0020687843],
        ["c1#regime1", 0.063153741, 0.0056733464, 0.013500229],
        ["c1#regime2", 0.097725900, 0.0056858777, 0.010292374],
        ["c1#regime3", 0.039209296, 0.011847125, 0.031114460]]},
}


def close(a, b, digits):
    """a and b agree to `digits` significant digits."""
    return abs(a - b) <= 0.5 * 10 ** (-digits + 1) * max(abs(a), abs(b)) * 1.0000001


def check_table_4(frame):
    for k, (year, rows) in enumerate(frame.groupby("year")):
        d = rows.d1.to_numpy()
        shares = [(d < 0.0157).mean(), ((d >= 0.0157) & (d < 0.53616)).mean(), (d >= 0.53616).mean()]
        assert year == PUBLISHED["table_4"]["years"][k]
        assert [round(100 * s) for s in shares] == [row[k] for row in PUBLISHED["table_4"]["percent"]], year


def check_reference(reference):
    program = reference["hansen_program"]
    for test, printed, out in zip(program["tests"], PUBLISHED["table_2"]["tests"], PROGRAM_OUTPUT["tests"]):
        assert round(test["f_stat"], 1) == printed["f_stat"]
        assert close(test["f_stat"], out["f_stat"], 8) and close(test["rss"], out["rss"], 8)
    assert close(program["linear_rss"], PROGRAM_OUTPUT["linear_rss"], 8)
    names = {1: "single", 2: "th2", 3: "th3"}
    for out in PROGRAM_OUTPUT["tests"]:
        assert program["thresholds"][names[out["thresholds"]]] == out["threshold"]
        assert program["intervals"][names[out["thresholds"]]] == out["interval"]
    assert program["intervals"]["th1"] == PROGRAM_OUTPUT["tests"][1]["refined"]["interval"]
    for row in PUBLISHED["table_3"]["thresholds"]:
        assert round(program["thresholds"][row["name"]], 4) == row["estimate"]
        assert [round(v, 4) for v in program["intervals"][row["name"]]] == row["interval_95"]
    regression = {row["term"]: row for row in program["regression"]}
    for row in PUBLISHED["table_5"]["rows"]:
        ours = regression[row["term"]]
        for key in ("estimate", "ols_se", "white_se"):
            assert round(ours[key] / row["to_term"], 3) == row[key], (row["term"], key)
    out = PROGRAM_OUTPUT["double_threshold_regression"]
    for scale, (term, b, ols, white) in zip(out["to_term"], out["rows"]):
        ours = regression[term]
        assert close(ours["estimate"], b * scale, 6) and close(ours["ols_se"], ols * scale, 6)
        assert close(ours["white_se"], white * scale, 6), term


def main():
    frame = pd.read_csv(os.path.join(FIXTURES, "dta", "hansen1999_invest.csv"))
    with open(os.path.join(FIXTURES, "threshold", "hansen1999.json")) as f:
        reference = json.load(f)
    check_table_4(frame)
    check_reference(reference)
    with open(OUT, "w") as f:
        json.dump({"published": PUBLISHED, "hansen_program_output": PROGRAM_OUTPUT}, f, indent=1)
        f.write("\n")
    print("checked and wrote", OUT)


if __name__ == "__main__":
    main()
