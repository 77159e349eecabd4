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


def test_memory_limit_raises_and_the_engine_recovers():
    engine = panelcore.Engine(memory_limit_bytes=32 * 2**20)
    with pytest.raises(panelcore.WasmError):
        engine.run_bytes(b" " * (24 * 2**20))
    check_envelope(json.loads(engine.run_bytes(b'{"abi":1}')))


def test_a_module_of_another_abi_is_refused(monkeypatch):
    monkeypatch.setattr(panelcore.engine, "SUPPORTED_ABI_VERSION", 2)
    with pytest.raises(panelcore.WasmError, match="ABI 1"):
        panelcore.Engine().run_bytes(b"{}")
