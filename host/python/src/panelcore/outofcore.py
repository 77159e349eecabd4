"""Fixed-effects regressions on data larger than memory, on Dask (docs/abi/distributed.md, "Fixed-effects
regressions on data larger than memory").

``feols(formula, data, vcov=...)`` fits ``y ~ x… | unit`` or ``y ~ x… | unit + effect`` (a low-cardinality second
effect) with the engine's ``ols_partial`` passes: the engine names the unit and the second effect (``effects``), every
partition — which must hold all rows of its units — answers a small factor piece on a Dask worker (the worker's
cached engine, as ``distributed.run`` uses), the pieces are merged pairwise in a tree of Dask tasks (TSQR), each
partition's unit fingerprints are routed into hash buckets (``route``) and each bucket is checked on a worker for a
unit in two partitions (``units``: memory of one bucket, however many units the data has), a second pass over the
partitions gives the score sums of robust or clustered errors, and the finish runs on the calling process. Only
pieces (kilobytes) and bucket answers travel to the client; the partitions are read or generated on the workers. The
result is the ``Result`` ``panelcore.feols`` returns for the same rows. Python only moves bytes: every number is the
engine's.
"""

import json
import math

from .frames import PanelCoreError
from .vcov import abi_vcov

#: partitions a pandas DataFrame is cut into (by unit) when ``npartitions`` is not given
DEFAULT_PARTITIONS = 4
#: unit fingerprints one ``units`` task checks at most on average (8 MiB of 64-bit fingerprints): the bucket count
#: is the data's units over this
UNITS_PER_BUCKET = 1 << 20


def feols(formula, data, panel=None, vcov="iid", levels=None, shuffle=False, npartitions=None, label=None, level=None,
          engine=None):
    """The ``ols`` result of ``formula`` on ``data``, computed partition by partition on Dask.

    ``data``: a Dask DataFrame whose partitions hold whole units (else pass ``shuffle=True``: ``ddf.shuffle(on=unit)``,
    a full pass moving every row between workers), a pandas DataFrame (cut by unit into ``npartitions``), or a list of
    Parquet/CSV paths, one partition per file (each file must hold whole units). ``panel=(unit, time)`` adds
    ``| unit + time`` to a formula without a ``|`` part. ``levels``: every level of the second effect (computed from
    the data — one cheap pass — when not given). ``vcov``: ``"iid"``, ``"hetero"``/``"hc1"``, ``{"CRV1": "unit"}``
    (clusters nested in the units). The tasks run on the active ``dask.distributed.Client`` if any, else on Dask's
    local scheduler."""
    import dask

    if panel is not None and "|" not in formula:
        unit_name, time_name = panel
        formula = f"{formula} | {unit_name} + {time_name}"
    if engine is None:
        from . import _engine

        engine = _engine()
    effects = _answer(engine, {"abi": 1, "model": {"estimator": "ols_partial", "pass": "effects", "formula": formula}})
    partitions = _partitions(data, effects["unit"], shuffle, npartitions)
    model = {"estimator": "ols_partial", "formula": formula, "vcov": abi_vcov(vcov) or "iid"}
    if effects["effect"] is not None:
        if levels is None:
            levels = _levels(effects["effect"], partitions)
        model["levels"] = {effects["effect"]: [_plain(value) for value in levels]}
    if label is not None:
        model["label"] = label
    if level is not None:
        model["options"] = {"level": level}
    path = str(engine.wasm_path) if engine.wasm_path is not None else None
    factors = dask.persist(*[dask.delayed(answer_pass)(model, "factor", part, None, path) for part in partitions])
    nodes = list(factors)
    while len(nodes) > 1:
        nodes = [dask.delayed(answer_pass)(model, "merge", None, nodes[k:k + 2], path) if k + 1 < len(nodes) else nodes[k]
                 for k in range(0, len(nodes), 2)]
    merged = nodes[0].compute()
    buckets = max(1, math.ceil(merged["units"] / UNITS_PER_BUCKET))
    routes = [dask.delayed(answer_pass)(dict(model, buckets=buckets), "route", None, [piece], path) for piece in factors]
    checks = [dask.delayed(answer_pass)(model, "units", None, [dask.delayed(_bucket_list)(route, k) for route in routes], path)
              for k in range(buckets)]
    sums = []
    if model["vcov"] != "iid":
        sums = [dask.delayed(answer_pass)(model, "scores", part, [merged], path) for part in partitions]
    checks, sums = dask.compute(checks, sums)
    del factors, routes
    response = engine.run({"abi": 1, "render": ["text", "html"],
                           "model": dict(model, pieces=[merged] + list(sums) + list(checks), **{"pass": "finish"})})
    if not response["ok"]:
        raise PanelCoreError(response["error"])
    from .results import result_for

    return result_for("ols", response["result"], engine=engine)


def answer_pass(model, name, frame, pieces, wasm_path):
    """The ``result`` of pass ``name`` of ``model`` on ``frame`` (a pandas partition) and/or ``pieces``, answered by
    this worker's engine (``distributed.answer_shard``)."""
    from .data import columns_of
    from .distributed import answer_shard

    request = {"abi": 1, "model": dict(model, **{"pass": name})}
    if pieces:
        request["model"]["pieces"] = list(pieces)
    if frame is not None:
        request["data"] = {"columns": columns_of(frame)}
    answer = json.loads(answer_shard(json.dumps(request, allow_nan=False).encode(), wasm_path))
    if not answer["ok"]:
        raise PanelCoreError(answer["error"])
    return answer["result"]


def _answer(engine, request):
    """The ``result`` of ``request`` answered by ``engine``."""
    response = engine.run(request)
    if not response["ok"]:
        raise PanelCoreError(response["error"])
    return response["result"]


def _bucket_list(routes, bucket):
    """The unit list of ``bucket`` in a route pass's answer."""
    return routes["lists"][bucket]


def _partitions(data, unit, shuffle, npartitions):
    """Delayed pandas partitions of ``data``, each holding whole units."""
    import dask
    import pandas

    if isinstance(data, (list, tuple)):
        import dask.dataframe as dd

        readers = {".csv": pandas.read_csv, ".parquet": pandas.read_parquet, ".pq": pandas.read_parquet}
        paths = [str(path) for path in data]
        reader = readers.get("." + paths[0].rsplit(".", 1)[-1].lower(), pandas.read_parquet)
        data = dd.from_map(reader, paths)
    if isinstance(data, pandas.DataFrame):
        units = pandas.unique(data[unit])
        count = max(1, min(npartitions or DEFAULT_PARTITIONS, len(units)))
        return [dask.delayed(data[data[unit].isin(units[k::count])]) for k in range(count)]
    if shuffle:
        data = data.shuffle(on=unit)
    return data.to_delayed()


def _levels(effect, partitions):
    """The sorted distinct values of ``effect`` over all partitions (computed on the workers)."""
    import dask

    def distinct(frame):
        return set(frame[effect].dropna().unique().tolist())

    found = set().union(*dask.compute(*[dask.delayed(distinct)(part) for part in partitions]))
    return sorted(found)


def _plain(value):
    """A level as a JSON number or string."""
    if hasattr(value, "item"):
        value = value.item()
    return value if isinstance(value, (int, float, str)) else str(value)
