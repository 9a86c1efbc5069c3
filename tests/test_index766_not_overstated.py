"""The 766 index is never overstated: a total lacking criteria is "tạm tính" with no band, and a plan
without a 766 row prints no 766 table."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import ROOT, run_tthc

PLAN = ROOT / "examples" / "lap-vo" / "plan.yaml"
MARCH = "examples/counts/2024-03-huyen-xa.csv"


def _score(plan: Path, fmt: str) -> str:
    result = run_tthc("score", "--plan", str(plan), "--counts", MARCH, "--format", fmt)
    assert result.code == 0, result.err
    return result.out


def test_provisional_total_has_no_band_anywhere() -> None:
    data = json.loads(_score(PLAN, "json"))
    assert data["index766"]
    for r in data["index766"]:
        # Seed 004's counts lack 9 of the criteria's inputs.
        assert (r["complete"], r["band"], r["status"]) == (False, None, "chua-du-du-lieu")
    markdown = _score(PLAN, "markdown")
    assert "| Toàn địa bàn | 37,92 (tạm tính) | chưa đủ dữ liệu | 9 |" in markdown
    assert "Yếu" not in markdown and "Yếu" not in _score(PLAN, "table")


def test_plan_without_a_766_row_prints_no_766_table(tmp_path: Path) -> None:
    text = PLAN.read_text("utf-8")
    # The 766 row is the plan's last row.
    plan = tmp_path / "plan.yaml"
    plan.write_text(text[: text.index("            - id: chi-so-766")], "utf-8")
    (tmp_path / "units.yaml").write_text((PLAN.parent / "units.yaml").read_text("utf-8"), "utf-8")
    assert "index-766" not in plan.read_text("utf-8")
    assert json.loads(_score(plan, "json"))["index766"] == []
    assert "766" not in _score(plan, "markdown") and "766" not in _score(plan, "table")
