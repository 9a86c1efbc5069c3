"""Build the default .docx templates (``quyet-dinh.docx``, ``bao-cao.docx``) from code.

Run ``.venv/bin/python templates/build.py`` after changing this file; it writes the templates here and the
packaged copies in ``src/tthc_cli/templates/``. An office restyles its own copy in Word (the named styles
"TTHC …" carry every font, size and spacing of Nghị định 30/2020/NĐ-CP, Phụ lục I), so this script is only
the starting point, not the place where offices make changes.

Every Jinja tag is written into a single run so that docxtpl sees it whole; ``tthc templates check``
warns when Word later splits one.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

from tthc_cli.render.ooxml_order import put_in_order
from tthc_cli.render.polish import set_language

HERE = Path(__file__).resolve().parent
PACKAGED = HERE.parent / "src" / "tthc_cli" / "templates"
CENTER, LEFT, JUSTIFY = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.JUSTIFY

# style id, name shown in Word, size, bold, italic, alignment, first-line indent (cm), before, after (pt)
STYLES = [
    ("TthcCoQuanChuQuan", "TTHC Cơ quan chủ quản", 12, False, False, CENTER, 0, 0, 0),
    ("TthcCoQuan", "TTHC Cơ quan ban hành", 12, True, False, CENTER, 0, 0, 0),
    ("TthcQuocHieu", "TTHC Quốc hiệu", 12, True, False, CENTER, 0, 0, 0),
    ("TthcTieuNgu", "TTHC Tiêu ngữ", 13, True, False, CENTER, 0, 0, 0),
    ("TthcGach", "TTHC Đường kẻ", 2, False, False, CENTER, 0, 3, 6),
    ("TthcSo", "TTHC Số, ký hiệu", 13, False, False, CENTER, 0, 0, 0),
    ("TthcDiaDanh", "TTHC Địa danh, ngày tháng", 13, False, True, CENTER, 0, 0, 0),
    ("TthcTenLoai", "TTHC Tên loại", 14, True, False, CENTER, 0, 18, 0),
    ("TthcTrichYeu", "TTHC Trích yếu", 14, True, False, CENTER, 0, 0, 0),
    ("TthcThamQuyen", "TTHC Thẩm quyền ban hành", 14, True, False, CENTER, 0, 12, 12),
    ("TthcCanCu", "TTHC Căn cứ", 14, False, True, JUSTIFY, 1.27, 0, 6),
    ("TthcQuyetDinh", "TTHC Quyết định", 14, True, False, CENTER, 0, 6, 12),
    ("TthcDieu", "TTHC Điều", 14, False, False, JUSTIFY, 1.27, 0, 6),
    ("TthcPhan", "TTHC Phần, mục", 14, True, False, JUSTIFY, 1.27, 6, 6),
    ("TthcGhiChu", "TTHC Ghi chú", 14, False, True, CENTER, 0, 0, 6),
    ("TthcKemTheo", "TTHC Kèm theo", 14, False, True, CENTER, 0, 0, 0),
    ("TthcNoiNhan", "TTHC Nơi nhận", 12, True, True, LEFT, 0, 0, 0),
    ("TthcNguoiNhan", "TTHC Người nhận", 11, False, False, LEFT, 0, 0, 0),
    ("TthcQuyenHan", "TTHC Quyền hạn, chức vụ", 14, True, False, CENTER, 0, 0, 0),
    ("TthcKhoangKy", "TTHC Khoảng ký", 14, False, False, CENTER, 0, 0, 0),
    ("TthcNguoiKy", "TTHC Họ tên người ký", 14, True, False, CENTER, 0, 0, 0),
    ("TthcPhuLucNhan", "TTHC Phụ lục", 14, True, False, CENTER, 0, 0, 0),
    ("TthcPhuLucTen", "TTHC Tên phụ lục", 14, True, False, CENTER, 0, 0, 0),
    ("TthcMucPhuLuc", "TTHC Mục phụ lục", 13, True, False, JUSTIFY, 0, 6, 6),
    ("TthcBang", "TTHC Bảng", 12, False, False, LEFT, 0, 2, 2),
    ("TthcBangGiua", "TTHC Bảng giữa", 12, False, False, CENTER, 0, 2, 2),
    ("TthcBangTieuDe", "TTHC Bảng tiêu đề", 12, True, False, CENTER, 0, 2, 2),
    ("TthcBangMuc", "TTHC Bảng mục", 12, True, False, LEFT, 0, 2, 2),
    ("TthcSoTrang", "TTHC Số trang", 13, False, False, CENTER, 0, 0, 0),
    ("TthcHinh", "TTHC Hình", 12, False, False, CENTER, 0, 6, 6),
]


def _set_font(style_or_run: object, size: float | None = None) -> None:
    font = style_or_run.font  # type: ignore[attr-defined]
    font.name = "Times New Roman"
    rpr = style_or_run.element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), "Times New Roman")
    if rpr.find(qn("w:lang")) is None:
        rpr.append(OxmlElement("w:lang"))  # set to vi-VN with every other language mark before saving
    if size:
        font.size = Pt(size)


def _styles(doc: Document) -> None:
    normal = doc.styles["Normal"]
    _set_font(normal, 14)
    pf = normal.paragraph_format
    pf.alignment = JUSTIFY
    pf.first_line_indent = Cm(1.27)
    pf.space_before, pf.space_after, pf.line_spacing = Pt(0), Pt(6), 1.0
    for sid, name, size, bold, italic, align, indent, before, after in STYLES:
        st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.style_id = sid
        st.base_style = normal
        st.quick_style = True
        _set_font(st, size)
        st.font.bold, st.font.italic = bold, italic
        f = st.paragraph_format
        f.alignment, f.first_line_indent = align, Cm(indent)
        f.space_before, f.space_after = Pt(before), Pt(after)
    # headings stay on the page of what follows them (a block title never ends a page alone)
    for name in ("TTHC Bảng tiêu đề", "TTHC Mục phụ lục", "TTHC Phụ lục", "TTHC Tên phụ lục", "TTHC Phần, mục"):
        doc.styles[name].paragraph_format.keep_with_next = True


def _border(paragraph: object, side: str, indent_cm: float) -> None:
    """A solid rule under (side="bottom") the paragraph, shortened by equal indents on both sides."""
    p = paragraph  # python-docx Paragraph
    p.paragraph_format.left_indent = Cm(indent_cm)  # type: ignore[attr-defined]
    p.paragraph_format.right_indent = Cm(indent_cm)  # type: ignore[attr-defined]
    ppr = p._p.get_or_add_pPr()  # type: ignore[attr-defined]
    bdr = OxmlElement("w:pBdr")
    edge = OxmlElement(f"w:{side}")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        edge.set(qn(k), v)
    bdr.append(edge)
    ppr.append(bdr)


def _no_borders(table: object) -> None:
    tbl = table._tbl  # type: ignore[attr-defined]
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tbl.tblPr.append(borders)


def _fix_widths(table: object, widths: tuple[object, ...]) -> None:
    """Cell, grid and table widths agree, so that Word and LibreOffice lay the columns out alike."""
    tbl = table._tbl  # type: ignore[attr-defined]
    for col, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(int(w.twips)))  # type: ignore[attr-defined]
    for row in table.rows:  # type: ignore[attr-defined]
        for cell, w in zip(row.cells, widths, strict=True):
            cell.width = w
    tblw = tbl.tblPr.find(qn("w:tblW"))
    tblw.set(qn("w:type"), "dxa")
    tblw.set(qn("w:w"), str(sum(int(w.twips) for w in widths)))  # type: ignore[attr-defined]
    table.autofit = False  # type: ignore[attr-defined]  # one fixed tblLayout, set by python-docx


def _cell_paras(cell: object, lines: list[tuple[str, str]]) -> list[object]:
    out = []
    first = True
    for text, style in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()  # type: ignore[attr-defined]
        first = False
        p.style = style
        if text:
            p.add_run(text)
        out.append(p)
    return out


def _header_table(doc: Document, *, with_number: bool) -> None:
    t = doc.add_table(rows=2 if with_number else 1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    _no_borders(t)
    _fix_widths(t, (Cm(6.2), Cm(10.6)))
    left = [
        ("{%p if doc.parent %}", "TTHC Cơ quan chủ quản"),
        ("{{ doc.parent }}", "TTHC Cơ quan chủ quản"),
        ("{%p endif %}", "TTHC Cơ quan chủ quản"),
        ("{%p for line in doc.issuer_lines %}", "TTHC Cơ quan ban hành"),
        ("{{ line }}", "TTHC Cơ quan ban hành"),
        ("{%p endfor %}", "TTHC Cơ quan ban hành"),
        ("", "TTHC Đường kẻ"),
    ]
    paras = _cell_paras(t.cell(0, 0), left)
    _border(paras[-1], "top", 2.1)
    right = [
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TTHC Quốc hiệu"),
        ("Độc lập - Tự do - Hạnh phúc", "TTHC Tiêu ngữ"),
        ("", "TTHC Đường kẻ"),
    ]
    paras = _cell_paras(t.cell(0, 1), right)
    _border(paras[-1], "top", 2.2)
    if with_number:
        _cell_paras(t.cell(1, 0), [("{{ doc.number_line }}", "TTHC Số, ký hiệu")])
        _cell_paras(t.cell(1, 1), [("{{ doc.place_date }}", "TTHC Địa danh, ngày tháng")])


def _para(doc: Document, text: str, style: str = "Normal") -> object:
    p = doc.add_paragraph(style=style)
    if text:
        p.add_run(text)
    return p


def _signature(doc: Document, signer: str = "doc.signer") -> None:
    """Nơi nhận on the left, the signature on the right, in one row that never splits across pages."""
    t = doc.add_table(rows=1, cols=2)
    t.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    t.autofit = False
    _no_borders(t)
    _fix_widths(t, (Cm(8.0), Cm(8.5)))
    _cell_paras(
        t.cell(0, 0),
        [
            ("{%p if doc.recipients %}", "TTHC Nơi nhận"),
            ("Nơi nhận:", "TTHC Nơi nhận"),
            ("{%p for r in doc.recipients %}", "TTHC Người nhận"),
            ("{{ r }}", "TTHC Người nhận"),
            ("{%p endfor %}", "TTHC Người nhận"),
            ("{%p endif %}", "TTHC Người nhận"),
        ],
    )
    _cell_paras(
        t.cell(0, 1),
        [
            (f"{{%p if {signer} %}}", "TTHC Quyền hạn, chức vụ"),
            (f"{{%p if {signer}.capacity %}}", "TTHC Quyền hạn, chức vụ"),
            (f"{{{{ {signer}.capacity }}}}", "TTHC Quyền hạn, chức vụ"),
            ("{%p endif %}", "TTHC Quyền hạn, chức vụ"),
            (f"{{{{ {signer}.title }}}}", "TTHC Quyền hạn, chức vụ"),
            *[("", "TTHC Khoảng ký")] * SIGNING_LINES,
            (f"{{{{ {signer}.name }}}}", "TTHC Họ tên người ký"),
            ("{%p endif %}", "TTHC Họ tên người ký"),
        ],
    )


SIGNING_LINES = 5
"""Blank 14 pt lines between the chức vụ and the name, room for the signature and the seal (as in the seeds)."""


def _page_setup(doc: Document) -> None:
    s = doc.sections[0]
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Mm(20), Mm(20), Mm(30), Mm(15)
    s.header_distance = Mm(10)
    s.different_first_page_header_footer = True
    s.first_page_header.is_linked_to_previous = False
    p = s.header.paragraphs[0]
    p.style = doc.styles["TTHC Số trang"]
    run = p.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def _paragraph_loop(doc: Document, var: str, items: str) -> None:
    """Paragraphs of a list, each laid out by its ``style`` (body, bullet, numbered, note)."""
    _para(doc, f"{{%p for {var} in {items} %}}")
    _para(doc, f"{{%p if {var}.style == 'note' %}}")
    _para(doc, f"{{{{ {var}.text }}}}", "TTHC Ghi chú")
    _para(doc, "{%p else %}")
    _para(doc, f"{{{{ {var}.text }}}}")
    _para(doc, "{%p endif %}")
    _para(doc, "{%p endfor %}")


def _title_block(doc: Document, label: str, title: str) -> None:
    _para(doc, f"{{{{ {label} }}}}", "TTHC Tên loại")
    _para(doc, f"{{{{ {title} }}}}", "TTHC Trích yếu")


def _blank_document() -> Document:
    """A document with the TTHC styles and the page set up, and no paragraphs."""
    doc = Document()
    _styles(doc)
    _page_setup(doc)
    body = doc.element.body
    for p in list(body.iterchildren(qn("w:p"))):
        body.remove(p)
    return doc


def build_decision() -> Document:
    """The quyết định / kế hoạch template, with the attached kế hoạch and the appendices."""
    doc = _blank_document()
    _para(doc, "{%p if include_document %}")
    _header_table(doc, with_number=True)
    _title_block(doc, "doc.type_name", "doc.title")
    _border(_para(doc, "", "TTHC Đường kẻ"), "top", 6.0)
    _para(doc, "{%p if doc.authority %}")
    _para(doc, "{{ doc.authority }}", "TTHC Thẩm quyền ban hành")
    _para(doc, "{%p endif %}")
    _para(doc, "{%p for b in doc.bases %}")
    _para(doc, "{{ b }}", "TTHC Căn cứ")
    _para(doc, "{%p endfor %}")
    _para(doc, "{%p if doc.is_decision %}")
    _para(doc, "QUYẾT ĐỊNH:", "TTHC Quyết định")
    _para(doc, "{%p for a in doc.articles %}")
    _para(doc, "{%p if a.title %}")
    p = _para(doc, "{{ a.label }}", "TTHC Điều")
    p.runs[0].bold = True  # type: ignore[attr-defined]
    _para(doc, "{{ a.text }}", "TTHC Điều")
    _para(doc, "{%p else %}")
    p = _para(doc, "{{ a.label }}", "TTHC Điều")
    p.runs[0].bold = True  # type: ignore[attr-defined]
    p.add_run(" {{ a.text }}")  # type: ignore[attr-defined]
    _para(doc, "{%p endif %}")
    _para(doc, "{%p for p in a.paragraphs %}")
    _para(doc, "{{ p.text }}", "TTHC Điều")
    _para(doc, "{%p endfor %}")
    _para(doc, "{%p endfor %}")
    _para(doc, "{%p else %}")
    _body_parts(doc, "doc.body")
    _para(doc, "{%p endif %}")
    _signature(doc)
    _para(doc, "{%p if plan %}")
    _para(doc, "{{p plan.section_break }}")  # a new section: the kế hoạch numbers its pages from 1
    _header_table(doc, with_number=False)
    _title_block(doc, "plan.label", "plan.title")
    _para(doc, "{%p if plan.attached_line %}")
    _para(doc, "{{ plan.attached_line }}", "TTHC Kèm theo")
    _para(doc, "{%p endif %}")
    _border(_para(doc, "", "TTHC Đường kẻ"), "top", 6.0)
    _body_parts(doc, "plan")
    _para(doc, "{%p endif %}")
    _para(doc, "{%p endif %}")
    _para(doc, "{{p appendices }}")
    return doc


def _body_parts(doc: Document, owner: str) -> None:
    _paragraph_loop(doc, "p", f"{owner}.intro")
    _para(doc, f"{{%p for part in {owner}.parts %}}")
    _para(doc, "{{ part.heading }}", "TTHC Phần, mục")
    _paragraph_loop(doc, "p", "part.paragraphs")
    _para(doc, "{%p endfor %}")


def _report_part(doc: Document, var: str) -> None:
    """A part (or item) of the report: heading, paragraphs, then its table and charts when it has them."""
    _para(doc, f"{{{{ {var}.heading }}}}", "TTHC Phần, mục")
    _paragraph_loop(doc, "p", f"{var}.paragraphs")
    _para(doc, f"{{%p if {var}.table %}}")
    _para(doc, f"{{{{p {var}.table }}}}")
    _para(doc, "{%p endif %}")
    _para(doc, f"{{%p for c in {var}.charts %}}")
    _para(doc, "{{p c.chart }}")
    _para(doc, "{{ c.caption }}", "TTHC Ghi chú")
    _para(doc, "{%p endfor %}")


def build_report() -> Document:
    """The monthly báo cáo template."""
    doc = _blank_document()
    _header_table(doc, with_number=True)
    _title_block(doc, "doc.type_name", "doc.title")
    _border(_para(doc, "", "TTHC Đường kẻ"), "top", 6.0)
    _paragraph_loop(doc, "p", "report.intro")
    _para(doc, "{%p for part in report.parts %}")
    _report_part(doc, "part")
    _para(doc, "{%p for item in part.subparts %}")
    _report_part(doc, "item")
    _para(doc, "{%p endfor %}")
    _para(doc, "{%p endfor %}")
    _para(doc, "{{ report.closing }}")
    _signature(doc)
    return doc


def main() -> int:
    """Write both templates here and into the package."""
    PACKAGED.mkdir(parents=True, exist_ok=True)
    for name, builder in (("quyet-dinh.docx", build_decision), ("bao-cao.docx", build_report)):
        doc = builder()
        doc.core_properties.author = "tthc"
        doc.core_properties.title = name
        for root in (doc.element, doc.styles.element, doc.settings.element):
            set_language(root)
            put_in_order(root)
        doc.save(str(HERE / name))
        shutil.copyfile(HERE / name, PACKAGED / name)
        print(f"đã ghi {HERE / name} và {PACKAGED / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
