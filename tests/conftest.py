"""Shared test helpers."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("ci", derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
"""CI: the same examples on every run (a property that fails, fails every time and can be reproduced)."""
settings.register_profile("long", max_examples=2000, deadline=None)
"""A longer random search, run by hand: TTHC_HYPOTHESIS=long python -m pytest tests/test_*property*.py."""
settings.load_profile(os.environ.get("TTHC_HYPOTHESIS") or ("ci" if os.environ.get("CI") else "default"))

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


def check_golden(path: Path, actual: str) -> None:
    """Compare ``actual`` with the golden file; rewrite it when TTHC_UPDATE_GOLDEN=1."""
    if UPDATE_GOLDEN or not path.exists():
        if not UPDATE_GOLDEN:
            pytest.fail(f"golden file {path} is missing; run with TTHC_UPDATE_GOLDEN=1 to create it")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8")
