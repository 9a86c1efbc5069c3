"""Hostile input against what tthc writes: git arguments, output paths, fmt's rewrite, text shown to people.

Each case is made in the test (a temporary git repository, a symlink, a FIFO, a string with escape
sequences) and fed to the command it once broke: the result is a clear Vietnamese line with the documented
exit code, or safe output, and no file is touched but the named output.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import DATA, run_tthc

REVIEW = DATA / "review"
BASE_PLAN = (REVIEW / "thap-muoi-2024.yaml").read_text(encoding="utf-8")
LOWERED_PLAN = (REVIEW / "edits" / "target-lowered.yaml").read_text(encoding="utf-8")


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A repository whose plan lives in a folder with diacritics and a space, lowered on a branch."""
    root = tmp_path_factory.mktemp("repo")
    _git(root, "init", "-q", "-b", "main")
    _git(root, "config", "user.email", "t@example.com")
    _git(root, "config", "user.name", "t")
    plan = root / "plans" / "tân châu" / "2024.yaml"
    plan.parent.mkdir(parents=True)
    plan.write_text(BASE_PLAN, encoding="utf-8")
    _git(root, "add", ".")
    _git(root, "commit", "-qm", "base")
    _git(root, "tag", "base")
    _git(root, "checkout", "-qb", "change")
    plan.write_text(LOWERED_PLAN, encoding="utf-8")
    return root


def test_rev_in_folder_with_diacritics_reports_lowered_target(repo: Path) -> None:
    result = run_tthc("diff", "--rev", "base", "--format", "markdown", cwd=repo)
    assert result.code == 1, result.err
    assert "### `plans/tân châu/2024.yaml`" in result.out and "⚠ Hạ chỉ tiêu" in result.out


@pytest.mark.parametrize("rev", ["--output={victim}", "-o{victim}", "--no-index"])
def test_rev_that_is_an_option_is_refused(repo: Path, tmp_path: Path, rev: str) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("giữ nguyên", encoding="utf-8")
    result = run_tthc("diff", f"--rev={rev.format(victim=victim)}", cwd=repo)
    assert result.code == 2 and "Traceback" not in result.err
    assert result.err.count("\n") == 1 and "phiên bản git không hợp lệ" in result.err
    assert victim.read_text(encoding="utf-8") == "giữ nguyên"


def test_old_side_that_is_an_option_writes_nothing(repo: Path, tmp_path: Path) -> None:
    victim = tmp_path / "f"
    result = run_tthc("diff", "--", f"--output={victim}:x", "plans/tân châu/2024.yaml", cwd=repo)
    assert result.code == 2 and "phiên bản git không hợp lệ" in result.err
    assert not victim.exists()


@pytest.mark.parametrize(
    ("side", "needle"),
    [
        ("HEAD:plans", "là thư mục trong git"),
        ("base:plans/tân châu/2025.yaml", "không có tệp này"),
        ("nosuch:plans/tân châu/2024.yaml", "không tìm thấy phiên bản git 'nosuch'"),
    ],
)
def test_git_side_that_is_not_a_file(repo: Path, side: str, needle: str) -> None:
    result = run_tthc("diff", side, "plans/tân châu/2024.yaml", cwd=repo)
    assert result.code == 2 and needle in result.err, result.err
    assert result.out == ""
