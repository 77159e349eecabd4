"""Out-of-core fixed-effects regression (panelcore.distributed.feols) on data generated inside Dask partitions.

y = x1 − 2·x2 + unit effect + 0.1·period + noise over units observed in 10 periods; each partition generates its own
units from its seed on a worker, so the data never exists in one process. Fits ``y ~ x1 + x2 | id + year`` with
errors clustered on the unit on a LocalCluster (``--workers``, ``--memory-limit`` each) and reports the wall time,
the peak resident memory of each worker (sampled every 0.2 s) and the estimates. With pyfixest installed it also
fits the largest size that fits one process (``--single-rows``, built in this process) with pyfixest and with
panelcore.distributed.feols, and prints their time ratio. ``--rows`` scales to 10⁸ and beyond (not run by the
tests; the default is small). Usage: ``bench/distributed/run.sh feols [--rows N] …`` or with PYTHONPATH set to
host/python/src.
"""

import argparse
import os
import threading
import time

import numpy
import pandas

PERIODS = 10


def partition(seed, rows):
    """The rows of partition ``seed``: rows // PERIODS units of its own, each over PERIODS periods."""
    random = numpy.random.default_rng(seed)
    units = rows // PERIODS
    ids = seed * units + numpy.repeat(numpy.arange(units), PERIODS)
    periods = numpy.tile(numpy.arange(PERIODS), units)
    x1, x2 = random.standard_normal(len(ids)), random.standard_normal(len(ids))
    y = x1 - 2 * x2 + numpy.repeat(random.standard_normal(units), PERIODS) + 0.1 * periods + random.standard_normal(len(ids))
    return pandas.DataFrame({"id": ids, "year": periods, "x1": x1, "x2": x2, "y": y})


def normal_equations(seed, rows):
    """The within-unit demeaned cross-product of [period dummies, x1, x2, y] of partition ``seed`` (NumPy): summed
    over the partitions, ``solved`` gives the estimates to check panelcore's against."""
    frame = partition(seed, rows)
    dummies = (frame["year"].to_numpy()[:, None] == numpy.arange(1, PERIODS)[None, :]).astype(float)
    columns = numpy.column_stack([dummies, frame[["x1", "x2", "y"]].to_numpy()])
    position = frame["id"].to_numpy() - frame["id"].min()
    sums = numpy.zeros((position.max() + 1, columns.shape[1]))
    numpy.add.at(sums, position, columns)
    demeaned = columns - sums[position] / PERIODS
    return demeaned.T @ demeaned


def solved(cross):
    """The slopes (x1, x2) of the summed cross-product ``cross``."""
    return numpy.linalg.solve(cross[:-1, :-1], cross[:-1, -1])[-2:]


def resident_bytes():
    import psutil

    return psutil.Process().memory_info().rss


def fit(client, rows, per_partition):
    """(seconds, peak bytes per worker, result) of distributed.feols on ``rows`` generated rows."""
    import dask.dataframe as dd

    from panelcore import distributed

    seeds = list(range(max(1, rows // per_partition)))
    frame = dd.from_map(partition, seeds, rows=per_partition)
    peaks, done = {}, threading.Event()

    def sample():
        while not done.is_set():
            for worker, value in client.run(resident_bytes).items():
                peaks[worker] = max(peaks.get(worker, 0), value)
            time.sleep(0.2)

    sampler = threading.Thread(target=sample)
    sampler.start()
    start = time.perf_counter()
    try:
        result = distributed.feols("y ~ x1 + x2 | id + year", frame, vcov={"CRV1": "id"}, levels=list(range(PERIODS)))
    finally:
        seconds = time.perf_counter() - start
        done.set()
        sampler.join()
    return seconds, peaks, result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=4_000_000, help="rows in all (10**8 for the issue's size)")
    parser.add_argument("--rows-per-partition", type=int, default=500_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--memory-limit", default="700MiB", help="per worker")
    parser.add_argument("--single-rows", type=int, default=2_000_000, help="rows of the one-process comparison (0: skip)")
    options = parser.parse_args()

    from dask.distributed import Client, LocalCluster

    with LocalCluster(n_workers=options.workers, threads_per_worker=1, memory_limit=options.memory_limit,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        pids = client.run(os.getpid)
        seconds, peaks, result = fit(client, options.rows, options.rows_per_partition)
        restarted = client.run(os.getpid) != pids
        print(f"rows {result.nobs:,} in {max(1, options.rows // options.rows_per_partition)} partitions, "
              f"{options.workers} workers x {options.memory_limit}: {seconds:.1f} s wall; peak worker memory "
              + ", ".join(f"{value / 2**20:.0f} MiB" for value in peaks.values())
              + ("; a worker was restarted" if restarted else "; no worker restarted"))
        print(result.tidy().to_string(index=False))
        import dask

        seeds = range(max(1, options.rows // options.rows_per_partition))
        cross = sum(dask.compute(*[dask.delayed(normal_equations)(seed, options.rows_per_partition) for seed in seeds]))
        print("NumPy normal equations of the same partitions: x1, x2 =", ", ".join(f"{value:.12g}" for value in solved(cross)))
        if options.single_rows:
            try:
                import pyfixest
            except ImportError:
                print("pyfixest not installed: one-process comparison skipped")
                return
            frame = pandas.concat([partition(seed, options.rows_per_partition)
                                   for seed in range(max(1, options.single_rows // options.rows_per_partition))])
            start = time.perf_counter()
            pyfixest.feols("y ~ x1 + x2 | id + year", data=frame, vcov={"CRV1": "id"})
            single = time.perf_counter() - start
            ours, _, _ = fit(client, options.single_rows, options.rows_per_partition)
            print(f"{len(frame):,} rows: pyfixest (one process) {single:.1f} s, panelcore.distributed.feols {ours:.1f} s, "
                  f"ratio {ours / single:.2f}")


if __name__ == "__main__":
    main()
