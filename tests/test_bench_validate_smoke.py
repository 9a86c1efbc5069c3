"""The validate benchmark runs with one command and prints its figures (a smoke test, not a timing test)."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT


def test_validate_benchmark_prints_figures() -> None:
    proc = subprocess.run(
        [sys.executable, "benchmarks/validate.py", "--quick", "--tasks", "200"],
        cwd=ROOT,
        capture_output=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "Sàn: python -c 'import pydantic, ruamel.yaml'" in out
    for name in (
        "tthc --help",
        "tthc validate --no-cache plans/",
        "(kết quả đã cache)",
        "tthc validate (kế hoạch 200 nhiệm vụ)",
    ):
        assert name in out
    assert out.count(" ms ") >= 3 and "×" in out
