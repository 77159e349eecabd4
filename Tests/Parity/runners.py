"""The runtimes the parity harness compares. Each runner answers request bytes with an Outcome.

Command-style runners (native CLI, wasm command, node CLI) must print the response followed by
exactly one "\n"; that newline is checked and removed so every runner's response can be compared
with the library runner's, which returns the bare response bytes.
"""

import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import wasmtime

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "host" / "python" / "src"))
import panelcore  # noqa: E402  (the Python host, from this checkout)

TIMEOUT_SECONDS = 300


@dataclass(frozen=True)
class Outcome:
    """What a runtime made of one request: exit status (or pc_run status) and response bytes,
    or a problem (crash, trap, timeout, missing newline) that makes it incomparable."""

    status: int = None
    response: bytes = None
    problem: str = None


def command_outcome(status, stdout):
    """The Outcome of a command that printed `stdout` and exited with `status`."""
    if not stdout.endswith(b"\n"):
        return Outcome(problem=f"exit {status}; output does not end with one newline ({len(stdout)} bytes)")
    if status not in (0, 1):
        return Outcome(problem=f"exit status {status}")
    return Outcome(status, stdout[:-1])


def process_outcome(argv, request=None, environment=None, timeout=TIMEOUT_SECONDS):
    """The Outcome of running `argv` with `request` (if any) on its standard input, killed after `timeout` s."""
    try:
        completed = subprocess.run(argv, input=request, capture_output=True, timeout=timeout, env=environment)
    except (OSError, subprocess.TimeoutExpired) as error:
        return Outcome(problem=str(error))
    outcome = command_outcome(completed.returncode, completed.stdout)
    if outcome.problem and completed.stderr:
        return Outcome(problem=f"{outcome.problem}: {completed.stderr.decode(errors='replace')[-300:]}")
    return outcome


def subprocess_runner(argv, environment=None, timeout=TIMEOUT_SECONDS):
    """A runner that pipes the request into `argv` and reads its standard output."""
    return lambda request: process_outcome(argv, request, environment, timeout)


def file_argument_runner(argv):
    """A runner that writes the request to a file and passes its path as the last argument (the native CLI maps a
    request file rather than reading standard input)."""

    def run(request):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder, "request.json")
            path.write_bytes(request)
            return process_outcome(argv + [str(path)])

    return run


def trap_text(error):
    """A wasmtime error as a problem: the cause first (wasmtime prints it after the backtrace), then the start of the
    backtrace."""
    text = str(error)
    cause = text.rsplit("Caused by:", 1)[1].strip() if "Caused by:" in text else ""
    return f"trap: {cause}; {text[:300]}" if cause else f"trap: {text[:300]}"


def wasmtime_command_runner(wasm_path):
    """The module run as a WASI command under wasmtime-py: `_start` with the request as stdin."""
    engine = wasmtime.Engine()
    module = wasmtime.Module.from_file(engine, str(wasm_path))
    linker = wasmtime.Linker(engine)
    linker.define_wasi()

    def run(request):
        with tempfile.TemporaryDirectory() as folder:
            stdin, stdout = Path(folder, "stdin"), Path(folder, "stdout")
            stdin.write_bytes(request)
            config = wasmtime.WasiConfig()
            config.stdin_file, config.stdout_file = str(stdin), str(stdout)
            store = wasmtime.Store(engine)
            store.set_wasi(config)
            try:
                linker.instantiate(store, module).exports(store)["_start"](store)
                status = 0
            except wasmtime.ExitTrap as exit_trap:
                status = exit_trap.code
            except (wasmtime.Trap, wasmtime.WasmtimeError) as error:
                return Outcome(problem=trap_text(error))
            return command_outcome(status, stdout.read_bytes())

    return run


def wasmtime_library_runner(wasm_path):
    """The module's pc_* exports under wasmtime-py, one instance reused for every request."""
    engine = panelcore.Engine(wasm_path)

    def run(request):
        try:
            return Outcome(*engine.run_with_status(request))
        except panelcore.WasmError as error:
            return Outcome(problem=str(error)[:300])

    return run


def all_runners(native_path, wasm_path, baseline_wasm_path):
    """The runtimes in comparison order, as {name: runner}; the native CLI first. WasmKit, which has no
    SIMD, runs the baseline module (wasm/build.sh); the others the SIMD one."""
    node_environment = dict(os.environ, PANELCORE_WASM=str(wasm_path))
    return {
        "native": subprocess_runner([str(native_path), "run", "-"]),
        "native-file": file_argument_runner([str(native_path), "run"]),
        "wasmtime-cmd": wasmtime_command_runner(wasm_path),
        "wasmtime-lib": wasmtime_library_runner(wasm_path),
        "wasmkit": subprocess_runner(["wasmkit", "run", str(baseline_wasm_path)]),
        "node-lib": subprocess_runner(["node", "--no-warnings", str(ROOT / "host" / "node" / "cli.mjs")],
                                      node_environment),
    }
