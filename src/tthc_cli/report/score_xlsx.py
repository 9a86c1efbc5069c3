"""``--format xlsx``: the results, the 766 index and the findings as Excel tables an officer can filter.

Everything a reader sees is Vietnamese: headers, "kỳ"/"luỹ kế", statuses ("đạt", "chưa đạt" …). Each sheet is
a real Excel table (filter buttons, banded rows) with its header row frozen; figures are numbers with a
number format (decimals as published, "%" where the indicator is a ratio, thousands grouped for hồ sơ), so
Excel shows them with the reader's decimal separator and can sum them. Text is escaped against formula
injection; the machine-readable codes stay in the CSV and JSON formats.
"""

from __future__ import annotations

import io
import warnings
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


class _Sheet:
    """A sheet written row by row (openpyxl's write-only mode: a workbook of 30.000 units in seconds, not
    minutes), with its header in bold and frozen, its column widths, and an Excel table over its rows."""

    def __init__(self, wb: Any, title: str, table: str, header: list[str], widths: list[int]) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        self.ws = wb.create_sheet(title)
        self._new_cell: Any = WriteOnlyCell  # imported once here, not for each of a large sheet's cells
        self.table = table
        self.header = header
        for i, width in enumerate(widths, start=1):
            self.ws.column_dimensions[get_column_letter(i)].width = width
        self.ws.freeze_panes = "A2"
        bold = Font(bold=True)
        cells = [WriteOnlyCell(self.ws, value=h) for h in header]
        for cell in cells:
            cell.font = bold
        self.ws.append(cells)
        self.rows = 1

    def cell(self, value: object, number_format: str | None = None, fill: Any = None) -> Any:
        """A value with a number format or a fill."""
        cell = self._new_cell(self.ws, value=value)
        if number_format:
            cell.number_format = number_format
        if fill is not None:
            cell.fill = fill
        return cell

    def append(self, values: list[Any]) -> None:
        self.ws.append(values)
        self.rows += 1

    def close(self) -> None:
        """Put the Excel table over the rows written (a sheet with no rows gets none)."""
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.filters import AutoFilter
        from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

        if self.rows > 1:
            ref = f"A1:{get_column_letter(len(self.header))}{self.rows}"
            table = Table(displayName=self.table, ref=ref, autoFilter=AutoFilter(ref=ref))
            # a streamed sheet keeps no cells to name the columns from: they are named from the header
            table.tableColumns = [TableColumn(id=i, name=name) for i, name in enumerate(self.header, start=1)]
            table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
            with warnings.catch_warnings():  # openpyxl warns on every streamed table, columns named or not
                warnings.filterwarnings("ignore", "In write-only mode you must add table columns", UserWarning)
                self.ws.add_table(table)


def _results(sheet: _Sheet, report: ScoreReport) -> None:
    from openpyxl.styles import PatternFill

    fills = {status: PatternFill("solid", fgColor=color) for status, color in _FILL.items()}
    for r in flat_rows(report):
        c = r.cell
        places = _decimals(r.spec.precision)
        value = places + ('"%"' if r.spec.unit == "%" else "")
        sheet.append(
            [
                safe_text(r.period),
                _KIND.get(r.kind, r.kind),
                safe_text(r.spec.no or ""),
                safe_text(r.spec.name),
                safe_text(r.unit),
                safe_text(r.unit_name),
                sheet.cell(_n(c.value), value),
                safe_text(target_text(r.spec)),
                sheet.cell(c.status.label_vi, fill=fills.get(c.status)),
                sheet.cell(_n(c.gap), places),
                sheet.cell(c.needed, _COUNT),
                sheet.cell(_n(c.numerator), _COUNT),
                sheet.cell(_n(c.denominator), _COUNT),
                sheet.cell(_n(c.previous), value),
                sheet.cell(_n(c.change), f"+{places};-{places};0"),
                safe_text(", ".join(c.missing)),
                r.spec.key,
            ]
        )


def _index(sheet: _Sheet, report: ScoreReport) -> None:
    points, percent = "0.00", '0.00"%"'
    for r in report.index766:
        name = safe_text(unit_name(report, r.unit))
        for g in r.groups:
            for c in g.criteria:
                sheet.append(
                    [
                        name,
                        safe_text(g.name),
                        safe_text(c.name),
                        sheet.cell(_n(c.max_points), points),
                        sheet.cell(_n(c.ratio), percent),
                        sheet.cell(_n(c.points), points),
                        safe_text(", ".join(c.lacking)),
                        "có" if c.confirmed else "chưa",
                    ]
                )
        total = "Tổng" if r.complete else f"Tổng ({PROVISIONAL_VI})"
        row = [name, total, safe_text(r.band_text), sheet.cell(100, points), sheet.cell(None, percent)]
        sheet.append([*row, sheet.cell(_n(r.total), points), "", ""])


def _findings(sheet: _Sheet, report: ScoreReport) -> None:
    for d in report.findings:
        sheet.append(
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


def render_xlsx(report: ScoreReport) -> bytes:
    """The workbook's bytes (openpyxl is imported here, only when this format is asked for)."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    widths = [9, 8, 5, 50, 16, 28, 10, 18, 16, 10, 10, 10, 10, 10, 10, 24, 20]
    results = _Sheet(wb, "Kết quả", "KetQua", RESULT_HEADER, widths)
    _results(results, report)
    header = ["Đơn vị", "Nhóm", "Tiêu chí", "Điểm tối đa", "Tỷ lệ", "Điểm", "Thiếu số liệu", "Đã đối chiếu"]
    index = _Sheet(wb, "Chỉ số 766", "ChiSo766", header, [28, 40, 50, 11, 10, 10, 24, 12])
    _index(index, report)
    found = _Sheet(
        wb, "Phát hiện", "PhatHien", ["Mã", "Mức", "Tệp", "Dòng", "Cột", "Nội dung", "Gợi ý"], [8, 10, 30, 7, 6, 60, 40]
    )
    _findings(found, report)
    for sheet in (results, index, found):
        sheet.close()
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
