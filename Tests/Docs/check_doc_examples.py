"""Every example the documentation shows runs: the JSON blocks of README.md, docs/ABI.md and docs/abi/*.md, and the
command lines of the README's "Using it" block, on the bundled example panel.

    python3 Tests/Docs/check_doc_examples.py [--native PATH]

A ```json block is one of: a whole request (it has "abi") — run as it stands; a model (it has "estimator") — run as
the model of a request on examples/nqpf_panel.csv with the panel city × year; a data member (it has "columns" or
"csv") — run as the data of a `columns` request. Each must answer `"ok": true`. Blocks fenced without `json` are
sketches (response shapes, the C calling sequence) and are not run. README lines starting with `$P ` run with
`$P` = the native CLI, in a scratch folder holding `examples/` and a `request.json` (the main job reading
examples/nqpf_panel.csv), and must
exit 0. Prints one line per example and finally `N passed, M failed`; exits 1 on a failure.
"""

import json
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "CLI"))
from checklist import Checklist, native_binary  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "README.md", ROOT / "docs" / "ABI.md", *sorted((ROOT / "docs" / "abi").glob("*.md"))]
EXAMPLE_DATA = {"path": str(ROOT / "examples" / "nqpf_panel.csv")}
EXAMPLE_PANEL = {"id": "city", "time": "year"}


def json_blocks(page):
    """(line number, text) of each ```json block of a Markdown page (indented blocks in list items included)."""
    blocks, lines = [], page.read_text(encoding="utf-8").splitlines()
    start = None
    for number, line in enumerate(lines, 1):
        fence = line.strip()
        if start is None and fence == "```json":
            start = number
        elif start is not None and fence == "```":
            blocks.append((start, "\n".join(lines[start:number - 1])))
            start = None
    return blocks


def request_for(example):
    """The request a documented JSON block stands for."""
    if "abi" in example:
        return example
    if "estimator" in example:
        return {"abi": 1, "data": EXAMPLE_DATA, "panel": EXAMPLE_PANEL, "model": example}
    if "columns" in example or "csv" in example:
        return {"abi": 1, "data": example, "model": {"estimator": "columns"}}
    raise ValueError("a JSON example must be a request, a model or a data member")


def readme_commands():
    """The `$P ...` command lines of the README (continuation lines joined, trailing comments removed)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8").replace("\\\n", " ")
    return [line.split("  #", 1)[0].strip()[3:] for line in text.splitlines() if line.startswith("$P ")]


def main():
    binary = native_binary(__doc__.splitlines()[0], ROOT)
    checklist = Checklist()
    check = checklist.check

    for page in PAGES:
        for line, text in json_blocks(page):
            name = f"{page.relative_to(ROOT)}:{line}"
            try:
                request = request_for(json.loads(text))
            except ValueError as error:
                check(name, False, f"not a runnable JSON example ({error})")
                continue
            completed = subprocess.run([binary, "run", "-"], input=json.dumps(request).encode(), cwd=ROOT,
                                       capture_output=True, timeout=600)
            response = json.loads(completed.stdout or b"{}")
            check(name, response.get("ok") is True, json.dumps(response.get("error")) + completed.stderr.decode()[:200])

    with tempfile.TemporaryDirectory() as scratch:
        shutil.copytree(ROOT / "examples", Path(scratch) / "examples")
        job = json.loads((ROOT / "examples" / "main-job.json").read_text(encoding="utf-8"))
        job["data"] = {"path": "examples/nqpf_panel.csv"}
        (Path(scratch) / "request.json").write_text(json.dumps(job), encoding="utf-8")
        for command in readme_commands():
            arguments = shlex.split(command)
            completed = subprocess.run([binary, *arguments], cwd=scratch, capture_output=True, timeout=900)
            check(f"README: panelcore {command}", completed.returncode == 0, completed.stderr.decode()[:300])

    return checklist.finish()


if __name__ == "__main__":
    sys.exit(main())
