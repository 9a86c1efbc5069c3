"""What the rendered .docx promises about its pages: the signature holds together, cells print what the plan
says, legal numbers do not break, column widths follow the content, Nghị định 30's sections, vi-VN, schema order."""

from __future__ import annotations

import copy
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from docx.oxml.ns import qn
from docx.shared import Mm
from lxml import etree

from render_helpers import open_docx, p_text, plan_tables, rendered_plan, table_rows
from tthc_cli.model.plan import Plan
from tthc_cli.render.nobreak import JOINER
from tthc_cli.render.ooxml_order import order_problems
from tthc_cli.render.plan_doc import render_plan
from tthc_cli.render.plan_file import LoadedPlan, load_plan
from tthc_cli.render.report_doc import render_report
from tthc_cli.render.sample import SAMPLE_PLAN, SAMPLE_REPORT, sample_plan
from tthc_cli.render.widths import CELL_PADDING, measure

ROOT = Path(__file__).resolve().parent.parent
PLANS = {p.parent.name: p for p in ROOT.glob("plans/*/2024.yaml")}
_CACHE: dict[str, bytes] = {}


def rendered(name: str) -> bytes:
    if name not in _CACHE:
        if name == "sample-report":
            _CACHE[name] = render_report(sample_plan(), SAMPLE_REPORT)
        elif name == "sample-appendix":
            _CACHE[name] = render_plan(sample_plan(), only="phu-luc")
        else:
            _CACHE[name] = rendered_plan(PLANS[name])
    return _CACHE[name]


def _bare_plan(**document: object) -> LoadedPlan:
    data = copy.deepcopy(SAMPLE_PLAN)
    body = data.pop("plan")
    data["document"].update({"kind": "ke-hoach", "symbol": "KH-UBND", "articles": [], **document})
    data["plan"] = {k: v for k, v in body.items() if k != "attached"}
    return LoadedPlan(plan=Plan.model_validate(data), path=Path("mau.yaml"))


def test_di_lang_row_24_deadline_prints_two_lines() -> None:
    doc = open_docx(rendered("di-lang"))
    cells = [c for t in doc.tables for row in table_rows(t) for c in row]
    assert "- Định kỳ 3 tháng/lần\n- Đột xuất theo yêu cầu của cấp trên" in cells


def test_every_written_line_break_starts_a_paragraph() -> None:
    found = 0
    for name, path in PLANS.items():
        cells = {c for t in open_docx(rendered(name)).tables for row in table_rows(t) for c in row}
        for table in plan_tables(load_plan(path).plan):
            for row in _leaves(table.items, table.sections):
                for key in ("deadline", "result", "note"):
                    raw = getattr(row, key, None) or ""
                    lines = [" ".join(line.split()) for line in raw.splitlines() if line.strip()]
                    if len(lines) > 1:
                        found += 1
                        assert "\n".join(lines) in cells, (name, lines)
    assert found >= 2


def _leaves(items: list[Any], sections: list[Any]) -> Iterator[Any]:
    for item in items:
        yield from _leaves(item.items, []) if hasattr(item, "group") else [item]
    for section in sections:
        yield from _leaves(section.items, section.sections)


@pytest.mark.parametrize("name", sorted(PLANS))
def test_signature_table_never_splits_and_keeps_with_the_last_article(name: str) -> None:
    doc = open_docx(rendered(name))
    body = doc.element.body
    signature = next(t for t in body.iterchildren(qn("w:tbl")) if "Nơi nhận" in p_text(t))
    assert all(tr.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None for tr in signature.iter(qn("w:tr")))
    before = signature.getprevious()
    assert before.tag == qn("w:p") and before.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None
    assert p_text(before).endswith("./.")
    right = [p_text(p) for p in signature.findall(f"{qn('w:tr')}/{qn('w:tc')}")[1].iter(qn("w:p"))]
    assert 5 <= right.count("") <= 6 and right[-1] and not right[-2], right


def test_legal_numbers_do_not_break_inside() -> None:
    doc = open_docx(rendered("tri-ton"))
    xml = etree.tostring(doc.element.body, encoding="unicode")
    assert f'61/2018/{JOINER}NĐ</w:t><w:noBreakHyphen/><w:t xml:space="preserve">CP' in xml
    words = " ".join(p_text(p) for p in doc.element.body.iter(qn("w:p")))
    assert "61/2018/NĐ-CP" in words and "Độc lập - Tự do - Hạnh phúc" in words


def test_columns_follow_their_content() -> None:
    doc = open_docx(rendered("tri-ton"))
    for table in doc.tables[2:]:
        headers = table_rows(table)[0]
        widths = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
        if "Ghi chú" in headers:  # notes run at least a few words a line unless they are short anyway
            i = headers.index("Ghi chú")
            longest = max(
                (
                    measure(line)
                    for row in table_rows(table)[1:]
                    if len(row) == len(headers)
                    for line in row[i].split("\n")
                ),
                default=0,
            )
            assert widths[i] >= min(Mm(25).twips, longest + CELL_PADDING)
        if "Stt" in headers:
            assert widths[headers.index("Stt")] <= Mm(16).twips


def test_a_plan_may_fix_a_column_width() -> None:
    data = copy.deepcopy(SAMPLE_PLAN)
    data["appendices"][0]["blocks"][0]["table"]["columns"][2]["width_mm"] = 55
    doc = open_docx(render_plan(LoadedPlan(plan=Plan.model_validate(data), path=Path("mau.yaml"))))
    widths = [int(c.get(qn("w:w"))) for c in doc.tables[-1]._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert abs(widths[2] - Mm(55).twips) <= 1
    assert abs(sum(widths) - Mm(297 - 20 - 15).twips) < 20


def test_section_and_group_rows_keep_with_the_next_row() -> None:
    doc = open_docx(rendered("sample-appendix"))
    table = doc.tables[-1]._tbl
    spanning = [tr for tr in table.tr_lst if any(tc.tcPr.find(qn("w:gridSpan")) is not None for tc in tr.tc_lst)]
    heads = [tr for tr in spanning if "Nhiệm vụ chung" in p_text(tr) or "Nhóm" in p_text(tr)]
    assert len(heads) == 2
    for tr in heads:
        assert all(p.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None for p in tr.iter(qn("w:p")))


def test_bare_plan_prints_its_bases_authority_and_signer() -> None:
    doc = open_docx(render_plan(_bare_plan(authority="CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN MẪU")))
    texts = [p.text for p in doc.paragraphs]
    assert "KẾ HOẠCH" in texts and "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN MẪU" in texts
    assert "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;" in texts
    assert "QUYẾT ĐỊNH:" not in texts
    assert texts.index("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;") < texts.index(
        "Thực hiện …"
    )
    signature = [p.text for p in doc.tables[-2].rows[0].cells[1].paragraphs]
    assert signature[0] == "KT. CHỦ TỊCH" and signature[-1] == "Nguyễn Văn A"


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n) for n in z.namelist() if n.endswith(".xml") and n.startswith("word/")}


@pytest.mark.parametrize("name", [*sorted(PLANS), "sample-report", "sample-appendix"])
def test_every_part_follows_the_schema_order_and_speaks_vietnamese(name: str) -> None:
    for part, blob in _parts(rendered(name)).items():
        root = etree.fromstring(blob)
        assert order_problems(root) == [], part
        assert b"en-US" not in blob, part
        langs = [el.get(qn("w:val")) for el in root.iter(qn("w:lang"))]
        assert all(v == "vi-VN" for v in langs), part
        if part == "word/styles.xml":
            assert root.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}") is not None
        for tbl_pr in root.iter(qn("w:tblPr")):
            assert len(tbl_pr.findall(qn("w:tblLayout"))) <= 1


def test_order_check_finds_what_word_would_repair() -> None:
    bad = etree.fromstring(
        '<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:pPr><w:ind w:left="1"/>'
        "<w:pBdr/></w:pPr></w:p>"
    )
    assert order_problems(bad) == ["pPr: ind pBdr"]
