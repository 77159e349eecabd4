"""Sharded replications (panelcore.distributed) on 1 and 2 workers: placebo with 5,000 draws and the cluster
bootstrap of a mediation model with 5,000 replications on the example panel (45 cities x 11 years).

For each model: one engine in this process (the reference bytes), then local worker processes and a Dask
LocalCluster of worker processes with 1 and 2 workers (two shards per worker). Every sharded answer must equal the
reference bytes. Prints seconds, the speed-up of 2 workers over 1 and the overhead of sharding (1 worker ÷ one
engine). Worker start-up is outside the timings (the pools are started and warmed first); the combining request,
which refits the observed model, is inside them. Not run by the tests.
"""

import concurrent.futures
import json
import sys
import time
from pathlib import Path

import panelcore
from panelcore import distributed

CHECKOUT = Path(__file__).resolve().parents[2]
REPLICATIONS = int(sys.argv[1]) if len(sys.argv) > 1 else 5000


def request(model):
    return {"abi": 1, "data": {"csv": (CHECKOUT / "examples" / "nqpf_panel.csv").read_text()},
            "panel": {"id": "city", "time": "year"}, "model": model}


MODELS = {
    "placebo": request({"estimator": "placebo", "formula": "NQP ~ UL | city + year", "treatment": "pilot",
                        "options": {"replications": REPLICATIONS, "seed": 1}}),
    "mediation": request({"estimator": "mediation", "formula": "NQP ~ DF + UL + CSL + FDL + TRL + ESL | city + year",
                          "mediators": ["RI", "GLCT"], "vcov": {"cluster": "city"},
                          "options": {"replications": REPLICATIONS, "seed": 2024, "intervals": ["percentile", "bc"]}}),
}


def timed(function):
    start = time.perf_counter()
    answer = function()
    return time.perf_counter() - start, answer


def warm(executor):
    """Starts the executor's workers and loads the module in each (a tiny sharded placebo)."""
    tiny = request({"estimator": "placebo", "formula": "NQP ~ UL | city + year", "treatment": "pilot",
                    "options": {"replications": 8}})
    distributed.run_bytes(tiny, executor=executor, shards=8)


def executors():
    """(name, workers, executor, closer) for local processes and Dask with 1 and 2 workers."""
    for workers in (1, 2):
        pool = concurrent.futures.ProcessPoolExecutor(max_workers=workers)
        yield "local processes", workers, pool, pool.shutdown
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        print("dask.distributed is not installed: Dask skipped")
        return
    for workers in (1, 2):
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)

        def close(client=client, cluster=cluster):
            client.close()
            cluster.close()

        yield "dask LocalCluster", workers, client, close


def main():
    engine = panelcore.Engine()
    reference = {}
    single = {}
    for name, model in MODELS.items():
        single[name], reference[name] = timed(lambda: engine.run_bytes(json.dumps(model).encode()))
        assert json.loads(reference[name])["ok"], reference[name][:300]
    seconds = {}
    for kind, workers, executor, close in executors():
        warm(executor)
        for name, model in MODELS.items():
            seconds[kind, workers, name], answer = timed(
                lambda: distributed.run_bytes(model, executor=executor, shards=2 * workers, engine=engine))
            assert answer == reference[name], f"{kind} with {workers} workers: {name} differs from one engine"
        close()
    print(f"{REPLICATIONS} replications on the example panel; seconds (wall), every answer byte-identical")
    print(f"{'model':<10} {'executor':<18} {'one engine':>10} {'1 worker':>9} {'2 workers':>10} {'speed-up':>9} {'overhead':>9}")
    for name in MODELS:
        for kind in ("local processes", "dask LocalCluster"):
            if (kind, 1, name) not in seconds:
                continue
            one, two = seconds[kind, 1, name], seconds[kind, 2, name]
            print(f"{name:<10} {kind:<18} {single[name]:>10.2f} {one:>9.2f} {two:>10.2f} {one / two:>9.2f} {one / single[name]:>9.2f}")


if __name__ == "__main__":
    main()
