"""Where the module is looked up, and `python -m panelcore` as a command like `panelcore run`."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import panelcore

SOURCE = Path(__file__).resolve().parents[1] / "src"


def test_panelcore_wasm_environment_variable_wins(monkeypatch, tmp_path):
    chosen = tmp_path / "chosen.wasm"
    chosen.write_bytes(b"\0asm")
    monkeypatch.setenv("PANELCORE_WASM", str(chosen))
    assert panelcore.locate_wasm() == chosen


def test_a_missing_panelcore_wasm_file_is_reported(monkeypatch, tmp_path):
    monkeypatch.setenv("PANELCORE_WASM", str(tmp_path / "absent.wasm"))
    with pytest.raises(FileNotFoundError, match="absent.wasm"):
        panelcore.locate_wasm()


def run_module(arguments, stdin=b""):
    environment = dict(os.environ, PYTHONPATH=str(SOURCE))
    return subprocess.run([sys.executable, "-m", "panelcore", *arguments], input=stdin,
                          capture_output=True, env=environment)


@pytest.mark.parametrize("from_file", [False, True])
def test_command_prints_response_and_newline_with_the_ok_status(tmp_path, from_file):
    request = b'{"abi":1}'
    if from_file:
        (tmp_path / "request.json").write_bytes(request)
        completed = run_module([str(tmp_path / "request.json")])
    else:
        completed = run_module(["-"], stdin=request)
    assert completed.stdout == panelcore.run_bytes(request) + b"\n"
    assert completed.returncode == (0 if json.loads(completed.stdout)["ok"] else 1)


def test_command_reports_an_unreadable_file_with_status_2(tmp_path):
    completed = run_module([str(tmp_path / "absent.json")])
    assert completed.returncode == 2
    assert completed.stdout == b""
