"""The code base stays ruff- and mypy-clean (strict), as CI requires."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, encoding="utf-8", errors="replace", timeout=600
    )


def test_ruff_clean() -> None:
    pytest.importorskip("ruff")
    result = _run("ruff", "check", "src", "tests", "benchmarks", "scripts")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_clean() -> None:
    pytest.importorskip("ruff")
    result = _run("ruff", "format", "--check", "src", "tests", "benchmarks", "scripts")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_clean() -> None:
    """The package, the tests, the benchmarks and the scripts (``[tool.mypy] files``)."""
    pytest.importorskip("mypy")
    result = _run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr
