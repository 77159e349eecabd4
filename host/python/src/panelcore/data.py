"""User data → the ABI's ``{"columns": …}`` and ``{"id", "time"}`` panel.

Accepted: a pandas DataFrame, a polars DataFrame (converted column by column, if polars is installed), or a dict of
columns (lists, NumPy arrays or pandas Series). Per column:

- numeric and boolean columns, including pandas' nullable ``Int64``/``Float64``/``boolean`` with missing values,
  go in the ABI's binary form (``frames.binary_column``: int32 when whole and without missing values, else float64
  with NaN for missing);
- strings, ``object`` columns of strings and categoricals go as text (missing → null; a categorical as its labels);
  an ``object`` column holding only numbers (and missing values) goes as numbers;
- datetimes (``datetime64``, with or without a time zone) become a whole-number time: the **year** when every value
  is 1 January at midnight (annual data), else the **month number** ``12·(year − 1970) + month − 1`` when every
  value is the first of a month at midnight, else the **day number** since 1970-01-01 when every value is at
  midnight; pandas ``Period`` columns become the year (annual frequency) or their ordinal (months, quarters, days
  since 1970). NaT is missing. Convert other datetimes yourself (``df["t"].dt.year``).

Anything else (timedeltas, complex numbers, mixed or nested objects) raises ``ValueError`` naming the column.
The panel is ``panel=("unit", "time")``, or — when ``panel`` is not given — the two levels of a pandas
``MultiIndex`` (unit, time), which then become columns.
"""

import numbers

from .frames import binary_column


def panel_and_frame(data, panel):
    """``(pandas DataFrame, {"id", "time"} or None)`` for the accepted data forms and ``panel``."""
    import pandas

    frame = as_pandas(data)
    if panel is None and isinstance(frame.index, pandas.MultiIndex):
        names = list(frame.index.names)
        if len(names) != 2 or any(name is None for name in names):
            raise ValueError("a MultiIndex panel needs two named levels (unit, time); or pass panel=(unit, time)")
        frame = frame.reset_index()
        panel = tuple(names)
    return frame, panel_member(panel)


def panel_member(panel):
    """The ABI's ``{"id", "time"}`` for ``panel`` given as (unit, time) or a dict; None for None."""
    if panel is None:
        return None
    if isinstance(panel, dict):
        return {"id": panel["id"], "time": panel["time"]}
    if isinstance(panel, str) or len(panel) != 2:
        raise ValueError("panel is (unit column, time column), e.g. panel=('city', 'year')")
    return {"id": str(panel[0]), "time": str(panel[1])}


def as_pandas(data):
    """A pandas DataFrame for a pandas or polars DataFrame or a dict of columns."""
    import pandas

    if isinstance(data, pandas.DataFrame):
        return data
    if type(data).__module__.split(".")[0] == "polars":
        return pandas.DataFrame({name: _polars_column(data[name]) for name in data.columns})
    if isinstance(data, dict):
        return pandas.DataFrame({str(name): _series(values) for name, values in data.items()})
    raise TypeError(f"data must be a pandas DataFrame, a polars DataFrame or a dict of columns, not {type(data).__name__}")


def _series(values):
    import pandas

    return values if isinstance(values, pandas.Series) else pandas.Series(list(values) if not hasattr(values, "dtype") else values)


def _polars_column(series):
    """A polars column as a pandas Series of the matching kind (numbers with nulls as nullable Float64, text as
    objects, dates as datetimes); other kinds are left for ``column_of`` to refuse by name."""
    import pandas
    import polars

    dtype = series.dtype
    if dtype.is_numeric() or dtype == polars.Boolean:
        return pandas.Series(series.to_list(), dtype="Float64" if series.null_count() else None)
    if dtype in (polars.Categorical, polars.Utf8):
        return pandas.Series(series.cast(polars.Utf8).to_list(), dtype="object")
    if dtype in (polars.Date, polars.Datetime):
        return pandas.to_datetime(pandas.Series(series.to_list()))
    return pandas.Series(series.to_list())


def columns_of(frame):
    """The frame's columns in the ABI's form (see the module's description); ValueError names a column that cannot be
    converted."""
    return {str(name): column_of(str(name), frame[name]) for name in frame.columns}


def column_of(name, series):
    import pandas

    types = pandas.api.types
    if isinstance(series.dtype, pandas.CategoricalDtype):
        return _text(series.astype("object"))
    if types.is_bool_dtype(series) or (types.is_numeric_dtype(series) and not types.is_complex_dtype(series)):
        return binary_column(series)
    if types.is_datetime64_any_dtype(series):
        return binary_column(_datetime_time(name, series))
    if isinstance(series.dtype, pandas.PeriodDtype):
        return binary_column(_period_time(series))
    if types.is_string_dtype(series) or series.dtype == object:
        present = series[series.notna()]
        if all(isinstance(value, str) for value in present):
            return _text(series)
        if all(isinstance(value, numbers.Real) and not isinstance(value, bool) for value in present):
            return binary_column(series.astype("float64"))
    raise ValueError(f"column {name!r} ({series.dtype}) cannot be sent to the engine: use numbers, booleans, strings, "
                     "categoricals or datetimes")


def _text(series):
    import pandas

    return [None if pandas.isna(value) else str(value) for value in series]


def _datetime_time(name, series):
    """Year, month number or day number of a datetime column (see the module's description)."""
    import pandas

    if getattr(series.dt, "tz", None) is not None:
        series = series.dt.tz_localize(None)
    present = series[series.notna()]
    at_midnight = (present == present.dt.normalize()).all()
    if not at_midnight:
        raise ValueError(f"column {name!r}: datetimes with a time of day cannot be a time key; convert it (e.g. .dt.year)")
    if ((present.dt.month == 1) & (present.dt.day == 1)).all():
        return series.dt.year.astype("Float64" if series.hasnans else "int64")
    if (present.dt.day == 1).all():
        months = 12 * (series.dt.year - 1970) + series.dt.month - 1
        return months.astype("Float64" if series.hasnans else "int64")
    days = (series - pandas.Timestamp("1970-01-01")).dt.days
    return days.astype("Float64" if series.hasnans else "int64")


def _period_time(series):
    import pandas

    if series.dtype.freq.freqstr.upper().startswith(("A", "Y")):
        return series.dt.year.astype("Float64")
    return pandas.Series([None if pandas.isna(value) else value.ordinal for value in series], dtype="Float64")
