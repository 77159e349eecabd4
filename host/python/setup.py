"""Packaging hook: every wheel and install carries the built WebAssembly modules.

Before the package is built, the modules of the checkout's `.build-wasm/` (written by `wasm/build.sh`) are copied
into `src/panelcore/` when they are newer; without a module the build stops with a message naming `wasm/build.sh`.
The rest of the metadata is in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
PACKAGE = HERE / "src" / "panelcore"
CHECKOUT_BUILD = HERE.parent.parent / ".build-wasm"
MODULES = ("panelcore.wasm", "panelcore-baseline.wasm")


class BuildWithModules(build_py):
    """build_py that first brings the checkout's built modules into the package."""

    def run(self):
        for name in MODULES:
            built, packaged = CHECKOUT_BUILD / name, PACKAGE / name
            if built.is_file() and (not packaged.is_file() or built.stat().st_mtime > packaged.stat().st_mtime):
                shutil.copy2(built, packaged)
        if not (PACKAGE / "panelcore.wasm").is_file():
            raise SystemExit("panelcore: the WebAssembly module is not built — run wasm/build.sh in the PanelCore "
                             "checkout first (it writes .build-wasm/panelcore.wasm, which this package carries)")
        super().run()


setup(cmdclass={"build_py": BuildWithModules})
