"""Sharded replications (panelcore.distributed) on 1 and 2 workers: placebo with 5,000 draws and the cluster
bootstrap of a mediation model with 5,000 replications on a panel of 285 cities x 11 years (the example panel's 45
cities, copied with a 1% jitter of their values under new names: the size of the issue's panel; ``--cities 45`` for
the example panel itself).

For each model: one engine in this process (the reference bytes), then local worker processes, a thread pool and a
Dask LocalCluster of worker processes with 1 and 2 workers (two shards per worker). Every sharded answer must equal the
reference bytes. Prints seconds, the speed-up of 2 workers over 1 and the overhead of sharding (1 worker ÷ one
engine). Worker start-up is outside the timings (the pools are started and warmed first); the combining request,
which refits the observed model, is inside them. Not run by the tests.
"""

import argparse
import concurrent.futures
import io
import json
import time
from pathlib import Path

import panelcore
from panelcore import distributed

CHECKOUT = Path(__file__).resolve().parents[2]
EXAMPLE = CHECKOUT / "examples" / "nqpf_panel.csv"
#: columns copied unchanged (identifiers, time, treatment, place)
KEPT = {"city", "province", "region", "year", "pilot", "latitude", "longitude"}


def panel_csv(cities):
    """The example panel grown to ``cities`` cities: copy c of each city is named "CITY c" and has its numeric
    columns multiplied by 1 + 0.01·N(0, 1) (seeded), so the copies are not identical."""
    import numpy
    import pandas

    example = pandas.read_csv(EXAMPLE)
    names = list(dict.fromkeys(example["city"]))
    frames = []
    for copy in range(-(-cities // len(names))):
        frame = example.copy()
        if copy:
            random = numpy.random.default_rng(copy)
            frame["city"] = frame["city"] + f" {copy}"
            for column in frame.columns:
                if column not in KEPT and pandas.api.types.is_numeric_dtype(frame[column]):
                    frame[column] = frame[column] * (1 + 0.01 * random.standard_normal(len(frame)))
        frames.append(frame)
    grown = pandas.concat(frames)
    kept = list(dict.fromkeys(grown["city"]))[:cities]
    buffer = io.StringIO()
    grown[grown["city"].isin(kept)].to_csv(buffer, index=False)
    return buffer.getvalue()


def models(csv, replications):
    def request(model):
        return {"abi": 1, "data": {"csv": csv}, "panel": {"id": "city", "time": "year"}, "model": model}

    return {
        "placebo": request({"estimator": "placebo", "formula": "NQP ~ UL | city + year", "treatment": "pilot",
                            "options": {"replications": replications, "seed": 1}}),
        "mediation": request({"estimator": "mediation", "formula": "NQP ~ DF + UL + CSL + FDL + TRL + ESL | city + year",
                              "mediators": ["RI", "GLCT"], "vcov": {"cluster": "city"},
                              "options": {"replications": replications, "seed": 2024, "intervals": ["percentile", "bc"]}}),
    }


def timed(function):
    start = time.perf_counter()
    answer = function()
    return time.perf_counter() - start, answer


def warm(executor):
    """Starts the executor's workers and loads the module in each (a tiny sharded placebo)."""
    tiny = models(EXAMPLE.read_text(), 8)["placebo"]
    distributed.run_bytes(tiny, executor=executor, shards=8)


def executors():
    """(name, workers, executor, closer) for local processes and Dask with 1 and 2 workers."""
    for workers in (1, 2):
        pool = concurrent.futures.ProcessPoolExecutor(max_workers=workers)
        yield "local processes", workers, pool, pool.shutdown
    for workers in (1, 2):
        pool = concurrent.futures.ThreadPoolExecutor(max_workers=workers)
        yield "threads", workers, pool, pool.shutdown
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
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("replications", nargs="?", type=int, default=5000)
    parser.add_argument("--cities", type=int, default=285, help="cities of the panel (45: the example panel)")
    options = parser.parse_args()
    MODELS = models(panel_csv(options.cities), options.replications)
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
    print(f"{options.replications} replications on {options.cities} cities x 11 years; seconds (wall), every answer byte-identical")
    print(f"{'model':<10} {'executor':<18} {'one engine':>10} {'1 worker':>9} {'2 workers':>10} {'speed-up':>9} {'overhead':>9}")
    for name in MODELS:
        for kind in ("local processes", "threads", "dask LocalCluster"):
            if (kind, 1, name) not in seconds:
                continue
            one, two = seconds[kind, 1, name], seconds[kind, 2, name]
            print(f"{name:<10} {kind:<18} {single[name]:>10.2f} {one:>9.2f} {two:>10.2f} {one / two:>9.2f} {one / single[name]:>9.2f}")


if __name__ == "__main__":
    main()
