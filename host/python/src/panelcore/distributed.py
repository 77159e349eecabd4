"""Replication loops sharded over workers, answering the very bytes of one engine (docs/abi/distributed.md).

A model with a replication loop (placebo draws, bootstraps, permutations, simulated spatial effects) is cut into
ranges of replications; each worker answers the request with ``options.replications_range`` set to its range (the
raw values of those replications, with the request's digest and seed), and the shards are combined by one more
request — the original with a top-level ``shards`` member — which refits the observed model and reduces every
replication exactly as the unsharded request does. Replication r always draws from random sub-stream r, so the
answer does not depend on how many shards there are or where they ran.

Executors: a number of local worker processes (``executor=4``), any ``concurrent.futures.Executor`` (process or
thread pool), a ``dask.distributed.Client``, Ray (``executor="ray"`` or the ``ray`` module, after ``ray.init``), or
``"inline"``: the shards one after another on the calling process's engine (``INLINE_SHARDS`` of them by default),
which is what ``progress=`` without workers uses. ``progress`` (``progress.Reporter``) is told as each shard finishes.
Every worker process or thread loads the wasm module once and keeps it for later shards (compiled modules come
from the on-disk cache, ``module_cache``).

``feols`` (``outofcore``) fits fixed-effects regressions on Dask partitions of data larger than memory.
"""

import concurrent.futures
import copy
import json
import os
import threading

from .engine import Engine, encode_request
from .language import estimator as estimator_schema

from .outofcore import feols
from .progress import Reporter

_worker_engines = threading.local()
#: shards of the ``"inline"`` executor when ``shards`` is not given: fine enough steps for a progress bar
INLINE_SHARDS = 20


def run(request, executor=None, shards=None, engine=None, progress=None):
    """Answers ``request`` (a dict with one ``model``) with its replications sharded over ``executor``; returns the
    decoded response, the same as ``engine.run(request)`` gives."""
    return json.loads(run_bytes(request, executor=executor, shards=shards, engine=engine, progress=progress))


def run_bytes(request, executor=None, shards=None, engine=None, progress=None):
    """``run``, returning the response bytes — byte for byte those of ``engine.run_bytes(request)``.

    ``shards`` is the number of ranges (default: one per worker of ``executor``); ``engine`` answers the combining
    request and gives the module path the workers load (default: the shared engine). A model without a replication
    loop, or with fewer than two replications, is answered by ``engine`` directly. When a shard fails, ``engine``
    answers the unsharded request: its error for a mistake in the request, its result for a model whose options
    switch its loop off.
    ``progress`` (True, or a callable ``progress(done, total)``; module ``progress``) hears of each finished shard."""
    if engine is None:
        from . import _engine

        engine = _engine()
    if isinstance(request, (bytes, bytearray, str)):
        request = json.loads(request)
    count = replications(request, engine)
    if count < 2:
        return engine.run_bytes(encode_request(request))
    ranges = replication_ranges(count, shards or worker_count(executor))
    reporter = Reporter(progress, count)
    try:
        answers = _map(executor, [encode_request(_ranged(request, bounds)) for bounds in ranges], engine,
                       lambda k: reporter.finished(ranges[k][1] - ranges[k][0]))
    finally:
        reporter.close()
    results = []
    for answer in answers:
        response = json.loads(answer)
        if not response["ok"]:
            # A mistake in the request, or a model whose loop its options switch off (spatial_panel without
            # simulated effects): the unsharded request gives the answer one engine gives.
            return engine.run_bytes(encode_request(request))
        results.append(response["result"])
    combining = dict(request)
    combining["shards"] = results
    return engine.run_bytes(encode_request(combining))


def replications(request, engine):
    """How many replications the request's model runs: its ``options.replications`` or the schema's default; 0
    when the estimator has no replication loop (or the request is not a single model)."""
    model = request.get("model")
    if not isinstance(model, dict) or "shards" in request:
        return 0
    try:
        schema = estimator_schema(engine, model.get("estimator"))
    except KeyError:
        return 0
    options = {option["name"]: option for option in schema["options"]}
    if "replications_range" not in options:
        return 0
    count = (model.get("options") or {}).get("replications", options["replications"].get("default", 0))
    return count if isinstance(count, int) and count > 0 else 0


def replication_ranges(count, shards):
    """``[first, end)`` pairs cutting 0..count into ``shards`` (at most ``count``) contiguous, near-equal ranges."""
    shards = max(1, min(int(shards), count))
    bounds = [count * k // shards for k in range(shards + 1)]
    return list(zip(bounds, bounds[1:]))


def worker_count(executor):
    """How many workers ``executor`` has (the default number of shards)."""
    if executor is None:
        return os.cpu_count() or 1
    if executor == "inline":
        return INLINE_SHARDS
    if isinstance(executor, int):
        return executor
    if _is_ray(executor):
        import ray

        return max(1, int(ray.cluster_resources().get("CPU", 1)))
    if hasattr(executor, "scheduler_info"):  # dask.distributed.Client
        return max(1, len(executor.scheduler_info().get("workers", {})))
    return getattr(executor, "_max_workers", None) or os.cpu_count() or 1


def answer_shard(request, wasm_path=None):
    """Answers one shard's request bytes in this worker, with the worker's engine for ``wasm_path`` (loaded on first
    use; the worker's own module when that file is not on its machine)."""
    if wasm_path is not None and not os.path.isfile(wasm_path):
        wasm_path = None  # a worker on another machine: its own installed module
    engines = getattr(_worker_engines, "by_path", None)
    if engines is None:
        engines = _worker_engines.by_path = {}
    if wasm_path not in engines:
        engines[wasm_path] = Engine(wasm_path)
    return engines[wasm_path].run_bytes(request)


def _ranged(request, bounds):
    """The request with ``options.replications_range`` set to ``bounds``."""
    ranged = dict(request)
    model = copy.copy(request["model"])
    model["options"] = dict(model.get("options") or {}, replications_range=list(bounds))
    ranged["model"] = model
    return ranged


def _is_ray(executor):
    return executor == "ray" or getattr(executor, "__name__", None) == "ray"


def _map(executor, requests, engine, finished):
    """The answers to ``requests`` (bytes), in order, computed by ``executor``'s workers; ``finished(k)`` is called
    as the answer to request k arrives."""
    path = str(engine.wasm_path) if engine.wasm_path is not None else None
    if executor == "inline":
        answers = []
        for k, request in enumerate(requests):
            answers.append(engine.run_bytes(request))
            finished(k)
        return answers
    if executor is None or isinstance(executor, int):
        workers = min(len(requests), worker_count(executor))
        with concurrent.futures.ProcessPoolExecutor(max_workers=workers) as pool:
            return _gathered([pool.submit(answer_shard, request, path) for request in requests],
                             concurrent.futures.as_completed, finished)
    if _is_ray(executor):
        import ray

        remote = ray.remote(answer_shard)
        references = [remote.remote(request, path) for request in requests]
        pending = list(references)
        while pending:
            done, pending = ray.wait(pending, num_returns=1)
            finished(references.index(done[0]))
        return ray.get(references)
    futures = [executor.submit(answer_shard, request, path) for request in requests]
    if hasattr(executor, "scheduler_info"):  # dask.distributed.Client: its own futures
        from distributed import as_completed
    else:
        as_completed = concurrent.futures.as_completed
    return _gathered(futures, as_completed, finished)


def _gathered(futures, as_completed, finished):
    """The futures' results in order, calling ``finished(k)`` as future k completes."""
    position = {id(future): k for k, future in enumerate(futures)}
    for future in as_completed(futures):
        finished(position[id(future)])
    return [future.result() for future in futures]
