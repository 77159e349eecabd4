"""Which panelcore the tests exercise: the installed package by default (CI installs the wheel into a fresh venv,
scripts/test-python-wheel); with PANELCORE_TEST_SOURCE=1, the source tree (for quick runs while editing).
Compiled modules are cached in a fresh directory for the run, not in the user's cache."""

import os
import sys
import tempfile
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1] / "src"

if os.environ.get("PANELCORE_TEST_SOURCE") == "1":
    sys.path.insert(0, str(SOURCE))

os.environ.setdefault("PANELCORE_CACHE_DIR", tempfile.mkdtemp(prefix="panelcore-test-cache-"))
