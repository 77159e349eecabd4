"""The estimator functions against the engine's schema: one function per estimator family, formula-first exactly
where the estimator has a formula, keywords checked by the schema (unknown → TypeError naming the closest), and the
pyfixest vcov forms translated to the ABI's."""

import pytest

import panelcore as pc
from panelcore.api import FUNCTIONS, NOT_FUNCTIONS, PANEL_METHODS
from panelcore.vcov import abi_vcov


def schemas():
    return {schema["name"]: schema for schema in pc.schema()["estimators"]}


def test_every_estimator_of_the_schema_has_a_function_and_every_function_an_estimator():
    names = set(schemas())
    covered = {estimator for estimator, _, _ in FUNCTIONS.values()}
    assert covered | NOT_FUNCTIONS == names
    assert not covered & NOT_FUNCTIONS
    for function in FUNCTIONS:
        assert callable(getattr(pc, function)) and function in pc.__all__


def test_functions_take_a_formula_first_exactly_where_the_estimator_has_one():
    known = schemas()
    for function, (estimator, takes_formula, _) in FUNCTIONS.items():
        members = {member["name"] for member in known[estimator]["members"] if "deprecated" not in member}
        assert ("formula" in members) == takes_formula, function


def test_fixed_members_are_allowed_values_and_every_spatial_model_has_a_function():
    known = schemas()
    for function, (estimator, _, fixed) in FUNCTIONS.items():
        members = {member["name"]: member for member in known[estimator]["members"]}
        for name, value in fixed.items():
            assert value in members[name]["allowed"], function
    models = next(m for m in known["spatial_panel"]["members"] if m["name"] == "model")["allowed"]
    assert all(model in FUNCTIONS for model in models)


def test_xtreg_methods_name_the_engines_methods():
    allowed = next(m for m in schemas()["panel"]["members"] if m["name"] == "method")["allowed"]
    assert set(PANEL_METHODS.values()) == set(allowed)


def test_unknown_keywords_raise_type_error_with_the_closest_name():
    data = {"y": [1.0, 2.0, 3.5, 4.0], "x": [0.0, 1.0, 2.0, 3.5]}
    with pytest.raises(TypeError, match="did you mean 'mediators'"):
        pc.mediation("y ~ x", data, mediator=["x"])
    with pytest.raises(TypeError, match="did you mean 'replications'"):
        pc.placebo("y ~ x", data, replication=10)
    with pytest.raises(TypeError, match="unexpected keyword argument 'vcov'"):
        pc.moran(data, variable="y", weights={}, vcov="iid")
    with pytest.raises(TypeError, match="fits model='sdm'"):
        pc.sdm("y ~ x", data, model="sar", weights={})


def test_describe_gives_the_estimators_schema():
    described = pc.describe("feols")
    assert described["name"] == "ols"
    assert {member["name"] for member in described["members"]} >= {"formula", "vcov"}


@pytest.mark.parametrize("given, expected", [
    ("iid", "iid"), ("hetero", "hc1"), ("HC1", "hc1"), ("robust", "hc1"),
    ({"CRV1": "city"}, {"cluster": "city"}), ({"CRV1": "city+year"}, {"cluster": ["city", "year"]}),
    ({"CRV1": ["city", "year"]}, {"cluster": ["city", "year"]}), ("cluster:city", {"cluster": "city"}),
    ("cluster:city + year", {"cluster": ["city", "year"]}), ("dk", "driscoll_kraay"),
    ("dk:2", {"driscoll_kraay": {"lag": 2}}), ({"cluster": "city"}, {"cluster": "city"}),
    ({"driscoll_kraay": {"lag": 1}}, {"driscoll_kraay": {"lag": 1}}), (None, None),
])
def test_vcov_forms(given, expected):
    assert abi_vcov(given) == expected


@pytest.mark.parametrize("bad", ["HC3", "cluster:", {"CRV1": "a+b+c"}, {"CRV3": "city"}, 3])
def test_vcov_forms_that_do_not_exist_raise_value_error(bad):
    with pytest.raises(ValueError, match="vcov|cluster"):
        abi_vcov(bad)
