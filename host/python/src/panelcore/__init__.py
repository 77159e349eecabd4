"""PanelCore's WebAssembly module under wasmtime: JSON request in, JSON response out.

``run`` and ``run_bytes`` share one lazily created :class:`Engine`; create your own ``Engine``
for a different module file, a fuel budget or a memory cap. ``fit`` takes a pandas DataFrame and returns
tidy DataFrames (``panelcore.frames``).

The estimator functions (``feols``, ``xtreg``, ``did``, ``mediation``, ``sdm``… — ``panelcore.api``) take a
formula and a DataFrame and return result objects (``panelcore.results``); ``etable`` compares results fitted in
separate calls. ``panelcore.distributed.run`` shards a model's replications over local processes, Dask or Ray
with the same answer (the estimator functions do it with ``workers=``). The README of the package is a tutorial.
"""

from .api import FUNCTIONS, describe, index, schema
from .engine import Engine, WasmError
from .frames import Fit, PanelCoreError, fit
from .locate import locate_wasm
from .results import Figure, Result, etable
from . import api as _api
from . import distributed

globals().update({name: getattr(_api, name) for name in FUNCTIONS})

__all__ = ["Engine", "Figure", "Fit", "PanelCoreError", "Result", "WasmError", "describe", "distributed", "etable", "fit", "index",
           "locate_wasm", "run", "run_bytes", "schema"] + sorted(FUNCTIONS)

_default_engine = None


def _engine():
    global _default_engine
    if _default_engine is None:
        _default_engine = Engine()
    return _default_engine


def run(request, data=None):
    """Answers one request (a dict, a JSON str or UTF-8 bytes) and returns the decoded response dict; ``data`` (a path,
    bytes or a binary file object) is a data file beside it, read by the module in pieces (``Engine``)."""
    return _engine().run(request, data)


def run_bytes(request, data=None):
    """Answers one request given as bytes (with the data file ``data`` if given) and returns the response bytes exactly
    as the module wrote them."""
    return _engine().run_bytes(request, data)
