"""The fmt benchmark runs with one command and prints its figures (a smoke test, not a timing test)."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT


def test_fmt_benchmark_prints_figures() -> None:
    proc = subprocess.run(
        [sys.executable, "benchmarks/fmt.py", "--quick", "--rows", "200"],
        cwd=ROOT,
        capture_output=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "Sàn: python -c 'import pydantic, ruamel.yaml'" in out
    assert "fmt --check, 200 dòng, đã chuẩn" in out and "fmt, 200 dòng, cần định dạng" in out
    assert "CẢNH BÁO" not in out, out
    assert "Bộ định dạng round-trip (không có đường nhanh), 200 dòng" in out
