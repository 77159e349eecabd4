#!/usr/bin/env python3
"""Times one PanelCore request natively and in both WebAssembly modules, best of REPEATS runs each, and checks
that every response is byte-identical to the native one. The native time is the CLI's wall time (process start,
JSON in and out); the wasm times are `Engine.run_bytes` under wasmtime-py with the module compiled once (the
Python host's path). Prints one line per build and the wasm/native ratios.
Usage: time_runs.py REQUEST NATIVE_CLI SIMD_WASM BASELINE_WASM [REPEATS]
"""
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "host" / "python" / "src"))
import panelcore  # noqa: E402  (the Python host, from this checkout)


def best_of(repeats, run):
    """The shortest wall time of `repeats` calls of run() and the output of the last one."""
    best, output = float("inf"), None
    for _ in range(repeats):
        start = time.perf_counter()
        output = run()
        best = min(best, time.perf_counter() - start)
    return best, output


def main():
    request_path, native, simd, baseline = sys.argv[1:5]
    repeats = int(sys.argv[5]) if len(sys.argv) > 5 else 3
    request = Path(request_path).read_bytes()
    native_time, native_out = best_of(repeats, lambda: subprocess.run(
        [native, "run", request_path], capture_output=True, check=True).stdout)
    native_out = native_out[:-1]  # the CLI's closing newline
    print(f"native: {native_time:.3f} s")
    for name, module in (("wasm (SIMD)", simd), ("wasm (baseline)", baseline)):
        engine = panelcore.Engine(module)
        seconds, out = best_of(repeats, lambda: engine.run_bytes(request))
        same = "byte-identical" if out == native_out else "DIFFERENT"
        print(f"{name}: {seconds:.3f} s, {seconds / native_time:.2f}x native, response {same}")
        if out != native_out:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
