"""Result objects: one small class hierarchy over the engine's result JSON (kept whole in ``.result``).

Every result has ``summary()`` (the engine's text table), ``tidy()`` (term, estimate, std_error, statistic, p_value,
conf_low, conf_high), ``coef()``, ``se()``, ``pvalue()``, ``confint()``, ``vcov()`` (where the result has a
covariance matrix), ``nobs``, ``warnings``, ``frames()`` (every array of rows in the result as a DataFrame, by its
JSON path), ``plot()`` (the engine's SVG figure) and ``_repr_html_`` (the engine's HTML table where it renders one,
else the text table). Linear models (``feols``, ``xtreg`` within/random/pooled, ``iv``) also have ``residuals()``,
``fitted()`` and ``fixef()``: the engine's ``options.save`` values, taken from the result when the fit asked for them
(``save=["residuals", "fitted", "fixef"]``), else fetched by running the fit's request once more with all three saved
(kept for later calls). Subclasses add frames for their families' other parts (mediation effects, IV first stages,
spatial effects, event-study paths, placebo draws, threshold tests…). Numbers are the engine's, unchanged.
"""

from .frames import PanelCoreError

TIDY_COLUMNS = ["term", "estimate", "std_error", "statistic", "p_value", "conf_low", "conf_high"]


class Text(str):
    """A rendered table: a str that displays as itself (no quotes or escapes) in a REPL or notebook."""

    def __repr__(self):
        return str(self)


class Figure:
    """An SVG figure drawn by the engine (``.svg``); notebooks display it."""

    def __init__(self, svg, type):
        self.svg, self.type = svg, type

    def _repr_svg_(self):
        return self.svg

    def save(self, path):
        """Writes the SVG text to ``path``."""
        with open(path, "w", encoding="utf-8") as file:
            file.write(self.svg)


def _frame(rows, columns=None):
    import pandas

    return pandas.DataFrame(list(rows), columns=columns)


def _scalars(rows):
    """Rows without their nested members (objects and arrays), as a frame."""
    return _frame({key: value for key, value in row.items() if not isinstance(value, (dict, list))} for row in rows)


def _stacked(rows, key):
    """The tidy coefficients of each row's ``regression``, stacked, with the row's ``key`` as the first column."""
    import pandas

    parts = [Result(row["regression"]).tidy().assign(**{key: row[key]}) for row in rows]
    frame = pandas.concat(parts, ignore_index=True)
    return frame[[key] + TIDY_COLUMNS]


#: what ``options.save`` can ask for (docs/ABI.md, "Saved values")
SAVED = ["residuals", "fitted", "fixef"]


class Result:
    """A fitted model: the engine's result JSON with accessors (see the module's description)."""

    #: the engine's figure type for ``plot()`` (None: a coefficient plot when the result has coefficients)
    figure = None

    def __init__(self, result, engine=None, steps=(), request=None, index=None, data_file=None):
        self.result = result
        self.steps = list(steps)
        self._engine = engine
        self._request, self._index, self._data_file = request, index, data_file
        self._saved = None

    @property
    def estimator(self):
        return self.result.get("estimator")

    @property
    def nobs(self):
        return self.result.get("nobs", self._regression().get("nobs"))

    @property
    def warnings(self):
        return list(self.result.get("warnings", []))

    def _regression(self):
        """The object holding the coefficient rows: the result itself, or its main ``regression``."""
        if "coefficients" in self.result and isinstance(self.result["coefficients"], list):
            return self.result
        return self.result.get("regression") or {}

    def _coefficient_rows(self):
        """The result's coefficient rows (term, estimate, std_error…), or None when it has none."""
        rows = self._regression().get("coefficients")
        if isinstance(rows, list) and all(isinstance(row, dict) and "estimate" in row for row in rows):
            return rows
        return None

    def _rendered(self, format):
        return (self.result.get("rendered") or {}).get(format)

    def summary(self):
        """The engine's text table of this result."""
        text = self._rendered("text")
        if text is None:
            raise NotImplementedError(f"the engine renders no text table for {self.estimator!r}")
        return Text(text)

    def __repr__(self):
        text = self._rendered("text")
        return text if text is not None else f"<panelcore {type(self).__name__} {self.estimator}>"

    def _repr_html_(self):
        html = self._rendered("html")
        if html is not None:
            return html
        import html as escaping

        text = self._rendered("text")
        return None if text is None else "<pre>" + escaping.escape(text) + "</pre>"

    def tidy(self):
        """Coefficient rows: term, estimate, std_error, statistic, p_value, conf_low, conf_high."""
        rows = self._coefficient_rows()
        if rows is None:
            raise NotImplementedError(f"the {self.estimator!r} result has no coefficient rows; see frames()")
        return _frame(([row.get(name) for name in TIDY_COLUMNS] for row in rows), TIDY_COLUMNS)

    def _column(self, name):
        return self.tidy().set_index("term")[name]

    def coef(self):
        """Estimates by term (a Series)."""
        return self._column("estimate")

    def se(self):
        """Standard errors by term."""
        return self._column("std_error")

    def pvalue(self):
        """p-values by term."""
        return self._column("p_value")

    def confint(self):
        """Confidence intervals by term (conf_low, conf_high) at the result's level."""
        return self.tidy().set_index("term")[["conf_low", "conf_high"]]

    def vcov(self):
        """The covariance matrix of the coefficients, labelled by term."""
        import pandas

        covariance = self._regression().get("vcov")
        if not isinstance(covariance, dict) or "matrix" not in covariance:
            raise NotImplementedError(f"the {self.estimator!r} result has no covariance matrix")
        terms = covariance["terms"]
        return pandas.DataFrame(covariance["matrix"], index=terms, columns=terms)

    def residuals(self):
        """Residuals y − xb − (fixed effects), one per row of the input data (its index; NaN on rows outside the
        estimation sample: missing values, singletons) — pyfixest's ``resid()`` laid out on the data's rows."""
        return self._per_row("residuals")

    def fitted(self):
        """Fitted values xb + (fixed effects) = y − residual, one per row of the input data (NaN outside the
        estimation sample) — pyfixest's ``predict()``."""
        return self._per_row("fitted")

    def fixef(self):
        """The estimated fixed effects: ``{term: Series of values indexed by level label}``, with fixest's references
        (pyfixest's and fixest's ``fixef()``): the first effect keeps every level; the first level of the others is 0
        (in each connected component for the second). Empty for a model without absorbed effects."""
        import pandas

        return {name: pandas.Series(levels, name=name, dtype="float64") for name, levels in self._saved_value("fixef").items()}

    def _per_row(self, what):
        import pandas

        values = [float("nan") if value is None else value for value in self._saved_value(what)]
        index = self._index if self._index is not None and len(self._index) == len(values) else None
        return pandas.Series(values, index=index, name=what, dtype="float64")

    def _saved_value(self, what):
        """``what`` of the result's ``saved`` member, or of a fit of the same request saving all of ``SAVED``."""
        saved = self.result.get("saved") or self._saved or {}
        if what in saved:
            return saved[what]
        try:
            schema_options = [option["name"] for option in _language_estimator(self._engine, self.estimator)["options"]]
        except KeyError:
            schema_options = []
        if "save" not in schema_options:
            raise NotImplementedError(f"{what}: the engine's {self.estimator!r} result has no per-row values (options.save "
                                      "is for feols, xtreg within/random/pooled and iv)")
        if self._request is None:
            raise NotImplementedError(f"{what}: this result was not fitted by a panelcore function; fit with save={SAVED!r}")
        request = dict(self._request, render=[])
        request["model"] = dict(request["model"], options=dict(request["model"].get("options") or {}, save=SAVED))
        response = _engine_of(self._engine).run(request, data=self._data_file)
        if not response["ok"]:
            raise PanelCoreError(response["error"])
        self._saved = response["result"]["saved"]
        return self._saved[what]

    def frames(self):
        """Every array of row objects in the result, as DataFrames keyed by JSON path (e.g. ``"effects/direct"``)."""
        found = {}
        _collect(self.result, "", found)
        return found

    def plot(self, **options):
        """The engine's figure of this result (an event-study path, a placebo density, a Moran scatter, else the
        coefficients with their intervals) as a :class:`Figure`; ``options`` are the figure's members
        (``title``, ``y_title``, ``terms``…)."""
        type = self.figure or "coefficients"
        if type == "coefficients" and (self._coefficient_rows() is None or self._regression() is not self.result):
            raise NotImplementedError(f"the engine draws no figure of a {self.estimator!r} result")
        spec = {"type": type, **({"models": [0]} if type == "coefficients" else {"model": 0}), **options}
        response = _engine_of(self._engine).run({"abi": 1, "compare": [_plain(self.result)], "figures": [spec]})
        if not response["ok"]:
            raise PanelCoreError(response["error"])
        return Figure(response["figures"][0]["svg"], type)

    def _part(self, *path):
        value = self.result
        for key in path:
            value = (value or {}).get(key)
        if value is None:
            raise NotImplementedError(f"the {self.estimator!r} result has no {'/'.join(path)}")
        return value


def _collect(value, path, found):
    if isinstance(value, dict):
        for key, item in value.items():
            if key != "rendered":
                _collect(item, f"{path}/{key}" if path else key, found)
    elif isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
        found[path] = _frame(value)
        for k, item in enumerate(value):
            _collect(item, f"{path}/{k}", found)


def _plain(result):
    """The result without its renderings and saved values (what ``compare`` needs)."""
    return {key: value for key, value in result.items() if key not in ("rendered", "saved")}


def _language_estimator(engine, name):
    from .language import estimator

    return estimator(_engine_of(engine), name)


def _engine_of(engine):
    from . import _engine

    return engine or _engine()


class MediationResult(Result):
    """Mediation: ``effects()`` (total, direct, indirect per mediator, with shares), ``indirect_tests()`` (Sobel,
    Aroian, Goodman), ``bootstrap()`` (bootstrap effects with percentile/BC/BCa intervals), ``equations()``."""

    def _regression(self):
        return self.result["equations"]["outcome"]

    def effects(self):
        return _frame(self._part("effects"))

    def indirect_tests(self):
        return _frame(self._part("indirect_tests"))

    def bootstrap(self):
        rows = []
        for row in self._part("bootstrap", "effects"):
            flat = {key: value for key, value in row.items() if not isinstance(value, list)}
            for kind in ("percentile", "bc", "bca"):
                bounds = row.get(kind)
                if kind in row:
                    flat[kind + "_low"], flat[kind + "_high"] = bounds if bounds else (None, None)
            rows.append(flat)
        return _frame(rows)

    def equations(self):
        """The total, path and outcome regressions as tidy frames, keyed by name."""
        equations = self._part("equations")
        tidy = {"total": Result(equations["total"]).tidy(), "outcome": Result(equations["outcome"]).tidy()}
        for position, path in enumerate(equations["paths"]):
            tidy[f"path_{position + 1}"] = Result(path).tidy()
        return tidy


class ModerationResult(Result):
    """Moderation: ``simple_slopes()`` and ``johnson_neyman()`` next to the interaction regression."""

    def simple_slopes(self):
        return _frame(self._part("simple_slopes"))

    def johnson_neyman(self):
        return dict(self._part("johnson_neyman"))


class HeterogeneityResult(Result):
    """Heterogeneity: ``groups()`` (each group's regression, stacked: group, term, estimate…; ``group_sizes()``
    their observations) and ``differences()`` (interacted, seemingly-unrelated and permutation tests); ``tidy()``
    is the interacted model."""

    def _regression(self):
        return self.result.get("interacted_model") or {}

    def groups(self):
        return _stacked(self._part("groups"), "group")

    def group_sizes(self):
        return _scalars(self._part("groups"))

    def differences(self):
        return _frame(self._part("differences"))


class InstrumentalVariablesResult(Result):
    """IV: ``first_stages()`` (one row per endogenous regressor: partial R², F, Sanderson–Windmeijer F…),
    ``first_stage_coefficients()`` (the first-stage regressions, stacked), ``diagnostics()`` (the engine's dict)
    and ``diagnostic_tests()`` (one row per test: identification, weak instruments, overidentification,
    endogeneity, Anderson–Rubin), ``stock_yogo()`` (critical values)."""

    def first_stages(self):
        return _scalars(self._part("first_stages"))

    def first_stage_coefficients(self):
        return _stacked(self._part("first_stages"), "endogenous")

    def diagnostics(self):
        return dict(self._part("diagnostics"))

    def diagnostic_tests(self):
        rows = []
        for name, value in self.diagnostics().items():
            if isinstance(value, (int, float)):
                rows.append({"test": name, "statistic": value})
            elif isinstance(value, dict) and "statistic" in value:
                rows.append({"test": value.get("name", name), "statistic": value["statistic"], "df": value.get("df"),
                             "p_value": value.get("p_value")})
            elif name == "anderson_rubin" and isinstance(value, dict):
                rows.append({"test": "anderson_rubin_f", "statistic": value["f_stat"], "df": value["f_df1"],
                             "p_value": value["f_p_value"]})
                rows.append({"test": "anderson_rubin_chi2", "statistic": value["chi2"], "df": value["f_df1"],
                             "p_value": value["chi2_p_value"]})
        return _frame(rows, ["test", "statistic", "df", "p_value"])

    def stock_yogo(self):
        return _frame(self._part("diagnostics", "stock_yogo"))


class SpatialResult(Result):
    """Spatial panels: ``effects()`` — direct, indirect and total effects in one long frame (effect, term, …)."""

    def effects(self):
        rows = []
        for kind, items in self._part("effects").items():
            if isinstance(items, list):
                rows.extend({"effect": kind, **item} for item in items)
        return _frame(rows)

    def tests(self):
        return _frame(self._part("tests"))


class EventStudyResult(Result):
    """Event study: ``path()`` (coefficients by relative time) and ``pretrend()``; ``plot()`` draws the path."""

    figure = "event_study"

    def path(self):
        return self.tidy()

    def pretrend(self):
        return dict(self._part("pretrend"))


class PlaceboResult(Result):
    """Placebo tests: ``draws()`` (the placebo estimates), ``draws_summary()``, ``actual``; ``plot()`` draws their
    density."""

    figure = "placebo_density"

    def draws(self):
        import pandas

        return pandas.Series(self._part("draws"), name="estimate")

    def draws_summary(self):
        return dict(self._part("summary"))


class ThresholdResult(Result):
    """Threshold regression: ``thresholds()`` (estimates with LR intervals) and ``tests()`` (F tests with bootstrap
    p-values and critical values)."""

    def thresholds(self):
        return _frame(self._part("thresholds"))

    def tests(self):
        return _frame(self._part("tests"))


class TableResult(Result):
    """Descriptive results and tests without coefficient rows: ``frames()`` and the engine's tables."""


class LisaResult(Result):
    """Local Moran's I; ``plot()`` draws the Moran scatter."""

    figure = "moran_scatter"


class IndexResult:
    """The index step's report (``report``): ``weights()`` (indicator weights), ``dimension_weights()``, the step
    itself (``step``, to pass in ``steps=[...]``) and ``summary()`` (the weight table)."""

    def __init__(self, report, step, engine=None):
        self.report, self.step = report, step

    def weights(self):
        return _frame(self.report["weights"])

    def dimension_weights(self):
        return self.report.get("dimension_weights")

    def summary(self):
        return Text(self.report["rendered"]["text"])

    def __repr__(self):
        return self.summary()


CLASSES = {"mediation": MediationResult, "moderation": ModerationResult, "heterogeneity": HeterogeneityResult,
           "iv": InstrumentalVariablesResult, "spatial_panel": SpatialResult, "event_study": EventStudyResult,
           "placebo": PlaceboResult, "threshold": ThresholdResult, "lisa": LisaResult}


def result_for(estimator, result, engine=None, steps=(), request=None, index=None, data_file=None):
    """The result object for ``estimator``'s result JSON; ``request`` (the fit's), ``index`` (of the input rows) and
    ``data_file`` (the data file the fit read, if any: read again) serve ``residuals()``, ``fitted()`` and ``fixef()``."""
    return CLASSES.get(estimator, Result)(result, engine=engine, steps=steps, request=request, index=index, data_file=data_file)


def etable(models, format="text", engine=None, **options):
    """One comparison table of results fitted in separate calls, rendered by the engine (``"compare"`` request):
    ``format`` is text, md (markdown), latex, html, csv or rtf; ``options`` are the table's members (title,
    column_titles, stars, below, decimals, keep, drop, order, labels, stats, indicators, notes, language — "zh" for
    Chinese fixed text)."""
    formats = {"md": "markdown", "tex": "latex"}
    format = formats.get(format, format)
    results = [_plain(model.result if isinstance(model, Result) else model) for model in models]
    engine = _engine_of(engine or next((m._engine for m in models if isinstance(m, Result)), None))
    response = engine.run({"abi": 1, "compare": results, "tables": [{"formats": [format], **options}]})
    if not response["ok"]:
        raise PanelCoreError(response["error"])
    return Text(response["tables"][0]["rendered"][format])
