"""tthc new: next year's plan from each seed plan validates clean except for the places listed for a human
look; a plan from one of the six skeletons fails validation exactly at its '[cần điền: …]' places (TT708),
and render refuses it until they are filled (or ``--force``)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tthc_cli import codes
from tthc_cli.cli.main import app
from tthc_cli.errors import InputError
from tthc_cli.findings import Severity
from tthc_cli.lint.engine import validate_plan
from tthc_cli.load.yaml_loader import load_yaml
from tthc_cli.review.newplan import next_year_plan, skeleton_plan
from tthc_cli.review.semantic import diff_texts

REPO = Path(__file__).parent.parent
REAL_PLANS = sorted((REPO / "plans").glob("*/2024.yaml"))


def _errors(path: Path) -> set[tuple[str, str]]:
    return {(d.code, d.path_text) for d in validate_plan(path).diagnostics if d.severity is Severity.ERROR}


@pytest.mark.parametrize("path", REAL_PLANS, ids=lambda p: p.parent.name)
def test_next_year_from_each_seed_plan(path: Path, tmp_path: Path) -> None:
    folder = tmp_path / path.parent.name
    shutil.copytree(path.parent, folder)
    text = path.read_text(encoding="utf-8")
    plan = next_year_plan(text, 2025, str(path))
    out = folder / "2025.yaml"
    out.write_text(plan.text, encoding="utf-8")
    data = load_yaml(plan.text).data
    assert data["year"] == 2025 and data["id"].endswith("2025")
    assert data["document"]["number"] is None and data["document"]["date"].startswith("2025")
    # no finding that the original does not have, except where the list says to look
    listed = {item.path for item in plan.review}
    new_errors = {e for e in _errors(out) if e not in _errors(folder / "2024.yaml")}
    assert {p for _, p in new_errors} <= listed
    # content is carried over: the same rows, the same targets; every comment kept
    changes = diff_texts(text, plan.text, "a", "b").changes
    assert not any(c.kind.value.startswith(("row-", "target-", "unit-")) for c in changes)
    dropped = sum(1 for line in text.splitlines() if "printed:" in line and "# sửa:" in line)
    assert plan.text.count("# sửa:") == text.count("# sửa:") - dropped  # the 'printed' line is last year's
    assert any("trích dẫn văn bản năm 2024" in i.message for i in plan.review)


def test_citations_are_not_moved_but_deadlines_are() -> None:
    text = (REPO / "tests" / "data" / "review" / "thap-muoi-2024.yaml").read_text(encoding="utf-8")
    new = next_year_plan(text, 2025).text
    assert "Nghị quyết số 01/NQ-CP ngày 05 tháng 01 năm 2024" in new
    assert "ngày 05/02/2024" in new
    assert "deadline: Quý I/2025" in new and "deadline: Trước 30/6/2025" in new
    assert "Quý I/2024" not in new


@pytest.mark.parametrize("level", ["tinh", "huyen", "xa"])
@pytest.mark.parametrize("kind", ["quyet-dinh", "ke-hoach"])
def test_skeletons_fail_only_at_their_placeholders(level: str, kind: str, tmp_path: Path) -> None:
    plan = skeleton_plan(
        level, kind, 2025, {"tinh": "tỉnh An Giang", "huyen": "huyện Tri Tôn", "xa": "xã An Tức"}[level]
    )
    out = tmp_path / "2025.yaml"
    out.write_text(plan.text, encoding="utf-8")
    errors = [d for d in validate_plan(out).diagnostics if d.severity is Severity.ERROR]
    assert {d.code for d in errors} == {codes.TEXT_PLACEHOLDER}
    assert {f"dòng {d.line}" for d in errors} == {i.path for i in plan.review}
    assert plan.review and all("[cần điền" in i.message for i in plan.review)
    others = [d for d in validate_plan(out).diagnostics if d.code != codes.TEXT_PLACEHOLDER]
    assert not {d.path for d in others} & {d.path for d in errors}, "a placeholder gets one finding"
    filled = re.sub(r"\[cần điền: ([^]]*)\]", r"\1 đã điền", plan.text)
    out.write_text(filled, encoding="utf-8")
    assert codes.TEXT_PLACEHOLDER not in {d.code for d in validate_plan(out).diagnostics}
    assert load_yaml(plan.text).data["level"] == level


@pytest.mark.parametrize("locality", ["[cần điền: địa bàn]", "xã A: B's", 'thị trấn "Mới"'])
def test_skeleton_values_cannot_break_the_yaml(locality: str, tmp_path: Path) -> None:
    plan = skeleton_plan("xa", "ke-hoach", 2025, locality)
    data = load_yaml(plan.text).data
    assert data["locality"] == locality
    assert data["document"]["issuer"]["name"] == f"Ủy ban nhân dân {locality}"


def test_deadline_dates_move_but_a_cited_plan_in_a_deadline_does_not() -> None:
    text = (Path(__file__).parent / "data" / "review" / "thap-muoi-2024.yaml").read_text(encoding="utf-8")
    assert "deadline: Quý I/2024" in text
    text = text.replace("deadline: Quý I/2024", "deadline: Trước ngày 30 tháng 4 năm 2024", 1)
    new = next_year_plan(text, 2025).text
    assert "Trước ngày 30 tháng 4 năm 2025" in new


def test_cli(tmp_path: Path) -> None:
    runner = CliRunner()
    src = tmp_path / "2024.yaml"
    src.write_text(
        (REPO / "tests" / "data" / "review" / "thap-muoi-2024.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    result = runner.invoke(app, ["new", "--from", str(src), "--year", "2025"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "2025.yaml").exists() and "Cần xem lại" in result.output
    again = runner.invoke(app, ["new", "--from", str(src), "--year", "2025"])
    assert again.exit_code != 0
    out = tmp_path / "xa.yaml"
    result = runner.invoke(
        app, ["new", "--level", "xa", "--kind", "ke-hoach", "--year", "2025", "--locality", "xã An Tức", "-o", str(out)]
    )
    assert result.exit_code == 0 and "id: an-tuc-2025" in out.read_text(encoding="utf-8")


def test_render_refuses_a_fresh_skeleton_unless_forced(tmp_path: Path) -> None:
    runner = CliRunner()
    plan = tmp_path / "xa.yaml"
    made = runner.invoke(app, ["new", "--level", "xa", "--kind", "ke-hoach", "--year", "2025", "-o", str(plan)])
    assert made.exit_code == 0, made.output
    refused = runner.invoke(app, ["render", str(plan), "-o", str(tmp_path / "out")])
    assert isinstance(refused.exception, InputError) and not (tmp_path / "out").exists()
    assert "không xuất văn bản" in str(refused.exception) and "--force" in str(refused.exception)
    assert "[TT708]" in refused.stderr
    forced = runner.invoke(app, ["render", str(plan), "-o", str(tmp_path / "out"), "--force"])
    assert forced.exit_code == 0, forced.output
    assert "(--force)" in forced.stderr and list((tmp_path / "out").glob("*.docx"))
