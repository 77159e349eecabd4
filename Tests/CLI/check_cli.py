"""The command line as users meet it: every estimator command's --help example runs on the bundled example panel,
and writes its table with --format latex, rtf and md (results that are not tables exit 2 saying so); a command gives
the same bytes as its JSON request under `panelcore run`; usage mistakes exit 2 with one line naming the flag and the
closest valid one.

    python3 Tests/CLI/check_cli.py [--native PATH]

Prints one line per check and finally `N passed, M failed`; exits 1 on a failure.
"""

import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

from checklist import Checklist, native_binary

ROOT = Path(__file__).resolve().parents[2]


# Results that are not tables: they answer --format latex/rtf/md with exit 2 and a message saying so.
NOT_TABLES = {"evaluate", "columns", "ols-partial"}  # ols-partial: its example is a factor pass (a piece)


def run(binary, arguments, stdin=None):
    return subprocess.run([binary, *arguments], cwd=ROOT, input=stdin, capture_output=True, timeout=600)


def commands(binary):
    """The estimator commands `panelcore --help` lists (and the spatial model names)."""
    text = run(binary, ["--help"]).stdout.decode()
    section = text.split("Estimators:\n", 1)[1].split("\n\n", 1)[0]
    names = [line.split()[0] for line in section.splitlines() if line.startswith("  ") and not line.startswith("  sar,")]
    return names + ["sar", "sdm", "sem", "sdem", "sac"]


def example(binary, command):
    """The example command line of `panelcore COMMAND --help`."""
    text = run(binary, [command, "--help"]).stdout.decode()
    line = text.split("Example (on the bundled example panel):\n", 1)[1].splitlines()[0].strip()
    return shlex.split(line)[1:]


OVERSIZED_REQUEST = """
import base64, json, struct, sys
rows = 1_000_000
column = lambda step, modulus: base64.b64encode(struct.pack(f"<{rows}d", *((k * step % modulus) / modulus for k in range(rows)))).decode()
levels = base64.b64encode(struct.pack(f"<{rows}i", *(k % 1000 for k in range(rows)))).decode()
columns = {"y": {"float64": column(7919, 1000003)}, "x": {"float64": column(104729, 999983)}, "g": {"int32": levels}}
json.dump({"abi": 1, "data": {"columns": columns}, "model": {"estimator": "ols", "formula": "y ~ x + i(g)"}}, open(sys.argv[1], "w"))
"""


def oversized_design_refusal(binary, scratch):
    """(error code, response, peak RSS in MB) of `panelcore run` on `y ~ x + i(g)` with 10^6 rows and g of 1,000
    levels as binary columns (a 10^6 x 1,001 design, 7.5 GiB as doubles): the size is refused from the request's
    dimensions before anything is built (issue 17). The request is written by another process and the CLI spawned
    from this small one: a spawned child's peak RSS starts at its parent's."""
    path = scratch / "oversized.json"
    subprocess.run([sys.executable, "-c", OVERSIZED_REQUEST, str(path)], check=True)
    output = scratch / "oversized.response.json"
    with open(output, "wb") as sink:
        pid = os.posix_spawn(binary, [binary, "run", str(path)], os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, sink.fileno(), 1)])
        _, _, usage = os.wait4(pid, 0)
    response = output.read_text()
    code = (json.loads(response).get("error") or {}).get("code")
    return code, response, usage.ru_maxrss / 1024


def main():
    binary = native_binary(__doc__.splitlines()[0], ROOT)
    checklist = Checklist()
    check = checklist.check

    with tempfile.TemporaryDirectory() as scratch:
        for command in commands(binary):
            arguments = example(binary, command)
            completed = run(binary, arguments + ["--format", "json"])
            response = completed.stdout
            check(f"{command} --help example runs", completed.returncode == 0, completed.stderr.decode()[:300])
            request_file = Path(scratch) / f"{command}.json"
            request_file.write_bytes(run(binary, arguments + ["--format", "json", "--print-request"]).stdout)
            data = arguments[arguments.index("--data") + 1]
            through_run = run(binary, ["run", "--data", data, str(request_file)]).stdout
            check(f"{command}: the command and its JSON request give the same bytes", through_run == response,
                  f"{through_run[:120]!r} vs {response[:120]!r}")
            text = run(binary, arguments)
            check(f"{command} prints a table", text.returncode == 0 and len(text.stdout) > 0, text.stderr.decode()[:200])
            for table_format in ["latex", "rtf", "md"]:
                table = run(binary, arguments + ["--format", table_format])
                if command in NOT_TABLES:
                    check(f"{command} --format {table_format} says the result is not a table",
                          table.returncode == 2 and b"is not a table" in table.stderr and not table.stdout, table.stderr.decode()[:200])
                else:
                    check(f"{command} --format {table_format} writes its table", table.returncode == 0 and len(table.stdout) > 0,
                          table.stderr.decode()[:200])

    # The JSON request written by hand (independently of the CLI) gives the command's bytes.
    panel = (ROOT / "examples" / "nqpf_panel.csv").read_text()
    hand = {"abi": 1, "data": {"csv": panel}, "panel": {"id": "city", "time": "year"},
            "model": {"estimator": "ols", "formula": "NQP ~ DF + UL | city + year", "vcov": {"cluster": ["city", "year"]}}}
    by_hand = run(binary, ["run", "-"], stdin=json.dumps(hand, ensure_ascii=False).encode()).stdout
    by_flags = run(binary, ["ols", "--data", "examples/nqpf_panel.csv", "--panel", "city,year", "--formula",
                            "NQP ~ DF + UL | city + year", "--vcov", "cluster:city+year", "--format", "json"]).stdout
    check("ols flags with two-way clustering equal the hand-written request", by_hand == by_flags)
    path_request = {"abi": 1, "data": {"path": "examples/nqpf_panel.csv"}, "panel": {"id": "city", "time": "year"},
                    "model": hand["model"]}
    through_path = run(binary, ["run", "-"], stdin=json.dumps(path_request).encode()).stdout
    check('run reads "data": {"path": FILE}', through_path == by_hand)

    mistakes = [
        (["ols", "--data", "examples/nqpf_panel.csv", "--formla", "NQP ~ DF"], "--formula"),
        (["did", "--formula", "NQP ~ 1", "--treatmnt", "x"], "--treatment"),
        (["mediaton", "--data", "x.csv"], "mediation"),
        (["ols", "--data", "examples/nqpf_panel.csv", "--formula", "NQP ~ DF", "--vcov", "robst"], "robust"),
        (["ols", "--data", "examples/nqpf_panel.csv", "--formula", "NQP ~ DF", "--format", "latx"], "latex"),
        (["run", "--dta", "x.csv"], "--data"),
    ]
    for arguments, suggestion in mistakes:
        completed = run(binary, arguments)
        message = completed.stderr.decode().strip()
        check(f"usage mistake {' '.join(arguments[:3])}… exits 2 suggesting {suggestion}",
              completed.returncode == 2 and len(message.splitlines()) == 1 and f"did you mean '{suggestion}'" in message, message)
    missing = run(binary, ["ols", "--formula", "NQP ~ DF"])
    check("a command without --data exits non-zero with a message", missing.returncode != 0 and missing.stderr, missing.stderr)
    for path, reason in [("no/such/file.csv", "no such file"), ("examples", "it is a directory")]:
        unreadable = run(binary, ["ols", "--data", path, "--formula", "NQP ~ DF"])
        check(f"--data {path} exits 2 saying {reason}", unreadable.returncode == 2 and reason in unreadable.stderr.decode(), unreadable.stderr)
    with tempfile.TemporaryDirectory() as scratch:
        code, response, megabytes = oversized_design_refusal(binary, Path(scratch))
        check(f"y ~ x + i(g) on 10^6 rows x 1,000 levels is refused as too_large in {megabytes:.0f} MB (at most 100 MB)",
              code == "too_large" and megabytes <= 100, response[:200])

    return checklist.finish()


if __name__ == "__main__":
    sys.exit(main())
