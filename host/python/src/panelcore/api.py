"""One function per estimator family, pyfixest / linearmodels style: ``feols("y ~ x | city + year", df,
vcov={"CRV1": "city"}, panel=("city", "year"))``.

The functions are thin: keyword arguments become the model object's members and ``options`` as the engine's own
schema defines them (``language.model_object``: an unknown keyword is a ``TypeError`` with the closest valid name),
``vcov`` is translated from pyfixest's forms (``vcov.abi_vcov``), the data and panel are converted once
(``data.panel_and_frame``) — or a data file (a path, bytes or a binary file object: ``feols("y ~ x", "panel.csv",
panel=("city", "year"))``) goes beside the request for the module to read in pieces (``datafile``) —, and the answer
comes back as a ``results.Result``. ``FUNCTIONS`` maps each function to its estimator; a test checks it against the
schema so that every estimator has a function.
"""

from .data import as_pandas, columns_of, panel_and_frame, panel_member
from .datafile import is_data_file
from .frames import PanelCoreError
from .results import IndexResult, result_for
from .language import estimator as estimator_schema
from .language import language, model_object
from .vcov import abi_vcov

#: function name → (estimator, whether the first argument is the formula, members the function fixes)
FUNCTIONS = {
    "feols": ("ols", True, {}),
    "xtreg": ("panel", True, {}),
    "hausman": ("hausman", True, {}),
    "vif": ("vif", True, {}),
    "descriptives": ("descriptives", False, {}),
    "correlation": ("correlation", False, {}),
    "did": ("did", True, {}),
    "event_study": ("event_study", True, {}),
    "placebo": ("placebo", True, {}),
    "bacon": ("bacon", True, {}),
    "psm_did": ("psm_did", True, {}),
    "callaway_santanna": ("callaway_santanna", True, {}),
    "sun_abraham": ("sun_abraham", True, {}),
    "iv": ("iv", True, {}),
    "mediation": ("mediation", True, {}),
    "moderation": ("moderation", True, {}),
    "heterogeneity": ("heterogeneity", True, {}),
    "threshold": ("threshold", True, {}),
    "moran": ("moran", False, {}),
    "lisa": ("lisa", False, {}),
    "spatial_lm": ("spatial_lm", True, {}),
    "spatial_panel": ("spatial_panel", True, {}),
    "sar": ("spatial_panel", True, {"model": "sar"}),
    "sdm": ("spatial_panel", True, {"model": "sdm"}),
    "sem": ("spatial_panel", True, {"model": "sem"}),
    "sdem": ("spatial_panel", True, {"model": "sdem"}),
    "sac": ("spatial_panel", True, {"model": "sac"}),
    "gmm": ("gmm", True, {}),
    "markov": ("markov", False, {}),
    "dagum_gini": ("dagum_gini", False, {}),
    "kernel_density": ("kernel_density", False, {}),
    "convergence": ("convergence", True, {}),
    "club_convergence": ("club_convergence", False, {}),
    "coupling_coordination": ("coupling_coordination", False, {}),
    "obstacle_degree": ("obstacle_degree", False, {}),
}
#: estimators of the schema that are not model families (they have no function; the `index` estimator is the
#: `index` function below, which also hands back the step for later models; `ols_partial`'s passes are driven by
#: `distributed.feols`)
NOT_FUNCTIONS = {"schema", "evaluate", "columns", "index", "ols_partial"}

#: xtreg's method names (Stata's fe, re, be; linearmodels' names) → the engine's
PANEL_METHODS = {"fe": "within", "re": "random", "be": "between", "pooled": "pooled", "fd": "first_difference",
                 "within": "within", "random": "random", "between": "between", "first_difference": "first_difference"}


def _default_engine(engine):
    from . import _engine

    return engine or _engine()


def fit_model(function, data, keywords, formula=None):
    """Runs the estimator of ``function`` on ``data`` with ``keywords`` and returns its result object."""
    name, _, fixed = FUNCTIONS[function]
    engine = _default_engine(keywords.pop("engine", None))
    panel, steps, vcov = keywords.pop("panel", None), keywords.pop("steps", None), keywords.pop("vcov", None)
    workers, progress = keywords.pop("workers", None), keywords.pop("progress", None)
    if function == "xtreg":
        method = keywords.pop("method", "fe")
        if method not in PANEL_METHODS:
            raise ValueError(f"xtreg method {method!r}: one of {', '.join(PANEL_METHODS)}")
        keywords["method"] = PANEL_METHODS[method]
    for member, value in fixed.items():
        if keywords.get(member, value) != value:
            raise TypeError(f"{function}() fits model={value!r}; use spatial_panel(model=...) for another")
        keywords[member] = value
    if formula is not None:
        keywords["formula"] = formula
    if vcov is not None:
        keywords["vcov"] = abi_vcov(vcov)
    schema = estimator_schema(engine, name)
    model = model_object(schema, function, keywords)
    request, index = _request(data, panel, steps, engine)
    request["model"] = model
    request["render"] = ["text", "html"]
    file = data if is_data_file(data) else None
    if workers is None and not progress:
        response = engine.run(request, data=file)
    elif file is not None:
        raise ValueError(f"{function}(): workers and progress need the data as a DataFrame or a dict of columns, not a file")
    else:
        from .distributed import run as run_sharded

        response = run_sharded(request, executor="inline" if workers is None else workers, engine=engine, progress=progress)
    if not response["ok"]:
        raise PanelCoreError(response["error"])
    return result_for(name, response["result"], engine=engine, steps=response.get("steps", []), request=request, index=index,
                      data_file=file)


def _request(data, panel, steps, engine):
    """The request's data (none for a data file, which goes beside it), panel and steps, and the index of the user's rows
    (for per-row results; None for a file)."""
    if is_data_file(data):
        request, index = {"abi": 1}, None
        panel = panel_member(panel)
    else:
        frame, panel = panel_and_frame(data, panel)
        request, index = {"abi": 1, "data": {"columns": columns_of(frame)}}, as_pandas(data).index
    if panel is not None:
        request["panel"] = panel
    if steps is not None:
        request["steps"] = list(steps)
    return request, index


def _make(function):
    name, takes_formula, _ = FUNCTIONS[function]
    if takes_formula:
        def estimate(formula, data, **keywords):
            return fit_model(function, data, keywords, formula=formula)
    else:
        def estimate(data, **keywords):
            return fit_model(function, data, keywords)
    estimate.__name__ = estimate.__qualname__ = function
    first = "formula, data" if takes_formula else "data"
    estimate.__doc__ = (f"{function}({first}, *, panel=None, vcov=None, steps=None, engine=None, workers=None, progress=None, "
                        f"options=None, **members): the engine's {name!r} estimator.\n\nKeywords are the members and options "
                        f"of {name!r} in the engine's schema: ``panelcore.describe({name!r})`` lists them with types, defaults and "
                        f"help. ``workers`` (a number of processes, or an executor of ``panelcore.distributed``) runs the "
                        f"replications of estimators that have them in parallel, with the same result; ``progress`` (True: a "
                        f"tqdm bar or a line on stderr; or a callable ``progress(done, total)``) reports them as they finish.")
    return estimate


def describe(estimator):
    """The engine's schema of ``estimator`` (or of a function name such as ``"feols"``): members and options with
    their types, defaults, allowed values and help, what the result holds, and an example model."""
    from . import _engine

    return estimator_schema(_engine(), FUNCTIONS.get(estimator, (estimator,))[0])


def schema():
    """The engine's whole request language as data (``{"estimator": "schema"}``)."""
    from . import _engine

    return language(_engine())


def index(data, method="entropy", column="index", indicators=None, panel=None, steps=None, engine=None, **members):
    """The index step (entropy, TOPSIS or PCA) on ``data``: an :class:`IndexResult` with the step's report (weights,
    dimension weights, PCA loadings). ``indicators`` are the ABI's objects (``{"name", "direction": "+"/"-",
    "dimension"}``) or plain column names (positive direction). To use the index in a model, pass the same step in ``steps=[...]`` to the
    model's function (``IndexResult.step`` is that step)."""
    engine = _default_engine(engine)
    indicators = [{"name": item, "direction": "+"} if isinstance(item, str) else item for item in indicators or []]
    step = {"step": "index", "method": method, "column": column, "indicators": indicators}
    step.update({name: value for name, value in members.items() if value is not None})
    request, _ = _request(data, panel, list(steps or []) + [step], engine)
    request["model"] = {"estimator": "columns"}
    request["render"] = ["text"]
    response = engine.run(request, data=data if is_data_file(data) else None)
    if not response["ok"]:
        raise PanelCoreError(response["error"])
    return IndexResult(response["steps"][-1], step=step, engine=engine)


for _function in FUNCTIONS:
    globals()[_function] = _make(_function)
del _function
