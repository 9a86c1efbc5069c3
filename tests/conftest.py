"""Shared test helpers."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

FUZZ = os.environ.get("TTHC_FUZZ") == "1"
"""``TTHC_FUZZ=1 pytest tests/test_fuzz_hostile.py``: the long local fuzz run (random, many examples)."""

settings.register_profile(
    "ci", derandomize=True, deadline=None, database=None, print_blob=True, suppress_health_check=[HealthCheck.too_slow]
)
"""Every run, in CI and by default: the same examples (a property that fails, fails every time)."""
settings.register_profile(
    "fuzz", derandomize=False, deadline=None, max_examples=5000, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("fuzz" if FUZZ else "ci")


def fuzz_examples(ci: int) -> int:
    """Examples of a fuzz test: ``ci`` in the suite (derandomised, a second or two), fifty times more under
    ``TTHC_FUZZ=1``."""
    return ci * 50 if FUZZ else ci


ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
UPDATE_GOLDEN = os.environ.get("TTHC_UPDATE_GOLDEN") == "1"


@dataclass
class CliResult:
    """What a ``tthc`` process printed and returned."""

    code: int
    out: str
    err: str


def run_tthc(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None, timeout: float = 120) -> CliResult:
    """Run ``python -m tthc_cli ARGS`` in a subprocess, as a user would."""
    full_env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY")}
    full_env.update({"NO_COLOR": "1", "COLUMNS": "200", **(env or {})})
    proc = subprocess.run(
        [sys.executable, "-m", "tthc_cli", *args],
        cwd=cwd or ROOT,
        env=full_env,
        capture_output=True,
        encoding="utf-8",
        timeout=timeout,
    )
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


def run_benchmark(script: str, *args: str) -> CliResult:
    """Run ``python benchmarks/SCRIPT ARGS`` from the repository root, as its docstring says to."""
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script), *args],
        cwd=ROOT,
        capture_output=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=300,
    )
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


def git(cwd: Path, *args: str) -> None:
    """Run git in ``cwd`` for a test repository, with an identity of its own (none configured on CI)."""
    subprocess.run(
        ["git", "-c", "user.name=tthc", "-c", "user.email=tthc@example.invalid", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
    )


def check_golden(path: Path, actual: str) -> None:
    """Compare ``actual`` with the golden file; rewrite it when TTHC_UPDATE_GOLDEN=1."""
    if UPDATE_GOLDEN or not path.exists():
        if not UPDATE_GOLDEN:
            pytest.fail(f"golden file {path} is missing; run with TTHC_UPDATE_GOLDEN=1 to create it")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8")
