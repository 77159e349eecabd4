"""Checks that `Double(String)` gives the same bits natively and in the Embedded wasm module.

Embedded Swift leaves the runtime hook `_swift_stdlib_strtod_clocale` to the platform; the module
defines it over wasi-libc's strtod (wasm/Entry/StrtodShim.swift). This builds the probe
strtod/main.swift natively and, through wasm/build.sh --entry, as both modules (SIMD and baseline),
feeds each the strings of strtod/hard-decimals.txt, and compares the bit patterns line by line with the
native ones. Prints `N passed, M failed`.

    python3 Tests/Parity/check_strtod.py
"""

import subprocess
import sys
import tempfile
from pathlib import Path

from runners import ROOT, wasmtime_command_runner

PROBE = ROOT / "Tests" / "Parity" / "strtod" / "main.swift"
STRINGS = ROOT / "Tests" / "Parity" / "strtod" / "hard-decimals.txt"
# NaN payloads: musl's strtod ignores them, glibc's keeps them (documented in StrtodShim.swift).
KNOWN_DIFFERENCES = {"nan(0x12)"}


def build_probes(folder):
    """Builds the native and the two wasm probes into `folder`; returns the native path and the modules."""
    native = folder / "probe-native"
    subprocess.run(["swiftc", "-O", "-enable-experimental-feature", "Extern", str(PROBE),
                    str(ROOT / "wasm" / "Entry" / "StandardStreams.swift"), "-o", str(native)],
                   check=True, capture_output=True)
    subprocess.run([str(ROOT / "wasm" / "build.sh"), "--entry", str(PROBE), "--out", str(folder)],
                   check=True, capture_output=True)
    return native, [folder / "panelcore.wasm", folder / "panelcore-baseline.wasm"]


def main():
    strings = STRINGS.read_bytes()
    passed = failed = 0
    with tempfile.TemporaryDirectory() as folder:
        native, modules = build_probes(Path(folder))
        native_lines = subprocess.run([str(native)], input=strings, capture_output=True, check=True).stdout
        for module in modules:
            outcome = wasmtime_command_runner(module)(strings)
            if outcome.problem:
                sys.exit(f"check_strtod: the wasm probe {module.name} failed: {outcome.problem}")
            wasm_lines = (outcome.response + b"\n").decode().splitlines()
            for native_line, wasm_line in zip(native_lines.decode().splitlines(), wasm_lines, strict=True):
                text = native_line.rsplit(" ", 1)[0]
                if native_line == wasm_line or text in KNOWN_DIFFERENCES:
                    passed += 1
                else:
                    failed += 1
                    print(f"differs ({module.name}): native {native_line!r}, wasm {wasm_line!r}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
