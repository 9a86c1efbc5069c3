"""`tthc render` of the real plans: page layout, header elements, every appendix cell, golden text dumps."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from render_helpers import dump, expected_rows, open_docx, p_text, plan_tables, rendered_plan, table_rows, tc_text
from tthc_cli.render.plan_doc import render_plan
from tthc_cli.render.plan_file import load_plan
from tthc_cli.render.sample import sample_plan
from tthc_cli.render.sections import LANDSCAPE
from tthc_cli.render.widths import row_height

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "render"
PLANS = sorted(p for p in ROOT.glob("plans/*/*.yaml") if p.name != "units.yaml")
rendered = rendered_plan


def test_real_plans_exist() -> None:
    assert len(PLANS) >= 3, PLANS


def _style_value(style: Any, attr: str) -> Any:
    while style is not None:
        value = getattr(style.font, attr)
        if value is not None:
            return value
        style = style.base_style
    return None


def _para(document: Any, text: str) -> Any:
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    if p.text.startswith(text):
                        return p
    for p in document.paragraphs:
        if p.text.startswith(text):
            return p
    raise AssertionError(f"không thấy đoạn {text!r}")


@pytest.mark.parametrize("path", PLANS, ids=lambda p: p.parent.name)
def test_page_layout(path: Path) -> None:
    doc = open_docx(rendered(path))
    plan = load_plan(path).plan
    first = doc.sections[0]
    assert (round(first.page_width.mm), round(first.page_height.mm)) == (210, 297)
    assert first.orientation == WD_ORIENT.PORTRAIT
    assert 20 <= round(first.top_margin.mm) <= 25 and 20 <= round(first.bottom_margin.mm) <= 25
    assert 30 <= round(first.left_margin.mm) <= 35 and 15 <= round(first.right_margin.mm) <= 20
    assert first.different_first_page_header_footer
    header_xml = first.header._element.xml
    assert "PAGE" in header_xml
    attached = 1 if plan.plan is not None else 0
    assert len(doc.sections) == 1 + attached + len(plan.appendices)
    for section in doc.sections[1:]:  # the attached kế hoạch and every phụ lục number their pages from 1
        assert section._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) == "1"
        assert section.different_first_page_header_footer
    for section, appendix in zip(doc.sections[1 + attached :], plan.appendices, strict=True):
        landscape = appendix.orientation == "landscape"
        assert (section.orientation == WD_ORIENT.LANDSCAPE) == landscape
        assert (section.page_width > section.page_height) == landscape
        binding = section.top_margin if landscape else section.left_margin  # docs/render.md: top edge
        assert 30 <= round(binding.mm) <= 35


@pytest.mark.parametrize("path", PLANS, ids=lambda p: p.parent.name)
def test_header_elements(path: Path) -> None:
    doc = open_docx(rendered(path))
    expected = {
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": (12, True, None),
        "Độc lập - Tự do - Hạnh phúc": (13, True, None),
        "Số:": (13, None, None),
        "QUYẾT ĐỊNH": (14, True, None),
        "QUYẾT ĐỊNH:": (14, True, None),
        "Nơi nhận:": (12, True, True),
        "- Như Điều": (11, None, None),
    }
    for text, (size, bold, italic) in expected.items():
        p = _para(doc, text)
        assert _style_value(p.style, "size") == Pt(size), text
        assert bool(_style_value(p.style, "bold")) == bool(bold), text
        assert bool(_style_value(p.style, "italic")) == bool(italic), text
        assert _style_value(p.style, "name") == "Times New Roman"
    date_line = doc.tables[0].rows[1].cells[1].paragraphs[0]
    assert ", ngày " in date_line.text and _style_value(date_line.style, "italic")
    assert doc.tables[0].rows[1].cells[0].paragraphs[0].text.startswith("Số: ")
    title = _para(doc, "QUYẾT ĐỊNH")
    assert title.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    bases = [p for p in doc.paragraphs if p.style.name == "TTHC Căn cứ"]
    assert bases and all(p.text.endswith(";") for p in bases[:-1]) and bases[-1].text.endswith(".")
    assert all(_style_value(p.style, "italic") for p in bases)
    articles = [p for p in doc.paragraphs if p.text.startswith("Điều ")]
    assert articles and all(p.runs[0].bold for p in articles)
    assert articles[-1].text.endswith("./.")
    tblpr = doc.tables[0]._tbl.tblPr.find(qn("w:tblBorders"))
    assert tblpr is not None and {e.get(qn("w:val")) for e in tblpr} == {"nil"}


@pytest.mark.parametrize("path", PLANS, ids=lambda p: p.parent.name)
def test_every_appendix_cell_matches_the_plan(path: Path) -> None:
    doc = open_docx(rendered(path))
    plan = load_plan(path).plan
    tables = plan_tables(plan)
    body_tables = [t for t in doc.tables if t._tbl.tblPr.find(qn("w:tblBorders")) is not None]
    appendix_tables = [
        t for t in body_tables if {e.get(qn("w:val")) for e in t._tbl.tblPr.find(qn("w:tblBorders"))} == {"single"}
    ]
    assert len(appendix_tables) == len(tables)
    for model, table in zip(tables, appendix_tables, strict=True):
        want = expected_rows(model)
        got = table_rows(table)
        assert len(got) == len(want)
        for i, (g, w) in enumerate(zip(got, want, strict=True)):
            assert g == w, f"dòng {i}"
        trs = table._tbl.tr_lst
        assert trs[0].trPr.find(qn("w:tblHeader")) is not None
        for tr in trs:
            if tr.trPr is None or tr.trPr.find(qn("w:cantSplit")) is None:
                cells = [(tc_text(tc).split("\n"), int(tc.tcPr.find(qn("w:tcW")).get(qn("w:w")))) for tc in tr.tc_lst]
                assert row_height(cells) > LANDSCAPE.text_height // 3, "chỉ dòng cao hơn 1/3 trang được tách"
        assert len(table._tbl.tblGrid.findall(qn("w:gridCol"))) == len(model.columns)


@pytest.mark.parametrize("path", PLANS, ids=lambda p: p.parent.name)
def test_golden_text(path: Path) -> None:
    text = dump(open_docx(rendered(path)))
    golden = GOLDEN / f"{path.parent.name}.txt"
    if os.environ.get("TTHC_UPDATE_GOLDEN") == "1" or not golden.exists():
        if os.environ.get("TTHC_UPDATE_GOLDEN") != "1":
            pytest.fail(f"thiếu {golden}; chạy lại với TTHC_UPDATE_GOLDEN=1")
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_only_appendix_is_landscape_from_page_one() -> None:
    doc = open_docx(render_plan(sample_plan(), only="phu-luc"))
    assert len(doc.sections) == 1
    assert doc.sections[0].orientation == WD_ORIENT.LANDSCAPE
    assert "QUYẾT ĐỊNH:" not in [p.text for p in doc.paragraphs]
    assert doc.paragraphs[0].text == "PHỤ LỤC"
    assert p_text(doc.paragraphs[2]._p) == (
        "(Kèm theo Quyết định số 05/QĐ-UBND ngày 16 tháng 02 năm 2024 của Ủy ban nhân dân huyện Mẫu)"
    )


def test_sample_plan_layout_details() -> None:
    doc = open_docx(render_plan(sample_plan()))
    texts = [p.text for p in doc.paragraphs]
    assert "KẾ HOẠCH" in texts and "I. MỤC ĐÍCH, YÊU CẦU" in texts
    assert "Điều 1. Ban hành" in texts
    assert texts[texts.index("(Chi tiết phụ lục kèm theo)./.")]
    left = doc.tables[0].rows[0].cells[0].paragraphs
    assert [p.text for p in left[:3]] == ["ỦY BAN NHÂN DÂN TỈNH MẪU", "ỦY BAN NHÂN DÂN", "HUYỆN MẪU"]
    sig = [p.text for p in doc.tables[1].rows[0].cells[1].paragraphs]
    assert sig[0] == "KT. CHỦ TỊCH" and sig[1] == "PHÓ CHỦ TỊCH" and sig[-1] == "Nguyễn Văn A"
    appendix = doc.tables[-1]
    rows = table_rows(appendix)
    assert rows[3][2] == "Đã được phân công"
    assert appendix._tbl.tr_lst[3].tc_lst[2].tcPr.find(qn("w:gridSpan")).get(qn("w:val")) == "3"
    assert rows[2][1] == "Việc một\n1. Ý a\n2. Ý b"
    assert rows[4][2] == "UBND các xã\n(Trừ …)"
    assert rows[1] == ["I", "Nhiệm vụ chung"]
    assert appendix._tbl.tr_lst[1].tc_lst[1].tcPr.find(qn("w:gridSpan")).get(qn("w:val")) == "6"
    total = sum(int(c.get(qn("w:w"))) for c in appendix._tbl.tblGrid.findall(qn("w:gridCol")))
    assert abs(total - Mm(297 - 20 - 15).twips) < 20
