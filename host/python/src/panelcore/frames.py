"""pandas helpers: a DataFrame in, tidy DataFrames out.

``fit(frame, model_or_models, panel=..., steps=..., tables=..., figures=..., engine=...)`` sends the frame's
columns as ``{"data": {"columns": ...}}`` (``panelcore.data``: numeric and boolean columns in the ABI's binary
form — integers that fit as ``{"int32": BASE64}``, the rest as ``{"float64": BASE64}`` with NaN for missing values;
text, categoricals and datetimes as described there)
and returns a :class:`Fit`: ``coefficients`` (one row per model × term: model, label, term, estimate, std_error,
statistic, p_value, conf_low, conf_high), ``statistics`` (model, label, name, value), the raw ``results``,
``tables`` and ``figures``. An error response raises :class:`PanelCoreError` with its code, message and place.
pandas is imported only when these helpers are used.
"""

import base64
from dataclasses import dataclass, field

COEFFICIENT_COLUMNS = ["model", "label", "term", "estimate", "std_error", "statistic", "p_value", "conf_low", "conf_high"]


class PanelCoreError(Exception):
    """An ``"ok": false`` response: ``code``, ``message`` and ``where`` as the ABI gives them."""

    def __init__(self, error):
        super().__init__(f"{error['code']} at {error['where']}: {error['message']}")
        self.code, self.message, self.where = error["code"], error["message"], error["where"]


@dataclass
class Fit:
    """The tidy form of a response: coefficient and statistic frames plus the raw members."""

    coefficients: "object"
    statistics: "object"
    results: list
    tables: list = field(default_factory=list)
    figures: list = field(default_factory=list)


def binary_column(series):
    """A numeric or boolean column in the ABI's binary form (docs/ABI.md, "Data"): integers without missing values
    that fit in 32 bits as little-endian int32, everything else as little-endian float64 with NaN for missing."""
    import numpy
    import pandas

    if pandas.api.types.is_integer_dtype(series) and not series.hasnans:
        values = series.to_numpy(dtype="int64")
        if len(values) == 0 or (values.min() >= -2**31 and values.max() < 2**31):
            return {"int32": base64.b64encode(values.astype("<i4").tobytes()).decode("ascii")}
    values = series.to_numpy(dtype="float64", na_value=numpy.nan)
    return {"float64": base64.b64encode(values.astype("<f8").tobytes()).decode("ascii")}


def fit(frame, models, panel=None, steps=None, tables=None, figures=None, engine=None):
    """Runs one model (a dict) or several (a list of dicts) on ``frame`` and returns a :class:`Fit`."""
    import pandas

    from . import _engine
    from .data import columns_of

    request = {"abi": 1, "data": {"columns": columns_of(frame)}}
    if panel is not None:
        request["panel"] = panel
    if steps is not None:
        request["steps"] = steps
    request["models"] = [models] if isinstance(models, dict) else list(models)
    if tables is not None:
        request["tables"] = tables
    if figures is not None:
        request["figures"] = figures
    response = (engine or _engine()).run(request)
    if not response["ok"]:
        raise PanelCoreError(response["error"])
    results = response["results"]
    coefficient_rows, statistic_rows = [], []
    for position, result in enumerate(results):
        label = result.get("label")
        for row in result.get("coefficients", []):
            coefficient_rows.append([position, label] + [row.get(name) for name in COEFFICIENT_COLUMNS[2:]])
        statistics = dict(result.get("stats", {}))
        if "nobs" in result:
            statistics = {"nobs": result["nobs"], **statistics}
        for name, value in statistics.items():
            statistic_rows.append([position, label, name, value])
    return Fit(coefficients=pandas.DataFrame(coefficient_rows, columns=COEFFICIENT_COLUMNS),
               statistics=pandas.DataFrame(statistic_rows, columns=["model", "label", "name", "value"]),
               results=results, tables=response.get("tables", []), figures=response.get("figures", []))
