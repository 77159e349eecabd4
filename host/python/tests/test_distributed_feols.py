"""panelcore.distributed.feols (issue 23, fixed-effects regressions on data larger than memory): the engine's
ols_partial passes over Dask partitions give the single-machine fit — on a LocalCluster of two worker processes —
and fit data larger than a worker's memory limit, generated inside the partitions, without a worker being restarted
(the split-unit check runs bucket by bucket, so no task holds every unit)."""

import os

import pytest

import panelcore
from panelcore import distributed, outofcore

from conftest import CHECKOUT, example_panel

pytest.importorskip("pandas")
pytest.importorskip("dask.dataframe")
dask_distributed = pytest.importorskip("distributed")

#: the out-of-core test: OUT_OF_CORE_ROWS rows of five float64 columns (40 bytes a row: 1.0 GB; 2.5·10⁶ units, checked
#: in 3 buckets) generated in the partitions, on two workers of WORKER_MEMORY each (less than the data); sized to run in
#: about 4 minutes on two loaded cores (20·10⁶ rows took 3 min at load average 12); PANELCORE_OUT_OF_CORE_ROWS=N sets
#: another row count
OUT_OF_CORE_ROWS = int(os.environ.get("PANELCORE_OUT_OF_CORE_ROWS", 25_000_000))
WORKER_MEMORY = "600MiB"
ROWS_PER_PARTITION = 100_000
PERIODS = 10  # as bench/distributed/feols_out_of_core.py generates


@pytest.fixture(scope="module")
def client():
    with dask_distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            dask_distributed.Client(cluster) as client:
        yield client


def close(a, b, relative):
    return abs(a - b) <= relative * max(abs(b), 1e-300)


@pytest.mark.parametrize("formula", ["NQP ~ DF + UL + CSL | city", "NQP ~ DF + UL + CSL + FDL | city + year"])
@pytest.mark.parametrize("vcov", ["iid", "hetero", {"CRV1": "city"}])
def test_partitions_on_a_local_cluster_give_the_single_machine_fit(client, formula, vcov):
    frame = example_panel()
    single = panelcore.feols(formula, frame, vcov=vcov)
    fitted = distributed.feols(formula, frame, vcov=vcov, npartitions=3)
    assert [row["term"] for row in fitted.result["coefficients"]] == [row["term"] for row in single.result["coefficients"]]
    for a, b in zip(fitted.result["coefficients"], single.result["coefficients"]):
        assert close(a["estimate"], b["estimate"], 1e-10)
        assert close(a["std_error"], b["std_error"], 1e-8)
    assert fitted.result["stats"]["absorbed_df"] == single.result["stats"]["absorbed_df"]


def test_a_dask_frame_is_shuffled_by_unit_when_asked(client):
    import dask.dataframe as dd

    frame = example_panel()
    single = panelcore.feols("NQP ~ DF + UL | city + year", frame, vcov={"CRV1": "city"})
    scattered = dd.from_pandas(frame.sample(frac=1, random_state=3), npartitions=4)  # units across partitions
    with pytest.raises(panelcore.PanelCoreError, match="unit lies in two pieces"):
        distributed.feols("NQP ~ DF + UL | city + year", scattered, vcov={"CRV1": "city"})
    fitted = distributed.feols("NQP ~ DF + UL | city + year", scattered, vcov={"CRV1": "city"}, shuffle=True)
    for a, b in zip(fitted.result["coefficients"], single.result["coefficients"]):
        assert close(a["estimate"], b["estimate"], 1e-10) and close(a["std_error"], b["std_error"], 1e-8)


def bench_module():
    """bench/distributed/feols_out_of_core.py (its partition generator), importable here and in the worker processes
    started after this call (Dask pickles functions by reference when their module imports)."""
    import importlib
    import sys

    directory = str(CHECKOUT / "bench" / "distributed")
    if directory not in sys.path:
        sys.path.insert(0, directory)
        os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [directory, os.environ.get("PYTHONPATH")]))
    return importlib.import_module("feols_out_of_core")


def test_data_larger_than_a_workers_memory_fits_without_a_restart():
    import dask
    import dask.dataframe as dd
    from dask.utils import parse_bytes

    partitions = max(2, OUT_OF_CORE_ROWS // ROWS_PER_PARTITION)
    if "PANELCORE_OUT_OF_CORE_ROWS" not in os.environ:
        assert partitions * ROWS_PER_PARTITION * 40 > parse_bytes(WORKER_MEMORY)  # more data than a worker may hold
        assert partitions * ROWS_PER_PARTITION // PERIODS > outofcore.UNITS_PER_BUCKET  # units checked in several buckets
    bench = bench_module()
    with dask_distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, memory_limit=WORKER_MEMORY,
                                       dashboard_address=None) as cluster, dask_distributed.Client(cluster) as client:
        before = client.run(os.getpid)
        frame = dd.from_map(bench.partition, list(range(partitions)), rows=ROWS_PER_PARTITION)
        fitted = distributed.feols("y ~ x1 + x2 | id + year", frame, vcov={"CRV1": "id"}, levels=list(range(PERIODS)))
        cross = sum(dask.compute(*[dask.delayed(bench.normal_equations)(seed, ROWS_PER_PARTITION) for seed in range(partitions)]))
        after = client.run(os.getpid)
        logs = "\n".join(line for source in (client.get_worker_logs(), client.get_worker_logs(nanny=True))
                         for worker in source.values() for _, line in worker)
    assert before == after  # the same worker processes: none was killed and restarted
    assert "Restarting worker" not in logs and "exceeded 95%" not in logs
    assert fitted.nobs == partitions * ROWS_PER_PARTITION
    estimates = {row["term"]: row for row in fitted.result["coefficients"]}
    for term, truth in (("x1", 1.0), ("x2", -2.0)):
        assert abs(estimates[term]["estimate"] - truth) < 5 * estimates[term]["std_error"]
    for term, value in zip(("x1", "x2"), bench.solved(cross)):
        assert close(estimates[term]["estimate"], value, 1e-8)
