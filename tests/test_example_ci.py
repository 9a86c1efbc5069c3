"""examples/ci/tthc.yml works as written: its steps, run by bash as GitHub Actions runs them, in a pull request
of an office's repository that lowers a target.

The checkout and setup steps are GitHub's own actions; the install step is replaced by the tthc under test (its
requirement line is checked in test_project_files.py). Every other ``run:`` is executed exactly as written, with
``${{ github.base_ref }}`` as GitHub would expand it, against a clone whose ``origin/main`` is the base branch.
(Folder names with diacritics in ``tthc diff --rev`` are the git reader's own tests.)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from conftest import ROOT, git

pytestmark = pytest.mark.skipif(
    sys.platform == "win32" or shutil.which("bash") is None or shutil.which("git") is None,
    reason="the example workflow runs on ubuntu-latest, in bash, with git",
)

WORKFLOW = ROOT / "examples" / "ci" / "tthc.yml"


def _pull_request(tmp_path: Path) -> Path:
    office = tmp_path / "office"
    shutil.copytree(ROOT / "plans" / "thap-muoi", office / "plans" / "thap-muoi")
    git(office, "init", "-q", "-b", "main")
    git(office, "add", "-A")
    git(office, "commit", "-q", "-m", "Kế hoạch 2024")
    checkout = tmp_path / "checkout"
    git(tmp_path, "clone", "-q", str(office), str(checkout))
    git(checkout, "checkout", "-q", "-b", "ha-chi-tieu")
    plan = checkout / "plans" / "thap-muoi" / "2024.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("Tối thiểu 45", "Tối thiểu 40"), encoding="utf-8")
    git(checkout, "commit", "-q", "-am", "Hạ chỉ tiêu")
    return checkout


def _run(step: dict[str, Any], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    script = str(step["run"]).replace("${{ github.base_ref }}", "main")
    assert "${{" not in script, script
    cmd = ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script]
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, encoding="utf-8", timeout=300)


def _runs_on(step: dict[str, Any], event: str) -> bool:
    """Whether GitHub runs the step for ``event``: its ``if:`` names no event, or names this one."""
    condition = str(step.get("if", ""))
    return "github.event_name" not in condition or f"github.event_name == '{event}'" in condition


def _run_workflow(checkout: Path, summary: Path, event: str) -> list[str]:
    """Run every step of the workflow that GitHub runs for ``event``; the names of the steps run."""
    scripts = sysconfig.get_path("scripts")
    env = {
        **os.environ,
        "PATH": f"{scripts}{os.pathsep}{os.environ.get('PATH', '')}",
        "GITHUB_ACTIONS": "true",
        "GITHUB_STEP_SUMMARY": str(summary),
        "NO_COLOR": "1",
        "TTHC_NO_CACHE": "1",
    }
    steps = YAML(typ="safe").load(WORKFLOW.read_text(encoding="utf-8"))["jobs"]["plans"]["steps"]
    ran = []
    for step in steps:
        if "run" not in step or str(step["run"]).startswith("pip install") or not _runs_on(step, event):
            continue
        result = _run(step, checkout, env)
        assert result.returncode == 0, (step["name"], result.stdout, result.stderr)
        ran.append(step["name"])
    return ran


def test_example_workflow_on_a_pull_request_that_lowers_a_target(tmp_path: Path) -> None:
    checkout = _pull_request(tmp_path)
    summary = tmp_path / "summary.md"
    ran = _run_workflow(checkout, summary, "pull_request")
    assert ran == ["Validate plans", "Check formatting", "Semantic diff against the base branch"]
    text = summary.read_text(encoding="utf-8")
    assert "⚠ Hạ chỉ tiêu" in text and "Tối thiểu 45 → Tối thiểu 40" in text
    assert "plans/thap-muoi/2024.yaml" in text


def test_example_workflow_on_its_weekly_schedule(tmp_path: Path) -> None:
    """The scheduled run lists due tasks and builds the site, from the paths the workflow names."""
    office = tmp_path / "office"
    (office / "plans" / "huyen").mkdir(parents=True)
    shutil.copy(ROOT / "examples" / "lap-vo" / "plan.yaml", office / "plans" / "huyen" / "2024.yaml")
    shutil.copy(ROOT / "examples" / "lap-vo" / "units.yaml", office / "plans" / "huyen" / "units.yaml")
    shutil.copytree(ROOT / "examples" / "counts" / "series", office / "counts")
    git(office, "init", "-q", "-b", "main")
    git(office, "add", "-A")
    git(office, "commit", "-q", "-m", "Kế hoạch 2024")
    summary = tmp_path / "summary.md"
    ran = _run_workflow(office, summary, "schedule")
    assert ran == ["Validate plans", "Check formatting", "Due and overdue tasks", "Build the results site"]
    assert (office / "han-nhiem-vu.ics").read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    assert (office / "site" / "index.html").is_file()
