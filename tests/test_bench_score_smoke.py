"""Smoke test of ``benchmarks/score.py``: a tiny size runs end to end and prints its figures and targets."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def test_benchmark_prints_its_figures(tmp_path: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "score.py"),
            "--sizes",
            "20000",
            "--repeat",
            "1",
            "--data-dir",
            str(tmp_path),
            "--no-score",
        ],
        capture_output=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=300,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert (tmp_path / "records-20000.csv").exists() and (tmp_path / "records-20000.parquet").exists()
    for fmt in ("CSV", "Parquet"):
        line = re.search(
            rf"20,000 {fmt} +tthc +([\d.]+) s \(CPU +[\d.]+ s\) +([\d,]+) hs/s +(\d+) MiB"
            rf" \| pandas +([\d.]+) s .*×[\d.]+",
            out,
        )
        assert line, out
        assert float(line.group(1)) > 0
    assert "KHÁC NHAU" not in out  # pandas and tthc gave the same counts
    assert "Mục tiêu" in out and "Bộ nhớ đỉnh < 1 GiB ở mọi cỡ" in out
