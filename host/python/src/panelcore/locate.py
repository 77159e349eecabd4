"""Finds panelcore.wasm: $PANELCORE_WASM, then the copy inside this package, then a source checkout's build."""

import os
from pathlib import Path

_PACKAGE_COPY = Path(__file__).with_name("panelcore.wasm")


def _checkout_build():
    """<checkout>/.build-wasm/panelcore.wasm when this file is <checkout>/host/python/src/panelcore/locate.py."""
    here = Path(__file__).resolve()
    checkout = here.parents[4] if len(here.parents) > 4 else here.parent
    return checkout / ".build-wasm" / "panelcore.wasm"


def locate_wasm():
    """Returns the path of the module to load; raises FileNotFoundError naming every place tried."""
    from_environment = os.environ.get("PANELCORE_WASM")
    if from_environment:
        if not Path(from_environment).is_file():
            raise FileNotFoundError(f"PANELCORE_WASM={from_environment} is not a file")
        return Path(from_environment)
    candidates = (_PACKAGE_COPY, _checkout_build())
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(
        "panelcore.wasm not found: set PANELCORE_WASM, or run wasm/build.sh before installing "
        f"(looked in {candidates[0]} and {candidates[1]})"
    )
