"""Word documents laid out as offices type them, built with python-docx for the ``tthc import`` tests.

Each builder writes one layout: a head as a borderless table or as tab-separated paragraphs, a title in a
text box, phụ lục tables with merged and multi-row headers, column-number rows, section rows, two numbering
columns, a table per page with its header repeated, cells of several paragraphs, a cell merged downwards.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn


def _head_table(d: Any, left: list[str], right: list[str], number: str, date: str) -> None:
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "\n".join(left)
    t.cell(0, 1).text = "\n".join(right)
    t.cell(1, 0).text = number
    t.cell(1, 1).text = date


def _signature(d: Any, recipients: list[str], signer: list[str]) -> None:
    t = d.add_table(rows=1, cols=2)
    left, right = t.cell(0, 0), t.cell(0, 1)
    left.text = "Nơi nhận:"
    for r in recipients:
        left.add_paragraph(r)
    right.text = signer[0]
    for line in signer[1:]:
        right.add_paragraph(line)


def _header_row(row: Any) -> None:
    pr = row._tr.get_or_add_trPr()
    pr.append(OxmlElement("w:tblHeader"))


def _fill(table: Any, r: int, values: list[str]) -> None:
    for c, v in enumerate(values):
        cell = table.cell(r, c)
        lines = v.split("\n")
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)


def _landscape(d: Any) -> None:
    section = d.add_section()
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width


def merged_header_decision(path: Path) -> Path:
    """A quyết định with a phụ lục whose header has merged cells over two rows ("Đơn vị thực hiện" over
    "Chủ trì" | "Phối hợp"), a column-number row, section rows (I, II) spanning the table, a cell of several
    paragraphs, a unit cell merged downwards over two rows and an assignment cell spanning three columns."""
    d = docx.Document()
    _head_table(
        d,
        ["ỦY BAN NHÂN DÂN", "HUYỆN AN PHÚ", "-------"],
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"],
        "Số: 215/QĐ-UBND",
        "An Phú, ngày 05 tháng 3 năm 2025",
    )
    d.add_paragraph("QUYẾT ĐỊNH")
    d.add_paragraph("Về việc giao nhiệm vụ cải cách thủ tục hành chính năm 2025")
    d.add_paragraph("----------")
    d.add_paragraph("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN AN PHÚ")
    d.add_paragraph("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;")
    d.add_paragraph(
        "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính;"
    )
    d.add_paragraph("Theo đề nghị của Chánh Văn phòng HĐND và UBND huyện.")
    d.add_paragraph("QUYẾT ĐỊNH:")
    d.add_paragraph("Điều 1. Giao nhiệm vụ cải cách thủ tục hành chính năm 2025 (chi tiết tại phụ lục kèm theo).")
    d.add_paragraph("Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.")
    _signature(d, ["- Như Điều 2;", "- Lưu: VT."], ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Nguyễn Văn An"])
    _landscape(d)
    d.add_paragraph("PHỤ LỤC")
    d.add_paragraph("Nhiệm vụ cải cách thủ tục hành chính năm 2025")
    d.add_paragraph("(Kèm theo Quyết định số 215/QĐ-UBND ngày 05 tháng 3 năm 2025 của Ủy ban nhân dân huyện An Phú)")
    t = d.add_table(rows=10, cols=5)
    t.style = "Table Grid"
    _fill(t, 0, ["STT", "Nội dung", "Đơn vị thực hiện", "", "Thời gian hoàn thành"])
    _fill(t, 1, ["", "", "Chủ trì", "Phối hợp", ""])
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    t.cell(0, 4).merge(t.cell(1, 4))
    t.cell(0, 2).merge(t.cell(0, 3))
    t.cell(0, 2).text = "Đơn vị thực hiện"
    _fill(t, 2, ["(1)", "(2)", "(3)", "(4)", "(5)"])
    t.cell(3, 1).merge(t.cell(3, 4))
    _fill(t, 3, ["I", "Công bố, công khai thủ tục hành chính"])
    _fill(
        t,
        4,
        [
            "1",
            "Công khai thủ tục hành chính tại Bộ phận Một cửa",
            "Văn phòng HĐND và UBND huyện",
            "Các phòng, ban",
            "Thường xuyên",
        ],
    )
    _fill(
        t,
        5,
        [
            "2",
            "Rà soát danh mục thủ tục hành chính\nCập nhật trên Cổng Dịch vụ công",
            "Phòng Tư pháp",
            "UBND các xã, thị trấn",
            "Quý II/2025",
        ],
    )
    t.cell(4, 2).merge(t.cell(5, 2))
    t.cell(4, 2).text = "Văn phòng HĐND và UBND huyện"
    t.cell(6, 1).merge(t.cell(6, 4))
    _fill(t, 6, ["II", "Số hóa hồ sơ"])
    _fill(
        t,
        7,
        ["3", "Số hóa kết quả giải quyết thủ tục hành chính", "Bộ phận Một cửa", "Các phòng, ban", "Trước 30/6/2025"],
    )
    t.cell(8, 2).merge(t.cell(8, 4))
    _fill(
        t,
        8,
        ["4", "Triển khai Kế hoạch số 45/KH-UBND về chuyển đổi số", "Đã được phân công theo Kế hoạch số 45/KH-UBND"],
    )
    _fill(t, 9, ["5", "Báo cáo kết quả số hóa", "Bộ phận Một cửa", "", "Khi có yêu cầu của cấp trên"])
    for r in (0, 1):
        _header_row(t.rows[r])
    d.save(str(path))
    return path


def _text_box(d: Any, text: str) -> None:
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape style="width:200pt;height:30pt">'
        f"<v:textbox><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></v:textbox>"
        "</v:shape></w:pict></w:r>"
    )
    p = d.add_paragraph()
    p._p.append(parse_xml(xml))


def tabbed_head_plan(path: Path) -> Path:
    """A kế hoạch of a xã with its head typed as paragraphs separated by tabs and spaces, the title "KẾ
    HOẠCH" in a text box, numbered parts (I., II.) and a phụ lục with two numbering columns (STT, TT),
    Roman sections and manual numbers typed in the cells."""
    d = docx.Document()
    d.add_paragraph("ỦY BAN NHÂN DÂN\t\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    d.add_paragraph("XÃ VĨNH HẬU  \t\t\tĐộc lập - Tự do - Hạnh phúc")
    d.add_paragraph("Số: 12/KH-UBND\t\t\tVĩnh Hậu, ngày 10 tháng 01 năm 2025")
    _text_box(d, "KẾ HOẠCH")
    d.add_paragraph("Kiểm soát thủ tục hành chính năm 2025 trên địa bàn xã Vĩnh Hậu")
    d.add_paragraph("")
    d.add_paragraph("Thực hiện Kế hoạch của UBND huyện, UBND xã xây dựng Kế hoạch như sau:")
    d.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
    d.add_paragraph("1. Thực hiện có hiệu quả công tác kiểm soát thủ tục hành chính.")
    d.add_paragraph("II. NỘI DUNG")
    d.add_paragraph("(Chi tiết tại phụ lục kèm theo)")
    _signature(d, ["- UBND huyện;", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "(Đã ký)", "Lê Thị Bình"])
    _landscape(d)
    d.add_paragraph("Phụ lục")
    d.add_paragraph("Danh mục nhiệm vụ năm 2025")
    t = d.add_table(rows=6, cols=6)
    _fill(t, 0, ["STT", "TT", "Nội dung công việc", "Cơ quan, đơn vị thực hiện", "Thời gian thực hiện", "Ghi chú"])
    t.cell(1, 1).merge(t.cell(1, 5))
    _fill(t, 1, ["I", "Công khai thủ tục hành chính"])
    _fill(
        t,
        2,
        [
            "1",
            "1",
            "Niêm yết thủ tục hành chính",
            "Công chức Văn phòng - Thống kê chủ trì; công chức Tư pháp phối hợp",
            "Thường xuyên",
            "",
        ],
    )
    _fill(
        t,
        3,
        [
            "2",
            "2",
            "Cập nhật danh mục thủ tục",
            "Công chức Tư pháp - Hộ tịch chủ trì; các công chức có liên quan phối hợp",
            "Quý I",
            "Theo quyết định công bố",
        ],
    )
    t.cell(4, 1).merge(t.cell(4, 5))
    _fill(t, 4, ["II", "Tiếp nhận phản ánh, kiến nghị"])
    _fill(
        t,
        5,
        [
            "3",
            "1",
            "Tiếp nhận, xử lý phản ánh",
            "Công chức Văn phòng - Thống kê chủ trì",
            "Trong vòng 05 ngày làm việc",
            "Sổ tiếp nhận\nBáo cáo hằng quý",
        ],
    )
    d.save(str(path))
    return path


def table_per_page(path: Path) -> Path:
    """A quyết định with its tên loại in a text frame (``w:framePr``), whose phụ lục is typed as one table per
    page, each starting with the same header row,
    the first table also repeating its header inside (typed again before a page break), with a group row
    ("3." over "3.1", "3.2") and a section row typed across the whole width ("A. NHIỆM VỤ CHUNG"), and a
    sentence between the signature and the phụ lục that has no place in a plan."""
    d = docx.Document()
    _head_table(
        d,
        ["ỦY BAN NHÂN DÂN", "THỊ XÃ TÂN CHÂU"],
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
        "Số:      /QĐ-UBND",
        "Tân Châu, ngày      tháng 02 năm 2025",
    )
    framed = d.add_paragraph("QUYẾT ĐỊNH")
    frame = OxmlElement("w:framePr")
    for attr, value in (("w:w", "4000"), ("w:hAnchor", "page"), ("w:xAlign", "center"), ("w:y", "2500")):
        frame.set(qn(attr), value)
    framed._p.get_or_add_pPr().append(frame)
    d.add_paragraph("Ban hành Kế hoạch cải cách thủ tục hành chính năm 2025")
    d.add_paragraph("CHỦ TỊCH ỦY BAN NHÂN DÂN THỊ XÃ TÂN CHÂU")
    d.add_paragraph("Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ;")
    d.add_paragraph("QUYẾT ĐỊNH:")
    d.add_paragraph("Điều 1. Ban hành kế hoạch")
    d.add_paragraph("Ban hành kèm theo Quyết định này Kế hoạch cải cách thủ tục hành chính năm 2025.")
    d.add_paragraph("Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.")
    _signature(d, ["- Như Điều 2;", "- Lưu: VT."], ["CHỦ TỊCH", "", "Trần Văn Cường"])
    d.add_paragraph("Quyết định này thay thế Quyết định số 12/QĐ-UBND ngày 10/01/2024.")
    d.add_paragraph("PHỤ LỤC")
    d.add_paragraph("Nhiệm vụ cải cách thủ tục hành chính năm 2025")
    header = ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Chỉ tiêu phấn đấu"]
    t1 = d.add_table(rows=5, cols=6)
    _fill(t1, 0, header)
    t1.cell(1, 0).merge(t1.cell(1, 5))
    _fill(t1, 1, ["A. NHIỆM VỤ CHUNG"])
    _fill(
        t1,
        2,
        ["1", "Giải quyết hồ sơ đúng hạn", "Các phòng, ban", "Văn phòng HĐND và UBND", "Năm 2025", "Tối thiểu 98%"],
    )
    _fill(t1, 3, header)
    _fill(t1, 4, ["2", "Thanh toán trực tuyến", "Bộ phận Một cửa", "", "Quý IV/2025", "Đạt chỉ tiêu tỉnh giao"])
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    t2 = d.add_table(rows=4, cols=6)
    _fill(t2, 0, header)
    t2.cell(1, 0).merge(t2.cell(1, 5))
    _fill(t2, 1, ["3. Số hóa hồ sơ"])
    _fill(t2, 2, ["3.1", "Số hóa hồ sơ tiếp nhận mới", "Bộ phận Một cửa", "Các phòng, ban", "Thường xuyên", "100%"])
    _fill(
        t2, 3, ["3.2", "Số hóa kết quả giải quyết", "Các phòng, ban", "Bộ phận Một cửa", "Hằng tháng", "Tối thiểu 80%"]
    )
    d.save(str(path))
    return path


def no_table(path: Path) -> Path:
    """A document with text and no table."""
    d = docx.Document()
    d.add_paragraph("QUYẾT ĐỊNH")
    d.add_paragraph("Về việc ban hành quy chế làm việc")
    d.save(str(path))
    return path


def empty(path: Path) -> Path:
    """A document without any text."""
    docx.Document().save(str(path))
    return path


def department_plan(path: Path) -> Path:
    """A kế hoạch of a sở under its province: the head names the cơ quan chủ quản ("UBND TỈNH AN GIANG" over
    "SỞ TƯ PHÁP"), the phụ lục label carries its title ("PHỤ LỤC I: …"), nơi nhận and signature are typed as
    paragraphs with tabs, a column header the aliases do not know ("Kinh phí") and a footnote-free table."""
    d = docx.Document()
    _head_table(
        d,
        ["UBND TỈNH AN GIANG", "SỞ TƯ PHÁP"],
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
        "Số: 08/KH-STP",
        "An Giang, ngày 20/01/2025",
    )
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Kiểm soát thủ tục hành chính năm 2025")
    d.add_paragraph("I. MỤC ĐÍCH")
    d.add_paragraph("Nâng cao chất lượng giải quyết thủ tục hành chính.")
    d.add_paragraph("Nơi nhận:\t\t\tGIÁM ĐỐC")
    d.add_paragraph("- UBND tỉnh;")
    d.add_paragraph("- Lưu: VT, VP.")
    d.add_paragraph("Phạm Văn Dũng")
    d.add_paragraph("PHỤ LỤC I: DANH MỤC NHIỆM VỤ")
    t = d.add_table(rows=3, cols=4)
    _fill(t, 0, ["STT", "Nhiệm vụ", "Thời hạn", "Kinh phí"])
    _fill(t, 1, ["1", "Rà soát quy định thủ tục hành chính", "Quý II/2025", "20 triệu đồng"])
    _fill(t, 2, ["2", "Tập huấn nghiệp vụ", "Tháng 5/2025", ""])
    d.save(str(path))
    return path
