"""The package README's tutorial runs: its ```python blocks are executed in order in one namespace, from the
checkout's root (where examples/nqpf_panel.csv is)."""

import os
import re

import pytest

pytest.importorskip("pandas")

from conftest import CHECKOUT  # noqa: E402

README = CHECKOUT / "host" / "python" / "README.md"


def test_readme_tutorial_runs(monkeypatch, capsys):
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)
    assert len(blocks) >= 7
    monkeypatch.chdir(CHECKOUT)
    namespace = {}
    for number, block in enumerate(blocks):
        exec(compile(block, f"README.md block {number + 1}", "exec"), namespace)
    assert "DF" in capsys.readouterr().out
    assert os.path.exists(CHECKOUT / "examples" / "nqpf_panel.csv")
