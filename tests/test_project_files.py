"""The files an IT officer copies or a packager reads say the same thing: version, tag, repository, hooks, CI."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from packaging.requirements import Requirement
from ruamel.yaml import YAML

import tthc_cli
from conftest import ROOT
from tthc_cli.findings import Report
from tthc_cli.report.lint_sarif import to_sarif

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]

README_TEST_COMMAND = 'pip install -e ".[test]" && python -m pytest'
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
TAG = f"v{tthc_cli.__version__}"


def _yaml(path: Path) -> Any:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def _pyproject() -> dict[str, Any]:
    data: dict[str, Any] = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return data


def _steps(job: dict[str, Any]) -> list[str]:
    return [str(s.get("run", s.get("uses", ""))) for s in job["steps"]]


@pytest.mark.parametrize("path", [*WORKFLOWS, ROOT / "examples" / "ci" / "tthc.yml"], ids=lambda p: p.name)
def test_workflows_are_valid_yaml_with_jobs(path: Path) -> None:
    data = _yaml(path)
    assert {"name", "on", "jobs"} <= set(data)
    for job in data["jobs"].values():
        assert job["runs-on"] and all("run" in s or "uses" in s for s in job["steps"])


def test_ci_matrix_runs_the_readme_test_command_on_three_systems() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"```sh\n{README_TEST_COMMAND}\n```" in readme
    assert (ROOT / ".ci" / "run").read_text(encoding="utf-8").rstrip().endswith(README_TEST_COMMAND)
    job = _yaml(ROOT / ".github" / "workflows" / "tests.yml")["jobs"]["tests"]
    matrix = job["strategy"]["matrix"]
    assert {"ubuntu-latest", "windows-latest", "macos-latest"} <= set(matrix["os"])
    assert {"3.10", "3.13"} <= set(matrix["python-version"])
    assert README_TEST_COMMAND in _steps(job)


def test_windows_job_checks_a_crlf_checkout() -> None:
    steps = _steps(_yaml(ROOT / ".github" / "workflows" / "tests.yml")["jobs"]["windows-crlf"])
    autocrlf = steps.index("git config --global core.autocrlf true")
    assert autocrlf < steps.index("actions/checkout@v4")
    assert any("tthc fmt --check plans/" in s for s in steps[autocrlf:])


def test_gitattributes_keep_plans_lf_in_git() -> None:
    rules = (ROOT / ".gitattributes").read_text(encoding="utf-8").splitlines()
    assert "*.yaml text" in rules
    assert not any("eol=crlf" in r for r in rules)


def test_version_is_kept_in_one_place_and_matches_changelog_and_tags() -> None:
    project = _pyproject()
    assert "version" not in project["project"] and project["project"]["dynamic"] == ["version"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "tthc_cli.__version__"}
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    first = re.search(r"^## (\d+\.\d+\.\d+)\b", changelog, re.M)
    assert first is not None and first.group(1) == tthc_cli.__version__
    assert f"rev: {TAG}\n" in (ROOT / "docs" / "review.md").read_text(encoding="utf-8")
    assert f"rev: {TAG} " in (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert _yaml(ROOT / "examples" / "ci" / "tthc.yml")["env"]["TTHC_REF"] == TAG


def test_example_workflow_installs_tthc_from_the_repository_at_a_tag() -> None:
    data = _yaml(ROOT / "examples" / "ci" / "tthc.yml")
    install = next(s for s in _steps(data["jobs"]["plans"]) if s.startswith("pip install"))
    line = install.replace("${TTHC_REPO}", data["env"]["TTHC_REPO"]).replace("${TTHC_REF}", data["env"]["TTHC_REF"])
    requirement = Requirement(line.removeprefix("pip install ").strip('"'))
    assert requirement.name == "tthc"
    assert requirement.url == f"git+{tthc_cli.REPOSITORY_URL}@{TAG}"


def test_repository_url_is_one_address() -> None:
    urls = _pyproject()["project"]["urls"]
    assert urls["Source"] == urls["Homepage"] == tthc_cli.REPOSITORY_URL
    assert all(u.startswith(tthc_cli.REPOSITORY_URL) for u in urls.values())
    driver = json.loads(to_sarif(Report(diagnostics=[], files=[])))["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == tthc_cli.REPOSITORY_URL
    for path in (ROOT / "docs" / "review.md", ROOT / "docs" / "release.md", ROOT / ".pre-commit-hooks.yaml"):
        assert tthc_cli.REPOSITORY_URL in path.read_text(encoding="utf-8"), path


def test_validate_hook_checks_every_plan_when_a_registry_changes() -> None:
    hook = next(h for h in _yaml(ROOT / ".pre-commit-hooks.yaml") if h["id"] == "tthc-validate")
    assert hook["pass_filenames"] is False and hook["args"] == ["plans/"]
    for changed in ("plans/tri-ton/units.yaml", "legal.yaml", "tthc.toml", "plans/tri-ton/2024.yaml"):
        assert re.search(hook["files"], changed), changed


def test_licence_and_metadata() -> None:
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").lstrip().startswith("Apache License\n")
    notice = (ROOT / "NOTICE").read_text(encoding="utf-8")
    assert "src/tthc_cli/data/legal.yaml" in notice and "Từ điển tiếng Việt" in notice
    lexicon = ROOT / "src" / "tthc_cli" / "data" / "lexicon"
    for derived in ("words.txt", "syllables.txt", "loanwords.txt"):  # each shipped word list names its source
        assert (lexicon / derived).is_file() and derived in notice
    assert "pyvi" in notice and "underthesea" in notice and "Dành chỗ" not in notice
    assert "Apache-2.0" in (ROOT / "README.md").read_text(encoding="utf-8")
    project = _pyproject()["project"]
    assert project["license"] == "Apache-2.0" and set(project["license-files"]) == {"LICENSE", "NOTICE"}
    assert project["requires-python"] == ">=3.10"
    assert {"Programming Language :: Python :: 3.10", "Programming Language :: Python :: 3.13"} <= set(
        project["classifiers"]
    )


def _code_blocks(markdown: str, lang: str) -> list[str]:
    return [m.group(1).strip() for m in re.finditer(rf"```{lang}\n(.*?)```", markdown, re.S)]


def test_quick_start_creates_and_activates_a_virtual_environment() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme[readme.index("## Bắt đầu nhanh") : readme.index("## Các lệnh")]
    sh = _code_blocks(quick, "sh")
    assert len(sh) == 3 and sh[2] == README_TEST_COMMAND and sh[1].startswith("pip install . && tthc validate")
    assert sh[0].split("#")[0].strip() == "python3 -m venv .venv && . .venv/bin/activate"
    (powershell,) = _code_blocks(quick, "powershell")
    assert powershell.split("#")[0].strip() == r"py -m venv .venv; .venv\Scripts\Activate.ps1"


@pytest.mark.skipif(sys.platform == "win32", reason="the Linux/macOS line of the quick start runs in a POSIX shell")
def test_quick_start_venv_line_works(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line = _code_blocks(readme[readme.index("## Bắt đầu nhanh") :], "sh")[0].split("#")[0].strip()
    shim = tmp_path / "bin"
    shim.mkdir()
    (shim / "python3").symlink_to(sys.executable)
    # without pip: installing it is the slow part of creating a venv, and not what is tested here
    assert "-m venv .venv" in line
    script = line.replace("-m venv .venv", "-m venv --without-pip .venv")
    script += ' && command -v python && python -c "import sys; print(sys.prefix)"'
    env = {"PATH": f"{shim}:/usr/bin:/bin", "HOME": str(tmp_path)}
    out = subprocess.run(["sh", "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == [str(tmp_path / ".venv" / "bin" / "python"), str(tmp_path / ".venv")]
