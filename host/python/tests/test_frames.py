"""The pandas helper: DataFrame columns in (numbers, text, missing values), tidy coefficient and statistic frames
out, equal to the plain JSON interface's numbers; errors raised with the ABI's code and place."""

import math

import pytest

pandas = pytest.importorskip("pandas")

import panelcore  # noqa: E402


def frame():
    rows = []
    for unit in range(8):
        for year in range(2015, 2020):
            x = ((unit * 5 + year * 3) % 7) / 3
            rows.append({"city": f"c{unit}", "year": year, "x": x, "y": 1 + 0.5 * x + ((unit * year) % 4) / 5})
    data = pandas.DataFrame(rows)
    data.loc[3, "y"] = math.nan
    return data


def test_fit_returns_tidy_frames_equal_to_the_json_results():
    data = frame()
    fitted = panelcore.fit(data, [{"estimator": "ols", "formula": "y ~ x", "label": "pooled"},
                                  {"estimator": "ols", "formula": "y ~ x | city + year", "vcov": {"cluster": "city"}}])
    assert list(fitted.coefficients.columns) == panelcore.frames.COEFFICIENT_COLUMNS
    assert list(fitted.coefficients["term"]) == ["(Intercept)", "x", "x"]
    assert list(fitted.coefficients["label"])[:2] == ["pooled", "pooled"]
    csv = data.to_csv(index=False, na_rep="")
    plain = panelcore.run({"abi": 1, "data": {"csv": csv}, "models": [{"estimator": "ols", "formula": "y ~ x | city + year", "vcov": {"cluster": "city"}}]})
    expected = plain["results"][0]["coefficients"][0]
    row = fitted.coefficients.iloc[2]
    for name in ("estimate", "std_error", "p_value"):
        assert row[name] == expected[name]
    nobs = fitted.statistics[(fitted.statistics["model"] == 0) & (fitted.statistics["name"] == "nobs")]["value"].item()
    assert nobs == 39


def test_errors_raise_with_code_and_place():
    with pytest.raises(panelcore.PanelCoreError) as raised:
        panelcore.fit(frame(), {"estimator": "ols", "formula": "y ~ missing_column"})
    assert raised.value.code == "unknown_column"
    assert raised.value.where.startswith("/models/0")


def test_tables_and_figures_pass_through():
    fitted = panelcore.fit(frame(), {"estimator": "ols", "formula": "y ~ x"}, tables=[{"formats": ["markdown"]}],
                           figures=[{"type": "coefficients"}])
    assert fitted.tables[0]["rendered"]["markdown"].startswith("|")
    assert fitted.figures[0]["svg"].startswith("<svg")


def test_numeric_columns_travel_in_binary_form():
    data = frame().assign(flag=lambda d: d["x"] > 1, big=lambda d: d["year"] * 10**7,
                          count=lambda d: pandas.array(list(range(len(d) - 1)) + [None], dtype="Int64"))
    columns = panelcore.data.columns_of(data)
    assert set(columns["year"]) == {"int32"} and set(columns["x"]) == {"float64"}
    assert set(columns["big"]) == {"float64"} and set(columns["count"]) == {"float64"}
    assert set(columns["flag"]) == {"float64"} and columns["city"][:2] == ["c0", "c0"]
    described = panelcore.fit(data, {"estimator": "descriptives", "columns": ["y", "year", "big", "count", "flag"]})
    stats = {row["name"]: row for row in described.results[0]["variables"]}
    assert stats["y"]["n"] == 39 and stats["count"]["n"] == 39
    assert stats["year"]["max"] == 2019 and stats["big"]["max"] == 20190000000
    assert stats["flag"]["max"] == 1


def test_infinite_values_are_invalid_data():
    data = frame()
    data.loc[5, "x"] = math.inf
    with pytest.raises(panelcore.PanelCoreError) as raised:
        panelcore.fit(data, {"estimator": "ols", "formula": "y ~ x"})
    assert raised.value.code == "invalid_data"
    assert raised.value.where == "/data/columns/x/5"
