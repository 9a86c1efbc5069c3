"""The monthly báo cáo: the bundled Lấp Vò report against the structure and figures of seed 004.

Facts used (figures of seed 004, the March 2024 báo cáo of huyện Lấp Vò): five parts I–V; hồ sơ received at the
Bộ phận Một cửa huyện 308, at the xã, thị trấn 1.886; period 15/02/2024–12/3/2024; signed "TM. ỦY BAN NHÂN
DÂN" / "Q. CHỦ TỊCH" / "Trương Thị Diệp". When the seed itself is at hand, a test checks these facts against it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from docx.oxml.ns import qn

from render_helpers import open_docx, p_text
from tthc_cli.errors import InputError
from tthc_cli.model.report import ReportFile
from tthc_cli.render.chart import GRID, Bar, bar_table
from tthc_cli.render.plan_file import load_plan
from tthc_cli.render.report_doc import render_report
from tthc_cli.render.report_file import load_report
from tthc_cli.render.report_input import report_input
from tthc_cli.render.sample import SAMPLE_REPORT, sample_plan
from tthc_cli.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
PLAN = ROOT / "examples" / "lap-vo" / "plan.yaml"
REPORT = ROOT / "examples" / "lap-vo" / "bao-cao-2024-03.yaml"
COUNTS = ROOT / "examples" / "counts" / "2024-03-huyen-xa.csv"
SEEDS = next((p / "shared" / "seeds" for p in ROOT.parents if (p / "shared" / "seeds").is_dir()), ROOT / "seeds")
"""The seed documents, when this checkout sits beside them (only one test reads them, and skips without)."""
SEED_PARTS = 5
SEED_GROUPS = {"Bộ phận Một cửa huyện": "308", "Bộ phận Một cửa xã, thị trấn": "1.886"}
SEED_SIGNATURE = ["TM. ỦY BAN NHÂN DÂN", "Q. CHỦ TỊCH", "Trương Thị Diệp"]
SEED_RANGE = "từ ngày 15/02/2024 đến ngày 12/3/2024"
_ROMAN = re.compile(r"^(I|II|III|IV|V|VI|VII|VIII|IX|X)\. ")


@pytest.fixture(scope="module")
def lap_vo() -> Any:
    loaded = load_plan(PLAN)
    return open_docx(
        render_report(loaded, report_input(Workspace.open(), loaded, [COUNTS]), report=load_report(REPORT))
    )


def _texts(doc: Any) -> list[str]:
    return [p_text(p) for p in doc.element.body.iter(qn("w:p"))]


def test_parts_follow_the_seed(lap_vo: Any) -> None:
    headings = [t for t in _texts(lap_vo) if _ROMAN.match(t)]
    assert len(headings) == SEED_PARTS
    assert [h.split(".")[0] for h in headings] == ["I", "II", "III", "IV", "V"]


def test_figures_of_each_group_then_the_total(lap_vo: Any) -> None:
    texts = _texts(lap_vo)
    start = texts.index("4. Kết quả giải quyết TTHC")
    block = texts[start : start + 12]
    for i, (group, received) in enumerate(SEED_GROUPS.items()):
        lead = next(k for k, t in enumerate(block) if t.startswith("- Kết quả tiếp nhận") and group in t)
        assert SEED_RANGE in block[lead]
        assert block[lead + 1].startswith(f"+ Tổng số hồ sơ tiếp nhận là {received} hồ sơ")
        assert i == 0 or lead > 0
    total = next(k for k, t in enumerate(block) if t.startswith("- Tổng cộng"))
    assert block[total + 1].startswith("+ Tổng số hồ sơ tiếp nhận là 2.194 hồ sơ")


def test_signature_and_recipients(lap_vo: Any) -> None:
    signature = next(t for t in lap_vo.tables if "Nơi nhận" in p_text(t._tbl))
    right = [p.text for p in signature.rows[0].cells[1].paragraphs if p.text]
    assert right == SEED_SIGNATURE
    left = [p.text for p in signature.rows[0].cells[0].paragraphs if p.text]
    assert left[0] == "Nơi nhận:" and left[1] == "- Văn phòng UBND Tỉnh;" and left[-1] == "- Lưu: VT, H."


def test_provisional_766_total_is_marked(lap_vo: Any) -> None:
    rows = [[p_text(tc) for tc in tr.iter(qn("w:tc"))] for t in lap_vo.tables for tr in t._tbl.iter(qn("w:tr"))]
    index = next(r for r in rows if r and r[1].startswith("Điểm Bộ chỉ số"))
    assert index[3].endswith("điểm (tạm tính)") and index[4] == "tạm tính"


def test_figures_numbered_without_gaps_and_charts_name_units(lap_vo: Any) -> None:
    captions = [t for t in _texts(lap_vo) if t.startswith("Hình ")]
    assert [int(c.split()[1].rstrip(".")) for c in captions] == list(range(1, len(captions) + 1))
    assert len(captions) >= 3 and not lap_vo.inline_shapes
    words = " ".join(_texts(lap_vo))
    assert "đường đứt nét đỏ: chỉ tiêu Tối thiểu 50" in words and "Tỷ lệ (%)" in words


def test_chart_table_draws_bars_and_target() -> None:
    xml = bar_table([Bar("xã A", 80.0, "80%", True), Bar("xã B", None, "", None)], 50.0, "50", "Tỷ lệ (%)", 9000)
    assert xml.count("<w:gridCol ") == GRID + 2
    rows = xml.split("<w:tr>")[1:]
    assert "xã A" in rows[1] and rows[1].count('w:fill="A5D6A7"') == 2  # cut by the target line
    assert rows[1].count('w:val="dashed"') == 1 and rows[2].count('w:val="dashed"') == 1
    assert 'w:fill="E0E0E0"' in rows[2]


def test_missing_signer_is_an_error() -> None:
    loaded = load_plan(PLAN)
    with pytest.raises(InputError, match="chưa có người ký"):
        render_report(loaded, report_input(Workspace.open(), loaded, [COUNTS]))


def test_report_file_errors_are_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bc.yaml"
    bad.write_text("parts: []\n", encoding="utf-8")
    with pytest.raises(InputError, match="parts"):
        load_report(bad)
    bad.write_text("parts: [{heading: A}]\nperiod: {start: 2024-03-12, end: 2024-02-15}\n", encoding="utf-8")
    with pytest.raises(InputError, match="period"):
        load_report(bad)


def test_report_without_file_still_prints_every_figure() -> None:
    doc = open_docx(render_report(sample_plan(), SAMPLE_REPORT))
    texts = _texts(doc)
    assert "Kết quả thực hiện cải cách thủ tục hành chính tháng 3 năm 2024" in texts
    assert any(t.startswith("+ Tổng số hồ sơ tiếp nhận là 200 hồ sơ") for t in texts)
    assert any(t.endswith("./.") for t in texts)
    assert p_text(doc.tables[0].rows[1].cells[0]._tc) == "Số:      /BC-UBND"


def test_example_report_is_valid() -> None:
    assert isinstance(load_report(REPORT), ReportFile)


def test_facts_match_seed_004_when_present() -> None:
    seeds = sorted(SEEDS.glob("004_*.txt")) if SEEDS.is_dir() else []
    if not seeds:
        pytest.skip("không có văn bản mẫu 004 ở thư mục shared (chỉ kiểm tra khi có)")
    seed = seeds[0].read_text(encoding="utf-8")
    assert len(re.findall(r"^\s*(?:I|II|III|IV|V)\. ", seed, re.MULTILINE)) == SEED_PARTS
    for received in SEED_GROUPS.values():
        assert f"Tổng số hồ sơ tiếp nhận là {received} hồ sơ" in seed
    assert all(word in seed for word in SEED_SIGNATURE[1:])
    assert "từ ngày 15/02/2024 đến ngày 12/3/2024" in seed
