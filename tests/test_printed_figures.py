"""Printed figures are checked: a rate a report printed next to its counts must follow from them (TT812)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT, run_tthc

COUNTS = ROOT / "examples" / "counts" / "2024-03-huyen-xa.csv"
PLAN = "examples/lap-vo/plan.yaml"
ON_TIME = "Tỷ lệ hồ sơ giải quyết đúng hạn (%)"


def _findings(tmp_path: Path, header: str, huyen: str, xa: str) -> list[dict[str, object]]:
    head, row_h, row_x = COUNTS.read_text("utf-8").splitlines()
    counts = tmp_path / "2024-03.csv"
    counts.write_text(f'{head},"{header}"\n{row_h},"{huyen}"\n{row_x},"{xa}"\n', "utf-8")
    result = run_tthc("score", "--plan", PLAN, "--counts", str(counts), "--format", "json")
    found: list[dict[str, object]] = json.loads(result.out)["findings"]
    return [f for f in found if f["code"] in ("TT812", "TT802")]


def test_figures_the_counts_give_pass(tmp_path: Path) -> None:
    # Bộ phận Một cửa huyện: 192 / 243 = 79,01%; xã: 1.624 / 1.806 = 89,92% (seed 004), also printed as "90".
    assert _findings(tmp_path, "online-dossiers", "79,01", "90") == []


@pytest.mark.parametrize(
    ("printed", "hint"),
    [
        ("62,34", "khớp nếu mẫu số là received_total = 308"),  # 192 / 308
        ("79,10", "hai chữ số bị đảo chỗ (79,01 → 79,10)"),
        ("77,01", "một chữ số bị gõ lặp (79,01 → 77,01)"),
    ],
)
def test_a_figure_the_counts_cannot_give_is_an_error_with_the_nearest_explanation(
    tmp_path: Path, printed: str, hint: str
) -> None:
    (found,) = _findings(tmp_path, "online-dossiers", printed, "89,92")
    assert (found["severity"], found["line"], found["column"]) == ("error", 2, 20)
    assert "192 / 243 = 79,01" in str(found["message"]) and hint in str(found["hint"]), found


def _on_time(tmp_path: Path, row: str) -> dict[str, object]:
    head = "Đơn vị,resolved,resolved_early,resolved_on_time,resolved_late," + f'"{ON_TIME}"'
    counts = tmp_path / "2024-03.csv"
    counts.write_text(f"{head}\nCấp huyện,{row}\n", "utf-8")
    result = run_tthc("score", "--plan", PLAN, "--counts", str(counts), "--format", "json")
    assert result.code == 1
    findings: list[dict[str, object]] = json.loads(result.out)["findings"]
    (found,) = [f for f in findings if f["code"] == "TT812"]
    return found


def test_a_real_misprint_is_found(tmp_path: Path) -> None:
    # A district report printed 37,76% for 2.521 / 6.776 = 37,20% (the example).
    found = _on_time(tmp_path, '6776,2000,521,4255,"37,76"')
    assert "2.521 / 6.776 = 37,20" in str(found["message"]) and found["column"] == 6


def test_a_truncated_figure_is_explained(tmp_path: Path) -> None:
    found = _on_time(tmp_path, '3,2,0,1,"66,66"')  # 2 / 3 = 66,67 rounded, 66,66 cut
    assert "2 / 3 = 66,67" in str(found["message"]) and "khớp nếu cắt bớt" in str(found["hint"])


def test_a_rate_column_naming_no_row_is_said(tmp_path: Path) -> None:
    (found,) = _findings(tmp_path, "Tỷ lệ hồ sơ gì đó (%)", "1", "2")
    assert found["code"] == "TT802" and "không được đối chiếu" in str(found["message"])
