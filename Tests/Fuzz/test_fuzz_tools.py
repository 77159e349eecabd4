"""Tests of the fuzzing tools themselves: the mutator is deterministic and writes duplicate members on purpose,
the outcome classes are decided as documented, and the minimiser keeps what still fails."""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "Parity"))
import minimise  # noqa: E402
import mutate  # noqa: E402
import outcomes  # noqa: E402
from runners import Outcome  # noqa: E402


def test_mutants_are_the_same_bytes_for_the_same_seed_and_index():
    first = [mutate.mutant(5, k) for k in range(40)]
    assert first == [mutate.mutant(5, k) for k in range(40)]
    assert len({content for _, content, _ in first}) > 30


def test_duplicated_members_are_written_twice():
    assert mutate.encode(mutate.Duplicated({"a": 1, "b": 2}, [("a", 3)])) == '{"a":1,"b":2,"a":3}'


def test_mutants_of_empty_objects_and_ragged_columns_are_made():
    for seed, index in [(1, 1000), (1, 2851), (1, 5866), (2026, 1779), (3, 808)]:  # once raised in the mutator
        mutate.mutant(seed, index)


def column_lengths(content):
    """The set of the lengths of a request's array data columns (empty when it has none)."""
    try:
        columns = json.loads(content)["data"]["columns"]
    except (ValueError, KeyError, TypeError):
        return set()
    return {len(v) for v in columns.values() if isinstance(v, list)} if isinstance(columns, dict) else set()


def test_data_operations_keep_columns_of_equal_length():
    seeds = dict(mutate.SEED_REQUESTS)
    for k in range(200):
        base, content, _ = mutate.mutant(9, k)
        if len(column_lengths(seeds[base])) <= 1:
            assert len(column_lengths(content)) <= 1, (k, base)


def test_well_formed_responses_pass_and_keep_their_code():
    ok = Outcome(0, b'{"abi":1,"ok":true,"result":{"a":1}}')
    error = Outcome(1, b'{"abi":1,"ok":false,"error":{"code":"invalid_json","message":"m","where":"/"}}')
    assert outcomes.classify(ok, b"{}") == ("ok", "")
    assert outcomes.classify(error, b"{}") == ("error", "invalid_json")


def test_malformed_responses_are_named():
    cases = {
        b'{"abi":1,"ok":true,"results":[{"rendered":{"text":"a","text":"b"}}]}': "member 'text' named twice in /results/*/rendered",
        b'{"abi":1,"ok":true,"result":NaN}': "not JSON",
        b'{"ok":true,"abi":1,"result":1}': "envelope",
        b'{"abi":1,"ok":false,"error":{"code":"x","message":"is -nan","where":"/"}}': "message prints nan",
    }
    for response, expected in cases.items():
        kind, detail = outcomes.classify(Outcome(1, response), b"{}")
        assert kind == "malformed" and expected in detail, (response, detail)
    assert outcomes.classify(Outcome(1, b'{"abi":1,"ok":true,"result":1}'), b"{}")[0] == "malformed"


def test_nan_in_a_message_passes_when_the_request_names_it():
    response = b'{"abi":1,"ok":false,"error":{"code":"unknown_column","message":"no column nan","where":"/"}}'
    assert outcomes.classify(Outcome(1, response), b'{"formula":"y ~ nan"}') == ("error", "unknown_column")


def test_crashes_and_hangs_are_told_apart():
    assert outcomes.classify(Outcome(problem="exit status -11"), b"") == ("crash", "signal SIGSEGV")
    trap = "exit status -4: Swift/Array.swift:1: Fatal error: Index out of range\n"
    assert outcomes.classify(Outcome(problem=trap), b"") == ("crash", "signal SIGILL: Fatal error: Index out of range")
    assert outcomes.classify(Outcome(problem="timed out after 10 seconds"), b"")[0] == "hang"
    assert outcomes.classify(Outcome(problem="trap: wasm trap: call stack exhausted"), b"")[0] == "crash"


def test_the_minimiser_keeps_the_failing_part_and_duplicate_members():
    request = b'{"abi":1,"data":{"columns":{"x":[1,2,3,4,5,6],"y":[0,0,7,0,0,0]}},"model":{"a":1,"a":2,"b":3}}'

    def fails(variant):
        return b"7" in variant and b'"a":1,"a":2' in variant

    smaller = minimise.minimise(request, fails)
    assert fails(smaller) and len(smaller) < len(request)
    assert json.loads(smaller)["data"]["columns"]["y"] == [7]


def test_a_wasm_trap_is_named_by_its_cause_and_core_function():
    problem = ("trap: wasm trap: call stack exhausted; error while executing at wasm backtrace:\n"
               "    0: 0x1 - panelcore.wasm!$es5ArrayV9subscriptyxSicig\n"
               "    1: 0x2 - panelcore.wasm!$e9PanelCore13DisplayNumberO10scientific_8decimalsSSSd_SitFZ")
    assert outcomes.classify(Outcome(problem=problem), b"") == (
        "crash", "trap: wasm trap: call stack exhausted in DisplayNumber.scientific")
