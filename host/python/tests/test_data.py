"""Data forms the estimator functions accept (pandas dtypes, dict of columns, polars) and the ones they refuse with
a ValueError naming the column."""

import base64
import struct

import pytest

pandas = pytest.importorskip("pandas")
numpy = pytest.importorskip("numpy")

import panelcore as pc  # noqa: E402
from panelcore.data import columns_of, panel_and_frame  # noqa: E402


def decoded(column):
    (kind, text), = column.items()
    raw = base64.b64decode(text)
    return list(struct.unpack("<" + ("i" if kind == "int32" else "d") * (len(raw) // (4 if kind == "int32" else 8)), raw))


def small():
    return pandas.DataFrame({"unit": ["a", "a", "b", "b", "c", "c"], "t": [1, 2, 1, 2, 1, 2],
                             "y": [1.0, 2.5, 2.0, 3.5, 0.5, 2.0], "x": [0.0, 1.0, 1.0, 2.0, 0.5, 1.0]})


def test_pandas_dtypes_become_abi_columns():
    frame = pandas.DataFrame({
        "category": pandas.Categorical(["x", "y", None]),
        "text": pandas.array(["p", None, "q"], dtype="string"),
        "count": pandas.array([1, None, 3], dtype="Int64"),
        "flag": pandas.array([True, None, False], dtype="boolean"),
        "numbers": pandas.Series([1, 2.5, None], dtype="object"),
        "year": pandas.to_datetime(["2013-01-01", "2014-01-01", None]),
        "month": pandas.to_datetime(["1970-02-01", "2000-01-01", "2000-03-01"]),
        "day": pandas.to_datetime(["1970-01-03", "1970-01-01", "2000-03-05"]),
        "period": pandas.period_range("2020-01", periods=3, freq="M"),
        "annual": pandas.period_range("2020", periods=3, freq="Y"),
    })
    columns = columns_of(frame)
    assert columns["category"] == ["x", "y", None] and columns["text"] == ["p", None, "q"]
    assert decoded(columns["count"])[0] == 1 and numpy.isnan(decoded(columns["count"])[1])
    assert decoded(columns["flag"])[::2] == [1.0, 0.0]
    assert decoded(columns["numbers"])[:2] == [1.0, 2.5]
    assert decoded(columns["year"])[:2] == [2013.0, 2014.0] and numpy.isnan(decoded(columns["year"])[2])
    assert decoded(columns["month"]) == [1, 360, 362]
    assert decoded(columns["day"]) == [2, 0, 11021]
    assert decoded(columns["period"]) == [600.0, 601.0, 602.0]
    assert decoded(columns["annual"]) == [2020.0, 2021.0, 2022.0]


@pytest.mark.parametrize("column, values", [
    ("lag", pandas.to_timedelta([1, 2, 3], unit="D")),
    ("z", [1 + 2j, 3j, 1]),
    ("mixed", ["a", 1, None]),
    ("stamp", pandas.to_datetime(["2020-01-01 10:00", "2020-01-02 00:00", "2020-01-03 00:00"])),
])
def test_columns_that_cannot_be_converted_name_themselves(column, values):
    frame = pandas.DataFrame({column: values, "y": [1.0, 2.0, 3.0]})
    with pytest.raises(ValueError, match=repr(column)):
        pc.feols("y ~ 1", frame)


def test_a_dict_of_columns_and_a_categorical_fixed_effect():
    frame = small()
    as_dict = pc.feols("y ~ x | unit", {name: frame[name].tolist() for name in frame.columns})
    as_category = pc.feols("y ~ x | unit", frame.assign(unit=frame["unit"].astype("category")))
    assert as_dict.result == as_category.result == pc.feols("y ~ x | unit", frame).result


def test_datetime_time_keys_give_the_same_panel_as_years():
    frame = small().assign(t=lambda d: d["t"] + 2000)
    dated = frame.assign(t=pandas.to_datetime(frame["t"].astype(str) + "-01-01"))
    by_year = pc.xtreg("y ~ x", frame, method="fe", panel=("unit", "t"))
    assert pc.xtreg("y ~ x", dated, method="fe", panel=("unit", "t")).result == by_year.result


def test_panel_forms():
    frame = small()
    assert panel_and_frame(frame, ("unit", "t"))[1] == {"id": "unit", "time": "t"}
    indexed, panel = panel_and_frame(frame.set_index(["unit", "t"]), None)
    assert panel == {"id": "unit", "time": "t"} and list(indexed.columns)[:2] == ["unit", "t"]
    with pytest.raises(ValueError, match="panel"):
        panel_and_frame(frame, "unit")
    with pytest.raises(ValueError, match="named levels"):
        panel_and_frame(frame.set_index(["unit", "t"]).rename_axis([None, "t"]), None)
    with pytest.raises(TypeError, match="data must be"):
        pc.feols("y ~ x", [[1, 2]])


def test_polars_frames_give_the_pandas_answer():
    polars = pytest.importorskip("polars")
    frame = small().assign(count=pandas.array([1, None, 3, 4, 5, 6], dtype="Int64"))
    as_polars = polars.from_dict({name: [None if pandas.isna(value) else value for value in frame[name]] for name in frame.columns})
    assert pc.feols("y ~ x + count", as_polars).result == pc.feols("y ~ x + count", frame).result
    import datetime

    typed = polars.DataFrame({"unit": polars.Series(["a", "b", None], dtype=polars.Categorical),
                              "day": [datetime.date(2020, 1, 1), datetime.date(2021, 1, 1), None],
                              "flag": [True, None, False], "n": [1, 2, 3]})
    columns = columns_of(pc.data.as_pandas(typed))
    assert columns["unit"] == ["a", "b", None] and decoded(columns["day"])[:2] == [2020.0, 2021.0]
    assert decoded(columns["flag"])[::2] == [1.0, 0.0] and decoded(columns["n"]) == [1, 2, 3]
    with pytest.raises(ValueError, match="'lag'"):
        columns_of(pc.data.as_pandas(polars.DataFrame({"lag": [datetime.timedelta(days=1)]})))
