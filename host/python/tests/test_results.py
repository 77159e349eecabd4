"""Result parts as frames (mediation, IV, spatial effects, event-study path, placebo draws, threshold tests) equal to
the result JSON; figures and comparison tables drawn by the engine from results fitted in separate calls, equal to
the ones of the same models run in one request."""

import pytest

pandas = pytest.importorskip("pandas")

import panelcore as pc  # noqa: E402
from panelcore.data import columns_of  # noqa: E402

from conftest import example_panel  # noqa: E402

PANEL = ("city", "year")
FORMULA = "NQP ~ DF + UL + CSL | city + year"
WEIGHTS = {"units": "city", "attribute": "UL", "type": "economic_distance"}


def records(frame):
    """A frame's rows as dicts, missing values as None (as in the result JSON)."""
    return [{key: (None if value != value else value) for key, value in row.items()} for row in frame.to_dict("records")]


@pytest.fixture(scope="module")
def frame():
    return example_panel()


def test_mediation_parts(frame):
    fitted = pc.mediation(FORMULA, frame, mediators=["RI", "GLCT"], vcov={"CRV1": "city"}, replications=19, seed=3,
                          panel=PANEL)
    assert records(fitted.effects()) == fitted.result["effects"]
    assert records(fitted.indirect_tests()) == fitted.result["indirect_tests"]
    boot = fitted.bootstrap()
    first = fitted.result["bootstrap"]["effects"][0]
    assert list(boot["effect"]) == [row["effect"] for row in fitted.result["bootstrap"]["effects"]]
    assert boot.iloc[0]["percentile_low"] == first["percentile"][0] and boot.iloc[0]["bca_high"] == first["bca"][1]
    assert set(fitted.equations()) == {"total", "outcome", "path_1", "path_2"}
    assert "DF" in set(fitted.tidy()["term"])


def test_iv_parts(frame):
    fitted = pc.iv("NQP ~ UL | city + year | DF ~ ruggedness:mobile_subscribers + dist_hangzhou:mobile_subscribers",
                   frame, vcov={"CRV1": "city"}, panel=PANEL)
    stage = fitted.result["first_stages"][0]
    assert fitted.first_stages().iloc[0]["partial_r2"] == stage["partial_r2"] and len(fitted.first_stages()) == 1
    stacked = fitted.first_stage_coefficients()
    assert list(stacked["term"]) == [row["term"] for row in stage["regression"]["coefficients"]]
    assert set(stacked["endogenous"]) == {"DF"}
    assert fitted.diagnostics() == fitted.result["diagnostics"]
    tests = fitted.diagnostic_tests().set_index("test")
    assert tests.loc["kleibergen_paap_lm", "p_value"] == fitted.result["diagnostics"]["kleibergen_paap_lm"]["p_value"]
    assert tests.loc["anderson_rubin_f", "statistic"] == fitted.result["diagnostics"]["anderson_rubin"]["f_stat"]
    assert records(fitted.stock_yogo()) == fitted.result["diagnostics"]["stock_yogo"]
    assert fitted.coef()["DF"] == next(r["estimate"] for r in fitted.result["coefficients"] if r["term"] == "DF")


def test_spatial_effects(frame):
    fitted = pc.sdm(FORMULA, frame, weights=WEIGHTS, panel=PANEL)
    effects = fitted.effects()
    for kind in ("direct", "indirect", "total"):
        rows = records(effects[effects["effect"] == kind].drop(columns="effect"))
        assert rows == fitted.result["effects"][kind]
    assert "rho" in set(fitted.tidy()["term"])


def test_event_study_path_and_figure(frame):
    fitted = pc.event_study("NQP ~ UL | city + year", frame, treatment="pilot", vcov={"CRV1": "city"}, panel=PANEL)
    assert list(fitted.path()["term"]) == [row["term"] for row in fitted.result["coefficients"]]
    figure = fitted.plot(title="Event study")
    assert figure.svg.startswith("<svg") and "Event study" in figure.svg
    response = pc.run({"abi": 1, "data": {"columns": columns_of(frame)}, "panel": {"id": "city", "time": "year"},
                       "models": [{"estimator": "event_study", "formula": "NQP ~ UL | city + year", "treatment": "pilot",
                                   "vcov": {"cluster": "city"}}],
                       "figures": [{"type": "event_study", "model": 0, "title": "Event study"}]})
    assert figure.svg == response["figures"][0]["svg"]


def test_placebo_draws(frame):
    fitted = pc.placebo("NQP ~ UL | city + year", frame, treatment="pilot", replications=7, panel=PANEL)
    assert fitted.draws().tolist() == fitted.result["draws"]
    assert fitted.draws_summary() == fitted.result["summary"]
    assert fitted.plot().type == "placebo_density"


def test_threshold_parts(frame):
    fitted = pc.threshold("NQP ~ UL + CSL", frame, regime="DF", threshold="DUG", replications=5, grid=50, panel=PANEL)
    assert records(fitted.tests()) == fitted.result["tests"]
    assert records(fitted.thresholds()) == fitted.result["thresholds"]


def test_heterogeneity_groups_stacked(frame):
    fitted = pc.heterogeneity(FORMULA, frame, group="region", replications=5, panel=PANEL)
    groups = fitted.groups()
    for row in fitted.result["groups"]:
        mine = groups[groups["group"] == row["group"]]
        assert list(mine["estimate"]) == [c["estimate"] for c in row["regression"]["coefficients"]]
    assert list(fitted.group_sizes()["nobs"]) == [row["nobs"] for row in fitted.result["groups"]]
    assert records(fitted.differences()) == fitted.result["differences"]


def test_frames_lists_every_array_of_rows(frame):
    fitted = pc.moderation(FORMULA, frame, moderator="DAG", panel=PANEL)
    frames = fitted.frames()
    assert "simple_slopes" in frames and "regression/coefficients" in frames
    assert fitted.simple_slopes().equals(frames["simple_slopes"])


@pytest.mark.parametrize("format, engine_format", [("text", "text"), ("md", "markdown"), ("latex", "latex"),
                                                   ("html", "html"), ("csv", "csv"), ("rtf", "rtf")])
def test_etable_equals_the_table_of_the_models_run_together(frame, format, engine_format):
    models = [{"estimator": "ols", "formula": "NQP ~ DF + UL | city + year", "vcov": {"cluster": "city"}, "label": "FE"},
              {"estimator": "panel", "method": "random", "formula": "NQP ~ DF + UL"}]
    options = {"title": "Baseline", "stars": [0.01, 0.05], "keep": ["DF"]}
    together = pc.run({"abi": 1, "data": {"columns": columns_of(frame)}, "panel": {"id": "city", "time": "year"},
                       "models": models, "tables": [{"formats": [engine_format], **options}]})
    first = pc.feols("NQP ~ DF + UL | city + year", frame, vcov={"CRV1": "city"}, label="FE", panel=PANEL)
    second = pc.xtreg("NQP ~ DF + UL", frame, method="re", panel=PANEL)
    assert pc.etable([first, second], format=format, **options) == together["tables"][0]["rendered"][engine_format]


def test_etable_refuses_results_without_coefficients(frame):
    described = pc.descriptives(frame, columns=["NQP"])
    with pytest.raises(pc.PanelCoreError) as raised:
        pc.etable([described])
    assert raised.value.code == "invalid_request"


def test_index_step_report_and_use_in_a_model(frame):
    indicators = [{"name": name, "direction": "+"} for name in ("RI", "GLCT", "DAG")]
    built = pc.index(frame, method="entropy", column="score", indicators=indicators, panel=PANEL)
    assert list(built.weights()["indicator"]) == ["RI", "GLCT", "DAG"]
    assert built.summary().strip()
    fitted = pc.feols("score ~ DF | city + year", frame, steps=[built.step], panel=PANEL)
    assert fitted.steps[0]["weights"] == built.report["weights"]
