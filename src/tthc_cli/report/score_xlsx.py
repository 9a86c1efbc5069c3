"""``--format xlsx``: the flat table, the 766 index and the findings as sheets of a workbook."""

from __future__ import annotations

import io

from tthc_cli.report.score_common import unit_name
from tthc_cli.report.score_csv import flat_table
from tthc_cli.score.result import ScoreReport
from tthc_cli.text.csvsafe import safe_text


def render_xlsx(report: ScoreReport) -> bytes:
    """The workbook's bytes (openpyxl is imported here, only when this format is asked for)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "Kết quả"
    numeric = {7, 10, 11, 12, 13, 14, 15}
    for i, row in enumerate(flat_table(report)):
        ws.append([float(v) if i and j in numeric and v else v for j, v in enumerate(row)])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    red = PatternFill("solid", fgColor="F8D7DA")
    green = PatternFill("solid", fgColor="D4EDDA")
    for row in ws.iter_rows(min_row=2):
        fill = {"dat": green, "chua-dat": red}.get(str(row[9].value))
        if fill is not None:
            row[9].fill = fill
    idx = wb.create_sheet("Chỉ số 766")
    idx.append(["Đơn vị", "Nhóm", "Tiêu chí", "Điểm tối đa", "Tỷ lệ (%)", "Điểm", "Thiếu số liệu", "Đã đối chiếu"])
    for r in report.index766:
        for g in r.groups:
            for c in g.criteria:
                idx.append(
                    [
                        safe_text(unit_name(report, r.unit)),
                        safe_text(g.name),
                        safe_text(c.name),
                        float(c.max_points),
                        None if c.ratio is None else float(c.ratio),
                        None if c.points is None else float(c.points),
                        safe_text(", ".join(c.lacking)),
                        "có" if c.confirmed else "chưa",
                    ]
                )
        idx.append([safe_text(unit_name(report, r.unit)), "Tổng", safe_text(r.band or ""), 100, None, float(r.total)])
    found = wb.create_sheet("Phát hiện")
    found.append(["Mã", "Mức", "Tệp", "Dòng", "Cột", "Nội dung", "Gợi ý"])
    for d in report.findings:
        found.append(
            [
                d.code,
                d.severity.label_vi,
                safe_text(d.file),
                d.line,
                d.column,
                safe_text(d.message),
                safe_text(d.hint or ""),
            ]
        )
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
