"""Targets by assignee: each unit is scored against the rows its lead names, and only those."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import ROOT, run_tthc
from tthc_cli.model.plan import Indicator
from tthc_cli.model.units import UnitsFile
from tthc_cli.score.assignees import AssigneeReader
from tthc_cli.workspace import Workspace

MARCH = ROOT / "examples" / "counts" / "2024-03-huyen-xa.csv"
ONE_ROW = """            - id: truc-tuyen
              stt: 1
              indicator: online-dossiers
              name: Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC
              source: 01/NQ-CP
              lead: Bộ phận Một cửa huyện, xã, thị trấn
              measure: '%'
              target: Tối thiểu 50
"""
TWO_ROWS = """            - stt: 1
              group: Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC
              items:
                - id: truc-tuyen-huyen
                  stt: '1.1'
                  indicator: online-dossiers
                  name: Cấp huyện
                  source: 01/NQ-CP
                  lead: Bộ phận Một cửa huyện
                  measure: '%'
                  target: Tối thiểu 75
                - id: truc-tuyen-xa
                  stt: '1.2'
                  indicator: online-dossiers
                  name: Cấp xã
                  source: 01/NQ-CP
                  lead: Bộ phận Một cửa xã, thị trấn
                  measure: '%'
                  target: Tối thiểu 90
"""


def _plan(tmp_path: Path, rows: str = TWO_ROWS) -> Path:
    text = (ROOT / "examples" / "lap-vo" / "plan.yaml").read_text("utf-8")
    assert ONE_ROW in text
    shutil.copy(ROOT / "examples" / "lap-vo" / "units.yaml", tmp_path / "units.yaml")
    plan = tmp_path / "plan.yaml"
    plan.write_text(text.replace(ONE_ROW, rows), "utf-8")
    return plan


def _cells(out: str, stt: str) -> dict[str, dict[str, object]]:
    data = json.loads(out)
    latest = [p for p in data["results"] if p["kind"] == "period"][-1]
    return {c["unit"]: c for c in latest["cells"] if c["stt"] == stt}


def test_two_targets_for_two_assignees_validate_and_score_apart(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    checked = run_tthc("validate", str(plan))
    assert checked.code == 0 and "TT604" not in checked.out + checked.err, checked.out + checked.err
    scored = run_tthc("score", "--plan", str(plan), "--counts", str(MARCH), "--format", "json")
    assert scored.code == 0, scored.err
    huyen, xa = _cells(scored.out, "1.1"), _cells(scored.out, "1.2")
    assert (huyen["mot-cua-huyen"]["numerator"], huyen["mot-cua-huyen"]["denominator"]) == (192, 243)
    assert (huyen["mot-cua-huyen"]["value"], huyen["mot-cua-huyen"]["status"]) == (79.01, "dat")
    assert (xa["mot-cua-xa"]["numerator"], xa["mot-cua-xa"]["denominator"]) == (1624, 1806)
    assert (xa["mot-cua-xa"]["value"], xa["mot-cua-xa"]["status"]) == (89.92, "chua-dat")
    assert huyen["mot-cua-xa"]["status"] == xa["mot-cua-huyen"]["status"] == "khong-giao"
    assert huyen["*"]["status"] == xa["*"]["status"] == "khong-giao"
    summary = json.loads(scored.out)["summary"]
    assert "khong-giao" not in summary


def test_text_output_says_khong_giao_and_counts_assigned_cells_only(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    scored = run_tthc("score", "--plan", str(plan), "--counts", str(MARCH), "--format", "markdown")
    assert scored.code == 0, scored.err
    assert "không giao" in scored.out
    table = next(line for line in scored.out.splitlines() if line.startswith("| Bộ phận Một cửa huyện"))
    assert "79,01% ✓" in table and "89,92" not in table


def test_same_assignee_two_targets_is_still_tt604(tmp_path: Path) -> None:
    plan = _plan(tmp_path, TWO_ROWS.replace("Bộ phận Một cửa xã, thị trấn", "Bộ phận Một cửa huyện"))
    checked = run_tthc("validate", str(plan))
    assert checked.code == 1 and "TT604" in checked.out


def _reader(plan_dir: str) -> tuple[AssigneeReader, list[Indicator]]:
    from tthc_cli.score.plan_indicators import plan_indicator_rows

    ws = Workspace.open(None)
    path = ROOT / "plans" / plan_dir / "2024.yaml"
    plan = ws.plan(path)
    units = ws.units(path, plan.units)
    assert isinstance(units, UnitsFile)
    return AssigneeReader(units), plan_indicator_rows(plan)


def test_tri_ton_rows_6_1_and_6_2_apply_to_their_own_level() -> None:
    reader, rows = _reader("tri-ton")
    by_stt = {r.stt: r for r in rows if r.indicator == "online-document-processing"}
    huyen, xa = reader.of(by_stt["6.1"]), reader.of(by_stt["6.2"])
    assert huyen is not None and xa is not None and not huyen & xa
    assert {"phong-tu-phap", "bo-phan-mot-cua-huyen"} <= huyen and "xa-co-to" not in huyen
    assert {"xa-co-to", "tt-tri-ton"} <= xa and "phong-tu-phap" not in xa
    # "UBND huyện" answers for its whole area.
    assert reader.of(next(r for r in rows if r.indicator == "feedback-on-time")) is None


def test_tri_ton_scored_per_assignee(tmp_path: Path) -> None:
    counts = tmp_path / "2024-03.csv"
    made = run_tthc(
        "counts", "--records", "examples/tri-ton/hoso-2024-q1.csv", "--period", "2024-03",
        "--units", "plans/tri-ton/units.yaml", "-o", str(counts),
    )  # fmt: skip
    assert made.code == 0, made.err
    scored = run_tthc("score", "--plan", "plans/tri-ton/2024.yaml", "--counts", str(counts), "--format", "json")
    assert scored.code == 0, scored.err
    six_1, six_2 = _cells(scored.out, "6.1"), _cells(scored.out, "6.2")
    assert six_1["xa-co-to"]["status"] == six_2["phong-tu-phap"]["status"] == "khong-giao"
    assert six_1["phong-tu-phap"]["status"] != "khong-giao" != six_2["xa-co-to"]["status"]
    portal = _cells(scored.out, "4")
    assert all(c["status"] == "khong-giao" for u, c in portal.items() if u not in ("phong-vhtt",))
