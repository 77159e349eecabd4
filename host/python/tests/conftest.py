"""Which panelcore the tests exercise: the installed package by default (CI installs the wheel into a fresh venv,
scripts/test-python-wheel); with PANELCORE_TEST_SOURCE=1, the source tree (for quick runs while editing), also in
the worker processes the distributed tests start.
Compiled modules are cached in a fresh directory for the run, not in the user's cache."""

import os
import sys
import tempfile
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1] / "src"

if os.environ.get("PANELCORE_TEST_SOURCE") == "1":
    sys.path.insert(0, str(SOURCE))
    # Worker processes the tests start (Dask, Ray: panelcore.distributed) import the same source tree.
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SOURCE), os.environ.get("PYTHONPATH")]))

os.environ.setdefault("PANELCORE_CACHE_DIR", tempfile.mkdtemp(prefix="panelcore-test-cache-"))

CHECKOUT = Path(__file__).resolve().parents[3]
EXAMPLE_PANEL = CHECKOUT / "examples" / "nqpf_panel.csv"


def example_panel():
    """The example study's panel (45 cities × 2013–2023) as a pandas DataFrame."""
    import pandas

    return pandas.read_csv(EXAMPLE_PANEL)
