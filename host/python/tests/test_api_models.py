"""Every estimator function, run with its schema's example on the example panel, gives exactly the engine's answer
to the same request sent raw (same numbers, same tables); tidy frames, coefficients and summaries are the result's
own members."""

import math

import pytest

pandas = pytest.importorskip("pandas")

import panelcore as pc  # noqa: E402
from panelcore.api import FUNCTIONS  # noqa: E402
from panelcore.data import columns_of  # noqa: E402

from conftest import example_panel  # noqa: E402

FEW = {"replications": 9}


def examples():
    """(function, example model) for each function that is not a fixed-model shorthand, replications cut to FEW."""
    known = {schema["name"]: schema for schema in pc.schema()["estimators"]}
    for function, (estimator, _, fixed) in FUNCTIONS.items():
        if fixed:
            continue
        model = {"estimator": estimator, **known[estimator]["example"]}
        options = dict(model.get("options", {}))
        if any(option["name"] == "replications" for option in known[estimator]["options"]):
            options.update(FEW)
        if options:
            model["options"] = options
        yield function, model


def call(function, model, frame, **extra):
    keywords = {key: value for key, value in model.items() if key != "estimator"}
    keywords.update(extra)
    formula = keywords.pop("formula", None)
    if FUNCTIONS[function][1]:
        return getattr(pc, function)(formula, frame, panel=("city", "year"), **keywords)
    return getattr(pc, function)(frame, panel=("city", "year"), **keywords)


def raw(model, frame):
    response = pc.run({"abi": 1, "data": {"columns": columns_of(frame)}, "panel": {"id": "city", "time": "year"},
                       "model": model, "render": ["text", "html"]})
    assert response["ok"], response
    return response["result"]


@pytest.mark.parametrize("function, model", list(examples()), ids=[f for f, _ in examples()])
def test_function_gives_the_raw_engine_answer(function, model):
    frame = example_panel()
    fitted = call(function, model, frame)
    assert fitted.result == raw(model, frame)
    assert fitted.summary() == fitted.result["rendered"]["text"]
    assert fitted._repr_html_()
    rows = fitted._coefficient_rows()
    if rows is not None:
        tidy = fitted.tidy()
        assert list(tidy.columns) == ["term", "estimate", "std_error", "statistic", "p_value", "conf_low", "conf_high"]
        assert list(tidy["term"]) == [row["term"] for row in rows]
        assert list(tidy["estimate"]) == [row["estimate"] for row in rows]
        assert fitted.coef().tolist() == [row["estimate"] for row in rows]
        assert fitted.se().tolist() == [row["std_error"] for row in rows]


def test_options_may_be_keywords_or_an_options_dict():
    frame = example_panel()
    as_keywords = pc.placebo("NQP ~ UL | city + year", frame, treatment="pilot", replications=5, seed=7, panel=("city", "year"))
    as_dict = pc.placebo("NQP ~ UL | city + year", frame, treatment="pilot", options={"replications": 5, "seed": 7},
                         panel=("city", "year"))
    assert as_keywords.result == as_dict.result
    assert len(as_keywords.draws()) == 5


def test_xtreg_method_names_and_the_vcov_matrix():
    frame = example_panel()
    fe = pc.xtreg("NQP ~ DF + UL", frame, method="fe", vcov="robust", panel=("city", "year"))
    within = pc.xtreg("NQP ~ DF + UL", frame, method="within", vcov="hc1", panel=("city", "year"))
    assert fe.result == within.result and fe.result["method"] == "within"
    vcov = fe.vcov()
    assert list(vcov.index) == list(vcov.columns) == fe.result["vcov"]["terms"]
    assert vcov.loc["DF", "DF"] == pytest.approx(fe.se()["DF"] ** 2, rel=1e-12)
    re = pc.xtreg("NQP ~ DF + UL", frame, method="re", panel=("city", "year"))
    assert re.result["method"] == "random"
    with pytest.raises(ValueError, match="xtreg method"):
        pc.xtreg("NQP ~ DF", frame, method="gls", panel=("city", "year"))


def test_a_multiindex_gives_the_panel():
    frame = example_panel()
    by_index = pc.feols("NQP ~ DF | city + year", frame.set_index(["city", "year"]), vcov="dk:1")
    by_name = pc.feols("NQP ~ DF | city + year", frame, vcov={"driscoll_kraay": {"lag": 1}}, panel=("city", "year"))
    assert by_index.result == by_name.result


def test_pyfixest_cluster_forms_give_the_abis_clustering():
    frame = example_panel()
    two_way = pc.feols("NQP ~ DF | city + year", frame, vcov={"CRV1": "city+year"})
    assert two_way.result == raw({"estimator": "ols", "formula": "NQP ~ DF | city + year",
                                  "vcov": {"cluster": ["city", "year"]}}, frame)


def test_engine_errors_raise_panelcore_error_with_the_place():
    with pytest.raises(pc.PanelCoreError) as raised:
        pc.feols("NQP ~ nothing", example_panel())
    assert raised.value.code and raised.value.where.startswith("/model")


def test_per_observation_values_are_refused_where_the_engine_has_none():
    fitted = pc.event_study("NQP ~ UL | city + year", example_panel(), treatment="pilot", panel=("city", "year"))
    for accessor in (fitted.residuals, fitted.fitted, fitted.fixef):
        with pytest.raises(NotImplementedError, match="no per-row values"):
            accessor()


def test_the_did_has_the_residuals_of_its_regression():
    fitted = pc.did("NQP ~ UL | city + year", example_panel(), treatment="pilot", panel=("city", "year"))
    assert fitted.nobs == 495 and isinstance(fitted.warnings, list)
    assert not math.isnan(fitted.coef()["pilot"])
    same = pc.feols("NQP ~ pilot + UL | city + year", example_panel())
    assert (fitted.residuals() - same.residuals()).abs().max() < 1e-12
    assert (fitted.fixef()["city"] - same.fixef()["city"]).abs().max() < 1e-12
