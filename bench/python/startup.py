"""First request in a new Python process, with a cold and with a warm compiled-module cache (not a timed test).

    python3 bench/python/startup.py [--runs 5]

Each run is a new interpreter that imports panelcore and answers one small request; it reports the import time
(mostly wasmtime's own), the first request (loading the compiled module, instantiating it, answering) and the whole
process's wall time. Cold: an empty cache
directory per run (the module is compiled); warm: the cache filled by an earlier process. The issue's target is a
warm first request within 50 ms.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

PROBE = r"""
import time
start = time.perf_counter()
import panelcore
imported = time.perf_counter()
answer = panelcore.run({"abi": 1, "model": {"estimator": "evaluate", "function": "exp", "arguments": [[1]]}})
assert answer["ok"]
print(imported - start, time.perf_counter() - imported)
"""


def first_request(cache):
    environment = dict(os.environ, PANELCORE_CACHE_DIR=cache)
    began = time.perf_counter()
    completed = subprocess.run([sys.executable, "-c", PROBE], env=environment, capture_output=True, check=True, text=True)
    imports, request = (float(field) for field in completed.stdout.split())
    return imports, request, time.perf_counter() - began


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    cold, warm = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as cache:
            cold.append(first_request(cache))
            warm.append(first_request(cache))
    summary = {}
    for name, samples in (("cold", cold), ("warm", warm)):
        imports, request, whole = (statistics.median(s[k] for s in samples) * 1000 for k in range(3))
        print(f"{name} cache: import panelcore (with wasmtime) {imports:.0f} ms, first request {request:.0f} ms, "
              f"whole process {whole:.0f} ms (medians of {runs})")
        summary[name] = {"import_ms": round(imports), "first_request_ms": round(request), "process_ms": round(whole)}
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
