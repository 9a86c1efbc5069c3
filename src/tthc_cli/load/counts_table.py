"""Turning a grid of cells into counts per period and unit, with located findings."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from fractions import Fraction

from tthc_cli import codes
from tthc_cli.findings import Diagnostic
from tthc_cli.load.counts_findings import column_letter, counts_finding
from tthc_cli.load.counts_grid import Cell, Grid, Row
from tthc_cli.load.counts_header import SCAN_ROWS, Header, HeaderReader, cell_text
from tthc_cli.load.counts_numbers import BadNumber, parse_cell_number, parse_period
from tthc_cli.model.counts import PeriodCounts, Printed
from tthc_cli.model.metrics import MetricCatalogue
from tthc_cli.text.csvsafe import unsafe_text
from tthc_cli.text.invisible import explain
from tthc_cli.text.normalize import fold
from tthc_cli.units.match import UnitMatcher

_TOTAL_PREFIXES = ("tổng cộng", "cộng ", "tổng số")
MAX_PER_CODE = 100
"""Findings of one code kept per file; the rest are counted in one last finding (a broken export of a
million rows must not print a million lines, nor hold them in memory)."""
MAX_HINTS = 10
"""Unknown unit names of a file that get a "có phải …?" hint (each hint compares with every unit)."""


@dataclass
class TableRead:
    """What one file contributed: counts by period, unit names, findings."""

    periods: dict[str, PeriodCounts] = field(default_factory=dict)
    unit_names: dict[str, str] = field(default_factory=dict)
    findings: list[Diagnostic] = field(default_factory=list)
    rows: int = 0
    """Rows of counts read."""


class _Reader:
    def __init__(self, grid: Grid, catalogue: MetricCatalogue, units: UnitMatcher, period: str) -> None:
        self.grid, self.units, self.default_period = grid, units, period
        self.headers = HeaderReader(catalogue)
        self.totals = {fold(t) for t in catalogue.totals}
        self.out = TableRead()
        self.running: dict[str, dict[str, Fraction]] = {}
        self.reported_metrics: set[str] = set()
        self.per_code: dict[str, int] = {}

    def note(self, code: str, line: int, col: int, message: str, hint: str | None = None) -> None:
        shown = self.per_code.get(code, 0)
        self.per_code[code] = shown + 1
        if shown < MAX_PER_CODE:
            self.out.findings.append(counts_finding(code, self.grid.file, line, col, message, hint))

    def _left_out(self) -> None:
        for code, found in self.per_code.items():
            if found > MAX_PER_CODE:
                message = f"còn {found - MAX_PER_CODE} phát hiện {code} khác trong tệp này (chỉ in {MAX_PER_CODE})"
                self.out.findings.append(counts_finding(code, self.grid.file, 1, 1, message))

    def where(self, line: int, col: int) -> str:
        """Cell reference for messages: "C5" in a sheet, "dòng 5, cột 3" in CSV."""
        if self.grid.merged or self.grid.file.endswith((".xlsx", "]")):
            return f"ô {column_letter(col)}{line}"
        return f"dòng {line}, cột {col}"

    def run(self) -> TableRead:
        for code, line, col, msg in self.grid.notes:
            self.note(code, line, col, msg)
        if any(code == codes.COUNTS_UNREADABLE for code, *_ in self.grid.notes):
            return self.out
        seen_notes = len(self.grid.notes)
        rows = iter(self.grid.rows)
        head = _head(rows)
        nonempty = [(n, cells) for n, cells in head if any(cell_text(c) for c in cells)]
        header = self.headers.find(self.grid.filled(head, nonempty[-1][0])) if nonempty else None
        if header is not None:
            self._report_header(header)
            self._data(header, itertools.chain(self.grid.filled(head, header.row), rows))
        for code, line, col, msg in self.grid.notes[seen_notes:]:  # noticed while streaming the rows
            self.note(code, line, col, msg)
        if not nonempty:
            self.note(codes.COUNTS_NO_DATA, 1, 1, "tệp không có số liệu (tệp rỗng)")
        elif header is None:
            self._no_header(nonempty[0])
        self._left_out()
        return self.out

    def _data(self, header: Header, rows: Iterable[Row]) -> None:
        for r0, c0, _r1, _c1, coord in self.grid.merged:
            if r0 > header.row:
                self.note(
                    codes.COUNTS_MERGED_CELL,
                    r0,
                    c0,
                    f"ô gộp {coord} trong vùng số liệu; chỉ ô đầu tiên được đọc",
                    "bỏ gộp ô và ghi số liệu vào từng ô",
                )
        below = 0
        for line, cells in rows:
            if line > header.row and any(cell_text(c) for c in cells):
                below += 1
                if header.long:
                    self._long_row(header, line, cells)
                else:
                    self._wide_row(header, line, cells)
        if below == 0:
            self.note(codes.COUNTS_NO_DATA, header.row, 1, "không có dòng số liệu nào dưới dòng tiêu đề")

    def _no_header(self, first: tuple[int, list[Cell]]) -> None:
        line, cells = first
        text = " ".join(cell_text(c) for c in cells)
        hint = "cần một cột 'Đơn vị' (hoặc 'unit') và các cột số liệu theo mã hoặc tên trong danh mục"
        if len(cells) == 1 and any(sep in text for sep in "|:/"):
            hint = "không nhận ra dấu phân cách; hãy dùng dấu phẩy, chấm phẩy hoặc tab"
        self.note(codes.COUNTS_NO_HEADER, line, 1, "không tìm thấy dòng tiêu đề có cột đơn vị và cột số liệu", hint)

    def _report_header(self, header: Header) -> None:
        for col, (metric, first) in header.repeated.items():
            self.note(
                codes.COUNTS_DUPLICATE,
                header.row,
                col + 1,
                f"cột {col + 1} lại là số liệu {metric} (đã có ở cột {first + 1}); chỉ cột đầu được đọc",
                "xóa hoặc đổi tên một trong hai cột",
            )
        for col, text in header.unknown.items():
            close = self.headers.suggest(text)
            hint = ("có phải: " + ", ".join(close) + "?") if close else "xem danh mục số liệu (metrics.yaml)"
            self.note(
                codes.COUNTS_UNKNOWN_METRIC,
                header.row,
                col + 1,
                f"cột '{text}' không phải số liệu nào trong danh mục; bỏ qua",
                hint,
            )

    def _period(self, header: Header, cells: list[Cell]) -> str:
        if header.period is not None and header.period < len(cells):
            return parse_period(cells[header.period]) or self.default_period
        return self.default_period

    def _number(self, line: int, col: int, cell: Cell) -> Fraction | None:
        try:
            value = parse_cell_number(cell)
        except BadNumber as exc:
            self.note(
                codes.COUNTS_BAD_NUMBER,
                line,
                col + 1,
                f"{self.where(line, col + 1)}: '{exc}' {exc.reason}",
                "ghi số nguyên, ví dụ 1886 hoặc 1.886; để trống nếu không có số liệu",
            )
            return None
        if value is not None and value.denominator != 1:
            text = cell_text(cell)
            self.note(
                codes.COUNTS_BAD_NUMBER,
                line,
                col + 1,
                f"{self.where(line, col + 1)}: '{text}' không phải số nguyên; số hồ sơ phải là số nguyên",
                f"có thể bảng in số theo đơn vị nghìn ({text} nghìn hồ sơ): ghi đủ số hồ sơ, ví dụ 1.886",
            )
            return None
        if value is not None and value.numerator < 0:  # not Fraction.__lt__: this runs for every cell
            self.note(
                codes.COUNTS_NEGATIVE, line, col + 1, f"{self.where(line, col + 1)}: số liệu âm ({cell_text(cell)})"
            )
            return None
        return value

    def _unit(self, line: int, col: int, text: str) -> tuple[str, str] | None:
        found = self.units.match(text)
        if found is None:
            # the "did you mean" search runs over every unit: made for the first few unknown names only
            hint = (
                (explain(text) or self.units.hint(text))
                if self.per_code.get(codes.COUNTS_UNKNOWN_UNIT, 0) < MAX_HINTS
                else None
            )
            self.note(codes.COUNTS_UNKNOWN_UNIT, line, col + 1, f"đơn vị '{text}' không có trong danh mục đơn vị", hint)
            return None
        self.out.unit_names.setdefault(*found)
        return found

    def _is_total(self, text: str) -> bool:
        key = fold(text)
        return key in self.totals or key.startswith(_TOTAL_PREFIXES)

    def _wide_row(self, header: Header, line: int, cells: list[Cell]) -> None:
        width = len(cells)
        unit_text = unsafe_text(cell_text(cells[header.unit])) if header.unit < width else ""
        present: dict[str, Fraction] = {}
        has_numbers = False
        for c, m in header.metrics.items():
            if c < width:
                has_numbers = has_numbers or bool(cell_text(cells[c]))
                value = self._number(line, c, cells[c])
                if value is not None:
                    present[m] = value
        period = self._period(header, cells)
        if not unit_text:
            if has_numbers:
                self.note(codes.COUNTS_UNKNOWN_UNIT, line, header.unit + 1, "dòng có số liệu nhưng thiếu tên đơn vị")
            return
        if self._is_total(unit_text):
            self._check_total(header, line, period, present)
            return
        if not has_numbers and self.units.match(unit_text) is None:
            return  # a heading row such as "I. Cấp xã"
        found = self._unit(line, header.unit, unit_text)
        if found is None:
            return
        pc = self.out.periods.setdefault(period, PeriodCounts(period))
        if found[0] in pc.units:
            first = pc.where[found[0]][1]
            self.note(
                codes.COUNTS_DUPLICATE,
                line,
                header.unit + 1,
                f"đơn vị '{unit_text}' lặp lại trong kỳ {period} (lần đầu ở dòng {first})",
            )
            return
        pc.units[found[0]] = present
        pc.where[found[0]] = (self.grid.file, line)
        self._printed(header, line, cells, pc, found[0])
        self.out.rows += 1
        run = self.running.setdefault(period, {})
        for m, v in present.items():
            run[m] = run.get(m, Fraction(0)) + v

    def _printed(self, header: Header, line: int, cells: list[Cell], pc: PeriodCounts, unit: str) -> None:
        for col, text in header.printed.items():
            cell = cells[col] if col < len(cells) else None
            try:
                value = parse_cell_number(cell)
            except BadNumber as exc:
                self.note(codes.COUNTS_BAD_NUMBER, line, col + 1, f"{self.where(line, col + 1)}: '{exc}' không phải số")
                continue
            if value is not None:
                figure = Printed(text, value, cell_text(cell), line, col + 1)
                pc.printed.setdefault(unit, []).append(figure)

    def _check_total(self, header: Header, line: int, period: str, present: dict[str, Fraction]) -> None:
        run = self.running.pop(period, {})
        cols = {m: c for c, m in header.metrics.items()}
        for m, v in present.items():
            if m in run and run[m] != v:
                self.note(
                    codes.COUNTS_TOTAL_MISMATCH,
                    line,
                    cols[m] + 1,
                    f"dòng tổng: {m} = {v} khác tổng các đơn vị phía trên = {run[m]}",
                    "dòng tổng không được dùng để tính; kiểm tra số liệu các đơn vị",
                )

    def _long_row(self, header: Header, line: int, cells: list[Cell]) -> None:
        assert header.metric is not None and header.value is not None

        def get(i: int) -> Cell:
            return cells[i] if i < len(cells) else None

        unit_text, metric_text = cell_text(get(header.unit)), cell_text(get(header.metric))
        if not unit_text or self._is_total(unit_text):
            return
        metric = self.headers.metric_index.get(fold(metric_text))
        if metric is None:
            if metric_text not in self.reported_metrics:
                self.reported_metrics.add(metric_text)
                close = self.headers.suggest(metric_text)
                self.note(
                    codes.COUNTS_UNKNOWN_METRIC,
                    line,
                    header.metric + 1,
                    f"'{metric_text}' không phải số liệu nào trong danh mục",
                    ("có phải: " + ", ".join(close) + "?") if close else None,
                )
            return
        value = self._number(line, header.value, get(header.value))
        found = self._unit(line, header.unit, unit_text)
        if found is None or value is None:
            return
        period = self._period(header, cells)
        pc = self.out.periods.setdefault(period, PeriodCounts(period))
        counts = pc.units.setdefault(found[0], {})
        pc.where.setdefault(found[0], (self.grid.file, line))
        if metric in counts:
            self.note(
                codes.COUNTS_DUPLICATE,
                line,
                header.metric + 1,
                f"'{unit_text}' có hai giá trị {metric} trong kỳ {period}",
            )
            return
        counts[metric] = value
        self.out.rows += 1


def _head(rows: Iterator[Row]) -> list[Row]:
    """The first rows, up to the :data:`SCAN_ROWS`-th non-empty one: where the header is looked for."""
    head: list[Row] = []
    found = 0
    for line, cells in rows:
        head.append((line, cells))
        found += any(cell_text(c) for c in cells)
        if found >= SCAN_ROWS:
            break
    return head


def read_table(grid: Grid, catalogue: MetricCatalogue, units: UnitMatcher, period: str) -> TableRead:
    """Read the counts of one grid; rows without a period column belong to ``period``."""
    return _Reader(grid, catalogue, units, period).run()
