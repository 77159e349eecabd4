"""Where the module is looked up, and `python -m panelcore` as a command like `panelcore run`."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import panelcore

from conftest import SOURCE


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
    environment = dict(os.environ)
    if os.environ.get("PANELCORE_TEST_SOURCE") == "1":
        environment["PYTHONPATH"] = str(SOURCE)
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


def test_the_package_under_test_is_the_one_meant():
    """Installed (the default, as users get it) unless PANELCORE_TEST_SOURCE=1 asked for the source tree."""
    imported_from_source = Path(panelcore.__file__).resolve().is_relative_to(SOURCE)
    assert imported_from_source == (os.environ.get("PANELCORE_TEST_SOURCE") == "1")


def test_the_installed_package_carries_both_modules():
    if os.environ.get("PANELCORE_TEST_SOURCE") == "1":
        pytest.skip("the source tree carries the modules only after wasm/build.sh")
    package = Path(panelcore.__file__).parent
    for name in ("panelcore.wasm", "panelcore-baseline.wasm"):
        assert (package / name).read_bytes()[:4] == b"\0asm"
