"""DID placebo benchmark (issue 6): 500 random-unit placebo replications of the TWFE DID
y ~ d + x1 | city + year with errors clustered by city, on the seed-002-like 285 x 11 pilot panel of
references/did/make_did_fixtures.py. Times, in the same run:
  native   `panelcore run request.json` (whole process), best of 3
  wasm     host/python Engine.run_bytes(request) (module compiled and warmed up first), best of 3, when built
  pyfixest a loop of 500 feols fits with the adoption periods shuffled across cities (the same permutation test), once
and prints the ratios. Usage: bench_did.py --panelcore BIN [--wasm FILE] [--replications 500]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "references", "did"))
from make_did_fixtures import simulate  # noqa: E402  (the fixture panel, not a copy)


def request(df, replications):
    columns = {name: df[name].tolist() for name in ["city", "year", "y", "x1", "d"]}
    return {"abi": 1, "data": {"columns": columns}, "panel": {"id": "city", "time": "year"},
            "model": {"estimator": "placebo", "formula": "y ~ x1 | city + year", "treatment": "d",
                      "vcov": {"cluster": "city"}, "options": {"replications": replications, "seed": 1}}}


def native(binary, path):
    best = None
    for _ in range(3):
        start = time.perf_counter()
        done = subprocess.run([binary, "run", path], capture_output=True, text=True)
        seconds = time.perf_counter() - start
        response = json.loads(done.stdout)
        assert response.get("ok"), response
        best = seconds if best is None else min(best, seconds)
    return best, response["result"]


def wasm(module, path):
    sys.path.insert(0, os.path.join(ROOT, "host", "python", "src"))
    from panelcore.engine import Engine
    engine = Engine(module)
    body = open(path, "rb").read()
    json.loads(engine.run_bytes(body))  # warm-up
    best = None
    for _ in range(3):
        start = time.perf_counter()
        response = json.loads(engine.run_bytes(body))
        best = min(best or 1e9, time.perf_counter() - start)
    assert response.get("ok"), response
    return best


def pyfixest_loop(df, replications):
    import pyfixest as pf
    rng = np.random.default_rng(1)
    cohort = df.groupby("city")["cohort"].first()
    pf.feols("y ~ d + x1 | city + year", data=df, vcov={"CRV1": "city"})  # warm-up (imports, numba)
    start = time.perf_counter()
    draws = []
    for _ in range(replications):
        shuffled = dict(zip(cohort.index, rng.permutation(cohort.to_numpy())))
        g = df["city"].map(shuffled)
        data = df.assign(d=((g > 0) & (df["year"] >= g)).astype(float))
        draws.append(pf.feols("y ~ d + x1 | city + year", data=data, vcov={"CRV1": "city"}).coef()["d"])
    return time.perf_counter() - start, float(np.std(draws, ddof=1))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--panelcore", required=True)
    parser.add_argument("--wasm", default="")
    parser.add_argument("--replications", type=int, default=500)
    args = parser.parse_args()
    df = simulate()
    path = os.path.join(tempfile.mkdtemp(prefix="panelcore-bench-did-"), "placebo.json")
    with open(path, "w") as out:
        json.dump(request(df, args.replications), out)
    native_seconds, result = native(args.panelcore, path)
    wasm_seconds = wasm(args.wasm, path) if args.wasm and os.path.exists(args.wasm) else None
    pyfixest_seconds, pyfixest_sd = pyfixest_loop(df, args.replications)
    print(f"{args.replications} placebo replications, TWFE DID, 285 x 11, CRV1 by city")
    print(f"  native    {native_seconds:8.3f} s   (target < 1 s)   placebo sd {result['summary']['sd']:.4f}, p {result['p_value']}")
    print(f"  wasm      {'not built' if wasm_seconds is None else f'{wasm_seconds:8.3f} s'}   (target < 2 s)")
    print(f"  pyfixest  {pyfixest_seconds:8.3f} s   (loop of feols; placebo sd {pyfixest_sd:.4f})")
    print(f"  ratio native/pyfixest {native_seconds / pyfixest_seconds:.3f}"
          + ("" if wasm_seconds is None else f", wasm/pyfixest {wasm_seconds / pyfixest_seconds:.3f}"))


if __name__ == "__main__":
    main()
