"""``--format xlsx``: the results, the 766 index and the findings as Excel tables an officer can filter.

Everything a reader sees is Vietnamese: headers, "kỳ"/"luỹ kế", statuses ("đạt", "chưa đạt" …). Each sheet is
a real Excel table (filter buttons, banded rows) with its header row frozen; figures are numbers with a
number format (decimals as published, "%" where the indicator is a ratio, thousands grouped for hồ sơ), so
Excel shows them with the reader's decimal separator and can sum them. Text is escaped against formula
injection; the machine-readable codes stay in the CSV and JSON formats.
"""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

from tthc_cli.report.score_common import flat_rows, target_text, unit_name
from tthc_cli.score.result import PROVISIONAL_VI, ScoreReport, Status
from tthc_cli.text.csvsafe import safe_text

RESULT_HEADER = [
    "Kỳ",
    "Loại",
    "Stt",
    "Chỉ tiêu",
    "Mã đơn vị",
    "Đơn vị",
    "Kết quả",
    "Chỉ tiêu giao",
    "Đánh giá",
    "Còn thiếu",
    "Số hồ sơ cần thêm",
    "Tử số",
    "Mẫu số",
    "Kỳ trước",
    "Thay đổi",
    "Số liệu còn thiếu",
    "Mã chỉ tiêu",
]
"""The columns of the "Kết quả" sheet, in order."""

_KIND = {"ky": "kỳ", "luy-ke": "luỹ kế"}
_FILL = {Status.MET: "D4EDDA", Status.MISSED: "F8D7DA"}
_COUNT = "#,##0"


def _n(value: Decimal | int | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if isinstance(value, int) else float(value)


def _decimals(precision: int) -> str:
    return "0" + ("." + "0" * precision if precision > 0 else "")


def _results(ws: Any, report: ScoreReport) -> None:
    from openpyxl.styles import PatternFill

    ws.append(RESULT_HEADER)
    for line, r in enumerate(flat_rows(report), start=2):
        c = r.cell
        ws.append(
            [
                safe_text(r.period),
                _KIND.get(r.kind, r.kind),
                safe_text(r.spec.no or ""),
                safe_text(r.spec.name),
                safe_text(r.unit),
                safe_text(r.unit_name),
                _n(c.value),
                safe_text(target_text(r.spec)),
                c.status.label_vi,
                _n(c.gap),
                c.needed,
                _n(c.numerator),
                _n(c.denominator),
                _n(c.previous),
                _n(c.change),
                safe_text(", ".join(c.missing)),
                r.spec.key,
            ]
        )
        row = [ws.cell(row=line, column=i + 1) for i in range(len(RESULT_HEADER))]  # ws.max_row walks every cell
        value = _decimals(r.spec.precision) + ('"%"' if r.spec.unit == "%" else "")
        for i in (6, 13):
            row[i].number_format = value
        row[9].number_format = _decimals(r.spec.precision)
        row[14].number_format = f"+{_decimals(r.spec.precision)};-{_decimals(r.spec.precision)};0"
        for i in (10, 11, 12):
            row[i].number_format = _COUNT
        if c.status in _FILL:
            row[8].fill = PatternFill("solid", fgColor=_FILL[c.status])


def _index(ws: Any, report: ScoreReport) -> None:
    ws.append(["Đơn vị", "Nhóm", "Tiêu chí", "Điểm tối đa", "Tỷ lệ", "Điểm", "Thiếu số liệu", "Đã đối chiếu"])
    for r in report.index766:
        name = safe_text(unit_name(report, r.unit))
        for g in r.groups:
            for c in g.criteria:
                ratio = _n(c.ratio)
                ws.append(
                    [
                        name,
                        safe_text(g.name),
                        safe_text(c.name),
                        _n(c.max_points),
                        ratio,
                        _n(c.points),
                        safe_text(", ".join(c.lacking)),
                        "có" if c.confirmed else "chưa",
                    ]
                )
        total = "Tổng" if r.complete else f"Tổng ({PROVISIONAL_VI})"
        ws.append([name, total, safe_text(r.band_text), 100, None, _n(r.total), "", ""])
    for row in ws.iter_rows(min_row=2):
        row[3].number_format = row[5].number_format = "0.00"
        row[4].number_format = '0.00"%"'


def _findings(ws: Any, report: ScoreReport) -> None:
    ws.append(["Mã", "Mức", "Tệp", "Dòng", "Cột", "Nội dung", "Gợi ý"])
    for d in report.findings:
        ws.append(
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


def _as_table(ws: Any, name: str, widths: list[int]) -> None:
    """Header in bold and frozen, column widths, and an Excel table over the rows (when there are any)."""
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.table import Table, TableStyleInfo

    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "A2"
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    if ws.max_row > 1:
        table = Table(displayName=name, ref=f"A1:{get_column_letter(ws.max_column)}{ws.max_row}")
        table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        ws.add_table(table)


def render_xlsx(report: ScoreReport) -> bytes:
    """The workbook's bytes (openpyxl is imported here, only when this format is asked for)."""
    from openpyxl import Workbook

    wb = Workbook()
    results = wb.active
    results.title = "Kết quả"
    _results(results, report)
    _as_table(results, "KetQua", [9, 8, 5, 50, 16, 28, 10, 18, 16, 10, 10, 10, 10, 10, 10, 24, 20])
    index = wb.create_sheet("Chỉ số 766")
    _index(index, report)
    _as_table(index, "ChiSo766", [28, 40, 50, 11, 10, 10, 24, 12])
    found = wb.create_sheet("Phát hiện")
    _findings(found, report)
    _as_table(found, "PhatHien", [8, 10, 30, 7, 6, 60, 40])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
