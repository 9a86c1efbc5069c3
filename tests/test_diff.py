"""tthc diff: golden outputs for realistic edits of a seed plan, real-plan edits, exit codes, git sides.

Regenerate the golden files with ``TTHC_UPDATE_GOLDEN=1 pytest tests/test_diff.py``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from conftest import git
from tthc_cli.cli.main import app
from tthc_cli.errors import TthcError
from tthc_cli.review.changes import ChangeKind
from tthc_cli.review.diff_report import to_json, to_markdown, to_plain
from tthc_cli.review.fmt import format_text
from tthc_cli.review.semantic import diff_texts

DATA = Path(__file__).parent / "data" / "review"
GOLDEN = Path(__file__).parent / "golden" / "diff"
REPO = Path(__file__).parent.parent
BASE = DATA / "thap-muoi-2024.yaml"
EDITS = sorted((DATA / "edits").glob("*.yaml"))
REAL_PLANS = sorted((REPO / "plans").glob("*/20*.yaml"))
UPDATE = os.environ.get("TTHC_UPDATE_GOLDEN") == "1"


def _golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"thiếu tệp golden {path}; chạy với TTHC_UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("edit", EDITS, ids=lambda p: p.stem)
def test_golden(edit: Path) -> None:
    result = diff_texts(
        BASE.read_text(encoding="utf-8"), edit.read_text(encoding="utf-8"), "thap-muoi-2024.yaml", f"edits/{edit.name}"
    )
    _golden(f"{edit.stem}.txt", to_plain([result]))
    _golden(f"{edit.stem}.md", to_markdown([result]))
    _golden(f"{edit.stem}.json", to_json([result]))


EXPECTED = {
    "target-lowered": {ChangeKind.TARGET_LOWERED},
    "deadline-moved": {ChangeKind.DEADLINE_EARLIER},
    "unit-reassigned": {ChangeKind.UNIT_ADDED, ChangeKind.UNIT_REMOVED},
    "text-edit": {ChangeKind.TEXT_EDITED},
    "id-renamed": {ChangeKind.ID_RENAMED},
    "task-moved": {ChangeKind.ROW_MOVED, ChangeKind.TEXT_EDITED},
    "task-reordered": {ChangeKind.ROW_MOVED, ChangeKind.RENUMBERED},
    "row-added-removed": {ChangeKind.ROW_ADDED, ChangeKind.ROW_REMOVED, ChangeKind.RENUMBERED},
    "issued": {ChangeKind.METADATA, ChangeKind.BASIS_ADDED},
    "reformat-only": set(),
}


@pytest.mark.parametrize("edit", EDITS, ids=lambda p: p.stem)
def test_kinds_of_change(edit: Path) -> None:
    result = diff_texts(BASE.read_text(encoding="utf-8"), edit.read_text(encoding="utf-8"), "a", "b")
    assert {c.kind for c in result.changes} == EXPECTED[edit.stem]
    assert result.cosmetic == (edit.stem == "reformat-only")


def test_lowered_target_is_one_unmissable_line() -> None:
    result = diff_texts(
        BASE.read_text(encoding="utf-8"), (DATA / "edits" / "target-lowered.yaml").read_text(encoding="utf-8"), "a", "b"
    )
    md = to_markdown([result])
    line = (
        "> **⚠ Hạ chỉ tiêu: 'Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia …' "
        "(Các ngành huyện, UBND các xã, thị trấn): Tối thiểu 45 → Tối thiểu 40**"
    )
    assert line in md.splitlines()[:12]
    assert "⚠ 1 chỉ tiêu bị hạ" in md


def test_moved_row_is_a_move_not_remove_and_add() -> None:
    result = diff_texts(
        BASE.read_text(encoding="utf-8"), (DATA / "edits" / "task-moved.yaml").read_text(encoding="utf-8"), "a", "b"
    )
    kinds = [c.kind for c in result.changes]
    assert ChangeKind.ROW_ADDED not in kinds and ChangeKind.ROW_REMOVED not in kinds
    moved = next(c for c in result.changes if c.kind is ChangeKind.ROW_MOVED)
    assert "từ 'II. Chỉ tiêu giao tại Nghị quyết số 01/NQ-CP' sang 'III." in moved.message


# --- the real plans --------------------------------------------------------------------------------


def _first_numeric_target(text: str) -> re.Match[str] | None:
    return re.search(r"^(\s+target: )(Tối thiểu|tối thiểu) (\d+)$", text, re.M)


@pytest.mark.parametrize("path", REAL_PLANS, ids=lambda p: p.parent.name)
def test_real_plan_lowered_target_and_reformat(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert not diff_texts(text, text, "a", "b").differs
    reformatted = diff_texts(text, format_text(text, width=70), "a", "b")
    assert not reformatted.differs
    m = _first_numeric_target(text)
    if m is None:
        pytest.skip("no 'Tối thiểu N' target in this plan")
    lowered = text[: m.start(3)] + str(int(m.group(3)) - 5) + text[m.end(3) :]
    result = diff_texts(text, lowered, "a", "b")
    assert [c.kind for c in result.changes] == [ChangeKind.TARGET_LOWERED]
    assert result.changes[0].message.endswith(f"{m.group(2)} {m.group(3)} → {m.group(2)} {int(m.group(3)) - 5}")


def test_as_issued_against_corrected_tri_ton_reads_as_edits() -> None:
    issued = REPO / "examples" / "as-issued" / "tri-ton" / "2024.yaml"
    corrected = REPO / "plans" / "tri-ton" / "2024.yaml"
    if not issued.exists() or not corrected.exists():
        pytest.skip("seed plans not transcribed yet")
    result = diff_texts(issued.read_text(encoding="utf-8"), corrected.read_text(encoding="utf-8"), "a", "b")
    kinds = {c.kind for c in result.changes}
    assert ChangeKind.TEXT_EDITED in kinds
    assert ChangeKind.ROW_REMOVED not in kinds and ChangeKind.ROW_ADDED not in kinds


# --- the command -----------------------------------------------------------------------------------


def _code(result: Result) -> int:
    """The exit code ``tthc`` gives: the CLI entry point turns a TthcError into its exit code."""
    return result.exception.exit_code if isinstance(result.exception, TthcError) else result.exit_code


def test_cli_exit_codes(tmp_path: Path) -> None:
    runner = CliRunner()
    base, edits = str(BASE), DATA / "edits"
    assert runner.invoke(app, ["diff", base, str(edits / "reformat-only.yaml")]).exit_code == 0
    result = runner.invoke(app, ["diff", "--no-color", base, str(edits / "target-lowered.yaml")])
    assert result.exit_code == 1 and "⚠ Hạ chỉ tiêu" in result.output
    broken = tmp_path / "broken.yaml"
    broken.write_text("document: [\n", encoding="utf-8")
    assert _code(runner.invoke(app, ["diff", base, str(broken)])) == 2
    assert _code(runner.invoke(app, ["diff", base])) == 2
    result = runner.invoke(app, ["diff", "-f", "json", base, str(edits / "text-edit.yaml")])
    assert result.exit_code == 1 and '"kind": "text-edited"' in result.output


def test_cli_git_revisions_and_external_driver(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    git(tmp_path, "init", "-q", "-b", "main")
    plan = tmp_path / "plans" / "2024.yaml"
    plan.parent.mkdir()
    plan.write_text(BASE.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "plans" / "units.yaml").write_text("schema_version: 1\nunits: []\n", encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "base")
    git(tmp_path, "checkout", "-qb", "change")
    plan.write_text((DATA / "edits" / "target-lowered.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(app, ["diff", "--rev", "main", "-f", "markdown"])
    assert result.exit_code == 1, result.output
    assert "### `plans/2024.yaml`" in result.output and "⚠ Hạ chỉ tiêu" in result.output
    result = runner.invoke(app, ["diff", "--no-color", "main:plans/2024.yaml", "plans/2024.yaml"])
    assert result.exit_code == 1 and "Tối thiểu 45 → Tối thiểu 40" in result.output
    result = runner.invoke(
        app, ["diff", "--no-color", "plans/2024.yaml", str(plan), "abc", "100644", str(plan), "def", "100644"]
    )
    assert result.exit_code == 0 and "Không có thay đổi" in result.output
    assert _code(runner.invoke(app, ["diff", "nosuchrev:plans/2024.yaml", "plans/2024.yaml"])) == 2
