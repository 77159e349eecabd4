"""panelcore.distributed (issue 23): replications sharded over local processes, threads, a Dask LocalCluster of
worker processes and a local Ray instance answer the very bytes of one engine."""

import concurrent.futures
import importlib.util
import json
import subprocess
import sys

import pytest

import panelcore
from panelcore import distributed

from conftest import EXAMPLE_PANEL, example_panel


def request(model):
    return {"abi": 1, "data": {"csv": EXAMPLE_PANEL.read_text()}, "panel": {"id": "city", "time": "year"},
            "model": model, "render": ["text"]}


PLACEBO = request({"estimator": "placebo", "formula": "NQP ~ UL | city + year", "treatment": "pilot",
                   "options": {"replications": 60, "seed": 7}})
MEDIATION = request({"estimator": "mediation", "formula": "NQP ~ DF + UL | city + year", "mediators": ["RI"],
                     "vcov": {"cluster": "city"}, "options": {"replications": 40, "seed": 2024}})


def single(request, ok=True):
    """One engine's answer (checked to be a success unless ``ok`` is False)."""
    answer = panelcore.run_bytes(json.dumps(request).encode())
    assert json.loads(answer)["ok"] == ok, answer[:300]
    return answer


def test_ranges_cut_the_replications_into_contiguous_near_equal_parts():
    assert distributed.replication_ranges(10, 3) == [(0, 3), (3, 6), (6, 10)]
    assert distributed.replication_ranges(2, 5) == [(0, 1), (1, 2)]


def test_local_processes_give_the_single_engine_bytes():
    assert distributed.run_bytes(PLACEBO, executor=2, shards=3) == single(PLACEBO)


def test_a_thread_pool_gives_the_single_engine_bytes_for_a_bootstrap():
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        assert distributed.run_bytes(MEDIATION, executor=pool, shards=3) == single(MEDIATION)


def test_a_model_without_replications_runs_on_one_engine():
    ols = request({"estimator": "ols", "formula": "NQP ~ UL"})
    assert distributed.run_bytes(ols, executor=2) == single(ols)


def test_a_bad_request_answers_its_error_as_one_engine_does():
    bad = request({"estimator": "placebo", "formula": "NQP ~ UL", "treatment": "nothing", "options": {"replications": 10}})
    assert distributed.run_bytes(bad, executor=2) == single(bad, ok=False)


def test_a_model_whose_options_switch_its_loop_off_answers_as_one_engine_does():
    weights = {"units": "city", "knn": 3, "coordinates": {"lat": "latitude", "lon": "longitude"}}
    sar = request({"estimator": "spatial_panel", "formula": "NQP ~ UL", "model": "sar", "weights": weights})
    assert distributed.run_bytes(sar, executor=2) == single(sar)


def test_the_estimator_functions_take_workers():
    pytest.importorskip("pandas")
    frame = example_panel()
    one = panelcore.placebo("NQP ~ UL | city + year", frame, treatment="pilot", panel=("city", "year"), replications=30, seed=3)
    two = panelcore.placebo("NQP ~ UL | city + year", frame, treatment="pilot", panel=("city", "year"), replications=30, seed=3,
                            workers=2)
    assert two.result == one.result


def test_a_dask_local_cluster_of_processes_gives_the_single_engine_bytes():
    pytest.importorskip("dask")
    distributed_module = pytest.importorskip("distributed")
    with distributed_module.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                         dashboard_address=None) as cluster, distributed_module.Client(cluster) as client:
        assert distributed.worker_count(client) == 2
        assert distributed.run_bytes(PLACEBO, executor=client) == single(PLACEBO)
        assert distributed.run_bytes(MEDIATION, executor=client, shards=4) == single(MEDIATION)


# Ray's driver installs its own handlers of fatal signals in place of wasmtime's (a wasm trap is a signal), so a
# later trap in the test process would kill it: the driver runs in a child process.
RAY_DRIVER = """
import json, sys
import ray
import panelcore
from panelcore import distributed

ray.init(num_cpus=2, include_dashboard=False)
try:
    for request in json.loads(sys.stdin.read()):
        single = panelcore.run_bytes(json.dumps(request).encode())
        assert json.loads(single)["ok"], single[:300]
        assert distributed.run_bytes(request, executor=ray) == single
        assert distributed.run_bytes(request, executor="ray", shards=3) == single
finally:
    ray.shutdown()
print("same bytes")
"""


def test_a_local_ray_instance_gives_the_single_engine_bytes():
    if importlib.util.find_spec("ray") is None:
        pytest.skip("ray is not installed")
    driver = subprocess.run([sys.executable, "-c", RAY_DRIVER], input=json.dumps([PLACEBO, MEDIATION]),
                            capture_output=True, text=True, timeout=900)
    assert driver.returncode == 0 and "same bytes" in driver.stdout, driver.stderr[-3000:]
