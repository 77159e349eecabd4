"""panelcore.distributed.feols (issue 23, fixed-effects regressions on data larger than memory): the engine's
ols_partial passes over Dask partitions give the single-machine fit — on a LocalCluster of two worker processes —
and fit data larger than the workers' memory, generated inside the partitions, without a worker being restarted."""

import os

import pytest

import panelcore
from panelcore import distributed

from conftest import example_panel

pytest.importorskip("pandas")
pytest.importorskip("dask.dataframe")
dask_distributed = pytest.importorskip("distributed")

#: rows of the out-of-core test: about 2 GiB of five 8-byte columns by default
OUT_OF_CORE_ROWS = int(os.environ.get("PANELCORE_OUT_OF_CORE_ROWS", 2**31 // 40))
ROWS_PER_PARTITION = 500_000
PERIODS = 10


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


def generated_partition(seed):
    """Partition ``seed``: its own units over PERIODS periods, y = x1 − 2 x2 + unit and period effects + noise."""
    import numpy
    import pandas

    random = numpy.random.default_rng(seed)
    units = ROWS_PER_PARTITION // PERIODS
    ids = seed * units + numpy.repeat(numpy.arange(units), PERIODS)
    periods = numpy.tile(numpy.arange(PERIODS), units)
    x1, x2 = random.standard_normal(len(ids)), random.standard_normal(len(ids))
    y = x1 - 2 * x2 + numpy.repeat(random.standard_normal(units), PERIODS) + 0.1 * periods + random.standard_normal(len(ids))
    return pandas.DataFrame({"id": ids, "year": periods, "x1": x1, "x2": x2, "y": y})


def normal_equations(seed):
    """The within-unit demeaned cross-product of [year dummies, x1, x2, y] of partition ``seed`` (NumPy)."""
    import numpy

    frame = generated_partition(seed)
    dummies = (frame["year"].to_numpy()[:, None] == numpy.arange(1, PERIODS)[None, :]).astype(float)
    columns = numpy.column_stack([dummies, frame[["x1", "x2", "y"]].to_numpy()])
    means = numpy.zeros((frame["id"].max() + 1 - frame["id"].min(), columns.shape[1]))
    position = frame["id"].to_numpy() - frame["id"].min()
    numpy.add.at(means, position, columns)
    demeaned = columns - means[position] / PERIODS
    return demeaned.T @ demeaned


def test_data_larger_than_the_workers_memory_fits_without_a_restart():
    import dask
    import dask.dataframe as dd
    import numpy

    partitions = max(2, OUT_OF_CORE_ROWS // ROWS_PER_PARTITION)
    with dask_distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, memory_limit="700MiB",
                                       dashboard_address=None) as cluster, dask_distributed.Client(cluster) as client:
        before = client.run(os.getpid)
        frame = dd.from_map(generated_partition, list(range(partitions)))
        fitted = distributed.feols("y ~ x1 + x2 | id + year", frame, vcov={"CRV1": "id"}, levels=list(range(PERIODS)))
        cross = sum(dask.compute(*[dask.delayed(normal_equations)(seed) for seed in range(partitions)]))
        after = client.run(os.getpid)
        logs = "\n".join(line for source in (client.get_worker_logs(), client.get_worker_logs(nanny=True))
                         for worker in source.values() for _, line in worker)
    assert before == after  # the same worker processes: none was killed and restarted
    assert "Restarting worker" not in logs and "exceeded 95%" not in logs
    assert fitted.nobs == partitions * ROWS_PER_PARTITION
    estimates = {row["term"]: row for row in fitted.result["coefficients"]}
    for term, truth in (("x1", 1.0), ("x2", -2.0)):
        assert abs(estimates[term]["estimate"] - truth) < 5 * estimates[term]["std_error"]
    numpy_estimates = numpy.linalg.solve(cross[:-1, :-1], cross[:-1, -1])[-2:]
    for term, value in zip(("x1", "x2"), numpy_estimates):
        assert close(estimates[term]["estimate"], value, 1e-8)
