"""The Engine against the built module: request forms, instance reuse without _start, limits, recovery.

Needs a built module (wasm/build.sh); the responses are checked for the ABI's envelope, not for the
dispatcher's content, which the parity harness and the core's tests cover.
"""

import json

import pytest

import panelcore
from panelcore.engine import STATUS_ERROR_RESPONSE, STATUS_OK

REQUEST = {"abi": 1, "model": {"estimator": "ols", "formula": "y ~ x"}}


def check_envelope(response):
    assert response["abi"] == 1
    assert isinstance(response["ok"], bool)


def test_run_accepts_dict_str_and_bytes_alike():
    text = json.dumps(REQUEST)
    answers = [panelcore.run(REQUEST), panelcore.run(text), panelcore.run(text.encode())]
    check_envelope(answers[0])
    assert answers[0] == answers[1] == answers[2]


def test_run_bytes_returns_the_raw_response_of_run():
    raw = panelcore.run_bytes(json.dumps(REQUEST).encode())
    assert json.loads(raw) == panelcore.run(REQUEST)
    assert not raw.endswith(b"\n")


def test_status_agrees_with_the_ok_member():
    status, raw = panelcore.Engine().run_with_status(b"{not json")
    assert status == (STATUS_OK if json.loads(raw)["ok"] else STATUS_ERROR_RESPONSE)


def test_one_instance_answers_many_requests_without_start_and_without_leaking():
    engine = panelcore.Engine()
    first = engine.run_bytes(b'{"abi":1}')
    store, exports = engine._ready_instance()
    pages_after_first = exports["memory"].size(store)
    for _ in range(300):
        assert engine.run_bytes(b'{"abi":1}') == first
        assert engine.run_bytes(b"x" * 100_000) is not None
    assert exports["memory"].size(store) == pages_after_first
    assert exports["pc_result_ptr"](store) == 0 and exports["pc_result_len"](store) == 0


def test_pc_run_leaves_the_request_to_the_host_and_answers_as_pc_run_consuming():
    request = json.dumps({"abi": 1, "data": {"columns": {"y": [1, 2, 3, 5], "x": [0, 1, 2, 3]}},
                          "model": {"estimator": "ols", "formula": "y ~ x"}}).encode()
    engine = panelcore.Engine()
    consumed = engine.run_bytes(request)
    store, exports = engine._ready_instance()
    memory = exports["memory"]
    pointer = exports["pc_alloc"](store, len(request))
    memory.write(store, request, pointer)
    assert exports["pc_run"](store, pointer, len(request)) == 0
    result = exports["pc_result_ptr"](store)
    assert bytes(memory.read(store, result, result + exports["pc_result_len"](store))) == consumed
    assert bytes(memory.read(store, pointer, pointer + len(request))) == request
    exports["pc_free"](store, pointer, len(request))


def test_allocation_edge_cases():
    engine = panelcore.Engine()
    engine.run_bytes(b"")
    store, exports = engine._ready_instance()
    assert exports["pc_alloc"](store, -1) == 0
    assert exports["pc_alloc"](store, 2**31 - 1) == 0  # more than the 2 GiB maximum memory
    empty = exports["pc_alloc"](store, 0)
    assert empty != 0
    exports["pc_free"](store, empty, 0)
    exports["pc_free"](store, 0, 0)


def test_fuel_is_a_per_request_budget():
    with pytest.raises(panelcore.WasmError, match="fuel"):
        panelcore.Engine(fuel=1_000).run_bytes(b'{"abi":1}')
    generous = panelcore.Engine(fuel=10**8)
    for _ in range(3):
        check_envelope(json.loads(generous.run_bytes(b'{"abi":1}')))


def test_a_module_of_another_abi_is_refused(monkeypatch):
    monkeypatch.setattr(panelcore.engine, "SUPPORTED_ABI_VERSION", 2)
    with pytest.raises(panelcore.WasmError, match="ABI 1"):
        panelcore.Engine().run_bytes(b"{}")


def placebo_request(replications, options=None):
    """A placebo test of a small panel with many replications: long enough to outlast a short time limit."""
    rows = [(unit, year) for unit in range(12) for year in range(2010, 2018)]
    columns = {
        "id": [unit for unit, _ in rows],
        "year": [year for _, year in rows],
        "y": [((unit * 7 + year * 3) % 11) / 3 for unit, year in rows],
        "x": [((unit * 5 + year) % 7) / 2 for unit, year in rows],
        "d": [1 if unit < 4 and year >= 2014 else 0 for unit, year in rows],
    }
    model = {"estimator": "placebo", "formula": "y ~ x | id + year", "treatment": "d",
             "options": {"replications": replications, "seed": 1, **(options or {})}}
    return {"abi": 1, "data": {"columns": columns}, "panel": {"id": "id", "time": "year"}, "model": model}


def test_max_seconds_answers_time_limit_and_the_engine_recovers():
    engine = panelcore.Engine(max_seconds=0.5)
    status, raw = engine.run_with_status(json.dumps(placebo_request(10**6)).encode())
    assert status == STATUS_ERROR_RESPONSE
    assert json.loads(raw)["error"]["code"] == "time_limit"
    assert raw.startswith(b'{"abi":1,"ok":false,"error":{"code":"time_limit","message":"the host\'s time limit of 0.5 s')
    short = placebo_request(5)
    assert engine.run(short) == panelcore.Engine().run(short)


def test_options_max_seconds_is_measured_inside_the_module():
    response = panelcore.Engine().run(placebo_request(10**6, {"max_seconds": 0.2}))
    assert response["error"]["code"] == "time_limit"
    assert response["error"]["where"] == "/model"


def test_memory_limit_answers_too_large_and_the_engine_recovers():
    engine = panelcore.Engine(memory_limit_bytes=32 * 2**20)
    response = json.loads(engine.run_bytes(b" " * (24 * 2**20)))
    assert response["error"]["code"] == "too_large"
    # A small request whose design (20,000 rows x 1,000 indicator columns, 160 MB) outgrows the cap while it runs.
    rows = 20_000
    request = {"abi": 1, "data": {"columns": {"y": [float(i % 97) for i in range(rows)], "g": [i % 1000 for i in range(rows)]}},
               "model": {"estimator": "ols", "formula": "y ~ i(g)"}}
    response = engine.run(request)
    assert response["error"]["code"] == "too_large"
    assert "memory" in response["error"]["message"]
    check_envelope(json.loads(engine.run_bytes(b'{"abi":1}')))


def test_wasm_error_names_its_cause_on_the_first_line():
    with pytest.raises(panelcore.WasmError, match=r"\Apanelcore.wasm ran out of fuel"):
        panelcore.Engine(fuel=1_000).run_bytes(b'{"abi":1}')
