"""The compiled-module cache: reused when sound, rebuilt when corrupt, keyed by settings, safe under concurrency."""

import json
import os
import subprocess
import sys

import pytest

import panelcore
from conftest import SOURCE
from panelcore import module_cache

REQUEST = b'{"abi":1,"model":{"estimator":"evaluate","function":"exp","arguments":[[1]]}}'


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("PANELCORE_CACHE_DIR", str(tmp_path))
    compiled = []
    original = module_cache._compile
    monkeypatch.setattr(module_cache, "_compile", lambda engine, wasm: compiled.append(1) or original(engine, wasm))
    return tmp_path, compiled


def entries(directory):
    return sorted(path.name for path in directory.iterdir())


def test_a_second_engine_loads_the_compiled_module_from_the_cache(cache):
    directory, compiled = cache
    first = panelcore.Engine().run_bytes(REQUEST)
    assert compiled == [1] and len(entries(directory)) == 2  # the entry and its check file
    assert panelcore.Engine().run_bytes(REQUEST) == first
    assert compiled == [1]


def test_a_corrupt_entry_is_compiled_again_and_replaced(cache):
    directory, compiled = cache
    expected = panelcore.Engine().run_bytes(REQUEST)
    (entry,) = directory.glob("*.cwasm")
    damaged = bytearray(entry.read_bytes())
    damaged[len(damaged) // 2] ^= 0xFF
    entry.write_bytes(bytes(damaged))
    assert panelcore.Engine().run_bytes(REQUEST) == expected
    assert compiled == [1, 1]
    assert panelcore.Engine().run_bytes(REQUEST) == expected
    assert compiled == [1, 1]


@pytest.mark.parametrize("content", [b"", b"short", b"\0" * 64])
def test_truncated_or_foreign_entries_are_not_loaded(cache, content):
    directory, compiled = cache
    panelcore.Engine()
    (entry,) = directory.glob("*.cwasm")
    entry.write_bytes(content)
    panelcore.Engine().run_bytes(REQUEST)
    assert compiled == [1, 1]


def test_engine_settings_that_change_the_code_get_their_own_entry(cache):
    directory, _ = cache
    panelcore.Engine()
    panelcore.Engine(fuel=10**9)
    assert len(list(directory.glob("*.cwasm"))) == 2


def test_an_unwritable_cache_directory_only_costs_the_compilation(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("PANELCORE_CACHE_DIR", str(blocker / "cache"))
    assert json.loads(panelcore.Engine().run_bytes(REQUEST))["ok"] is True


def test_processes_starting_together_share_one_sound_entry(tmp_path):
    environment = dict(os.environ, PANELCORE_CACHE_DIR=str(tmp_path))
    if os.environ.get("PANELCORE_TEST_SOURCE") == "1":
        environment["PYTHONPATH"] = str(SOURCE)
    script = "import sys, panelcore; sys.stdout.buffer.write(panelcore.run_bytes(sys.stdin.buffer.read()))"
    processes = [subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  env=environment) for _ in range(4)]
    outputs = {process.communicate(REQUEST)[0] for process in processes}
    assert all(process.returncode == 0 for process in processes)
    assert outputs == {panelcore.Engine().run_bytes(REQUEST)}
    assert [name for name in entries(tmp_path) if not name.startswith(".partial-")] == entries(tmp_path)
    assert len(list(tmp_path.glob("*.cwasm"))) == 1


def test_an_entry_without_its_check_file_is_compiled_again(cache):
    directory, compiled = cache
    panelcore.Engine()
    (check,) = directory.glob("*.check")
    check.unlink()
    panelcore.Engine().run_bytes(REQUEST)
    assert compiled == [1, 1]
