"""docs/score-config.md: every file it shows is written to a folder, every command it runs prints its lines."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from conftest import ROOT, run_tthc

DOC = ROOT / "docs" / "score-config.md"
_STEP = re.compile(r"^(?:tệp: `(?P<name>[^`]+)`|(?P<run>chạy):)\n\n```\w*\n(?P<body>.*?)```", re.M | re.S)


def test_examples_run(tmp_path: Path) -> None:
    steps = list(_STEP.finditer(DOC.read_text("utf-8")))
    runs = [s for s in steps if s["run"]]
    assert len(steps) - len(runs) >= 6 and len(runs) >= 3
    for step in steps:
        if step["name"]:
            (tmp_path / step["name"]).write_text(step["body"], "utf-8")
            continue
        command, *expected = step["body"].splitlines()
        assert command.startswith("$ tthc "), command
        result = run_tthc(*shlex.split(command)[2:], cwd=tmp_path)
        assert result.code == 0, (command, result.out, result.err)
        printed = result.out.splitlines()
        for line in expected:
            assert line in printed, (command, line, result.out)
