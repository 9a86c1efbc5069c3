"""The tthc-validate pre-commit hook, run by pre-commit itself, fails when a units registry change breaks a plan.

``pre-commit try-repo`` installs the hooks of a git repository holding tthc (a copy of this one) into its own
virtual environment and runs them in an office's repository on the staged files, exactly as a commit would.
The commit stages only units.yaml; the hook must still check the plan that uses it.

So that the test needs no network, pip is told to install only tthc itself (``PIP_NO_DEPS``, no index, no
build isolation) and the hook's environment finds tthc's dependencies on ``PYTHONPATH``, from the
environment running the tests. The test is skipped when pre-commit or git is missing, or when pre-commit
cannot build its environment here (its exit code 3).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from conftest import DATA, ROOT, git

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("pre_commit") is None or shutil.which("git") is None,
    reason="pre-commit or git is not installed",
)

_TOOL_FILES = ("pyproject.toml", "README.md", "LICENSE", "NOTICE", ".pre-commit-hooks.yaml")


def _repo(path: Path) -> Path:
    git(path, "init", "-q")
    git(path, "add", "-A")
    git(path, "commit", "-q", "-m", "initial", "--no-verify")
    return path


def _tool_repo(dest: Path) -> Path:
    dest.mkdir()
    for name in _TOOL_FILES:
        shutil.copy2(ROOT / name, dest / name)
    shutil.copytree(ROOT / "src", dest / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    return _repo(dest)


def _office_repo(dest: Path) -> Path:
    folder = dest / "plans" / "huyện mẫu"
    folder.mkdir(parents=True)
    shutil.copy2(DATA / "core" / "plan.yaml", folder / "2024.yaml")
    shutil.copy2(DATA / "core" / "units.yaml", folder / "units.yaml")
    return _repo(dest)


def _try_repo(office: Path, tool: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "VIRTUALENV_"))}
    env.update(
        {
            "PRE_COMMIT_HOME": str(home),
            "PIP_NO_DEPS": "1",
            "PIP_NO_INDEX": "1",
            "PIP_NO_BUILD_ISOLATION": "0",  # pip reads this variable inverted: "0" turns isolation off
            "PIP_DISABLE_PIP_VERSION_CHECK": "1",
            "PYTHONPATH": sysconfig.get_paths()["purelib"],
            "NO_COLOR": "1",
        }
    )
    cmd = [sys.executable, "-m", "pre_commit", "try-repo", str(tool), "tthc-validate", "--color", "never"]
    proc = subprocess.run(cmd, cwd=office, env=env, capture_output=True, encoding="utf-8", timeout=300)
    if proc.returncode == 3:
        log = home / "pre-commit.log"
        detail = log.read_text(encoding="utf-8")[-600:] if log.exists() else proc.stdout[-600:]
        pytest.skip(f"pre-commit cannot build the hook environment here: {detail}")
    return proc


def test_units_change_that_breaks_a_plan_fails_the_hook(tmp_path: Path) -> None:
    tool = _tool_repo(tmp_path / "tthc")
    office = _office_repo(tmp_path / "office")
    units = office / "plans" / "huyện mẫu" / "units.yaml"
    units.write_text(
        units.read_text(encoding="utf-8").replace("Văn phòng HĐND và UBND huyện", "Văn phòng UBND huyện"),
        encoding="utf-8",
    )
    git(office, "add", "-A")
    result = _try_repo(office, tool, tmp_path / "home")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Failed" in result.stdout and "- hook id: tthc-validate" in result.stdout
    assert "2024.yaml" in result.stdout and "[TT201 ref.unknown-unit]" in result.stdout

    git(office, "reset", "-q", "--hard")
    units.write_text(units.read_text(encoding="utf-8") + "# một dòng chú thích\n", encoding="utf-8")
    git(office, "add", "-A")
    passed = _try_repo(office, tool, tmp_path / "home")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "tthc validate (kiểm tra kế hoạch)" in passed.stdout and "Passed" in passed.stdout
