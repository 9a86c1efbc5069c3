"""The default output of ``tthc score``: rich tables (units × indicators) with status colours and ▲▼ trends."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from rich.cells import cell_len

from tthc_cli.report.plain_table import MAX_BOXED_ROWS, plain_table
from tthc_cli.report.score_common import (
    cell_summary,
    counts_summary,
    index_total,
    indicator_label,
    num,
    row_units,
    target_text,
    unit_name,
)
from tthc_cli.report.table_fit import min_width, part_title, split_columns
from tthc_cli.score.result import AREA, IndicatorSpec, PeriodResult, ScoreReport, Status
from tthc_cli.text.escape import visible

if TYPE_CHECKING:
    from rich.console import Console

_STYLE = {
    Status.MET: "green",
    Status.MISSED: "bold red",
    Status.NO_DATA: "dim",
    Status.NO_TARGET: "",
    Status.NOT_ASSIGNED: "dim",
}
_MIN = 12
"""Narrowest indicator column (cells wrap inside it)."""
_LABEL = 30
"""Widest the unit column is counted when splitting (longer names wrap)."""
_INDEX_TITLE = "Bộ chỉ số 766 (kỳ gần nhất)"


def _short(name: str, width: int = 34) -> str:
    return name if len(name) <= width else name[: width - 1].rstrip() + "…"


def _head(spec: IndicatorSpec) -> str:
    return f"{_short(visible(indicator_label(spec)))}\nchỉ tiêu: {visible(target_text(spec))}"


def _period_tables(report: ScoreReport, result: PeriodResult, title: str, width: int) -> list[object]:
    """The period's table, split into parts of indicators that fit in ``width`` (see :mod:`.table_fit`)."""
    from rich.table import Table
    from rich.text import Text

    units = row_units(report)
    names = {u: visible(unit_name(report, u)) for u in units}
    texts = [
        [cell_summary(row[u], spec) for u in units if u in row]
        for spec, row in zip(report.indicators, result.cells, strict=True)
    ]
    widths = [min_width([_head(spec), *t], _MIN) for spec, t in zip(report.indicators, texts, strict=True)]
    first = min(max(min_width(names.values(), _MIN), 12), _LABEL)
    tables: list[object] = []
    for part in split_columns(first, widths, width):
        # Text objects throughout: a plain str in a rich table is read as markup, and names come from input
        heading = Text(visible(part_title(title, part, len(widths), "chỉ tiêu")))
        table = Table(title=heading, show_lines=True, title_justify="left")
        # "fold": a word longer than its column (a metric id) breaks across lines instead of losing its end
        table.add_column("Đơn vị", no_wrap=False, min_width=min(first, 12), overflow="fold")
        for i in part:
            table.add_column(Text(_head(report.indicators[i])), justify="right", min_width=_MIN, overflow="fold")
        for unit in units:
            cells: list[object] = [Text(names[unit], style="bold" if unit == AREA else "")]
            for i in part:
                cell = result.cells[i].get(unit)
                spec = report.indicators[i]
                cells.append(Text(cell_summary(cell, spec), style=_STYLE[cell.status]) if cell else Text(""))
            table.add_row(*cells)  # type: ignore[arg-type]
        tables.append(table)
    return tables


def _plain_parts(
    title: str, names: list[str], heads: list[str], columns: list[list[str]], right: set[int], width: int, noun: str
) -> list[str]:
    """A long table's lines (:mod:`.plain_table`): the unit column, then ``columns`` (with ``heads``), split
    into parts that fit ``width`` as the boxed tables are; the columns numbered in ``right`` align right."""
    first = max(cell_len(n) for n in ["Đơn vị", *names])
    widths = [
        max(cell_len(line) for text in (head, *col) for line in text.split("\n"))
        for head, col in zip(heads, columns, strict=True)
    ]
    lines: list[str] = []
    for part in split_columns(first, widths, width):
        rows = [[name, *(columns[i][r] for i in part)] for r, name in enumerate(names)]
        aligned = {k + 1 for k, i in enumerate(part) if i in right}
        heading = visible(part_title(title, part, len(widths), noun))
        sizes = [first, *(widths[i] for i in part)]
        lines += [*plain_table(heading, ["Đơn vị", *(heads[i] for i in part)], rows, sizes, aligned), ""]
    return lines


def _plain_period_tables(report: ScoreReport, result: PeriodResult, title: str, width: int) -> list[str]:
    """:func:`_period_tables` for a long table: the same parts, columns and cells, without boxes."""
    units = row_units(report)
    names = [visible(unit_name(report, u)) for u in units]
    columns = [
        [cell_summary(row[u], spec) if u in row else "" for u in units]
        for spec, row in zip(report.indicators, result.cells, strict=True)
    ]
    heads = [_head(spec) for spec in report.indicators]
    return _plain_parts(title, names, heads, columns, set(range(len(heads))), width, "chỉ tiêu")


def _index_rows(report: ScoreReport) -> tuple[list[str], list[list[str]]]:
    """The 766 table's heads and rows, as text (the boxed and the plain table print the same)."""
    groups = report.index766[0].groups if report.index766 else []
    heads = ["Đơn vị", *(f"{_short(visible(g.name), 20)}\n/{num(g.max_points.normalize())}" for g in groups)]
    heads += ["Tổng /100", "Xếp loại", "Tiêu chí thiếu số liệu"]
    rows = [
        [
            visible(unit_name(report, r.unit)),
            *(num(g.points) for g in r.groups),
            index_total(r),
            visible(r.band_text),
            str(len(r.lacking)),
        ]
        for r in report.index766
    ]
    return heads, rows


def _plain_index_table(report: ScoreReport, width: int) -> list[str]:
    heads, rows = _index_rows(report)
    columns = [[row[i] for row in rows] for i in range(1, len(heads))]
    band = len(heads) - 3  # the band is words; points, total and count are numbers
    right = set(range(len(columns))) - {band}
    return _plain_parts(_INDEX_TITLE, [row[0] for row in rows], heads[1:], columns, right, width, "cột")


def _index_table(report: ScoreReport) -> object:
    from rich.table import Table
    from rich.text import Text

    table = Table(title=_INDEX_TITLE, title_justify="left")
    heads, rows = _index_rows(report)
    table.add_column(heads[0], overflow="fold")
    for head in heads[1:-3]:
        table.add_column(Text(head), justify="right", overflow="fold")
    table.add_column(heads[-3], justify="right")
    table.add_column(heads[-2], overflow="fold")
    table.add_column(heads[-1], justify="right", overflow="fold")
    for row in rows:
        table.add_row(Text(row[0]), *row[1:-2], Text(row[-2]), row[-1])
    return table


def _findings(console: Console, report: ScoreReport) -> None:
    for d in report.findings:
        line = f"{d.file}:{d.line}:{d.column}: {d.severity.label_vi} {d.message} [{d.code}]"
        console.print(visible(line), markup=False)
        if d.hint:
            console.print(visible(f"    gợi ý: {d.hint}"), markup=False)


def _write_plain(console: Console, stream: TextIO, report: ScoreReport, title: str) -> None:
    """The report of a long table (:mod:`.plain_table`), in the order of the boxed one."""
    assert report.latest is not None
    console.print(
        f"Bảng có {len(row_units(report))} dòng: in thành cột, không kẻ khung (đủ mọi dòng, mọi cột; một bảng: "
        "--format xlsx hoặc csv).",
        markup=False,
    )
    lines = _plain_period_tables(report, report.latest, title, console.width)
    if report.ytd is not None:
        ytd_title = report.ytd.period[:1].upper() + report.ytd.period[1:]
        lines += _plain_period_tables(report, report.ytd, ytd_title, console.width)
    if report.index766:
        lines += _plain_index_table(report, console.width)
    stream.write("\n".join(lines))
    _footer(console, report)


def _footer(console: Console, report: ScoreReport) -> None:
    assert report.latest is not None
    if report.index766:
        console.print("Trọng số tiêu chí của Bộ chỉ số 766 chưa được đối chiếu đầy đủ với văn bản (xem index766.yaml).")
    _findings(console, report)
    s = counts_summary(report)
    console.print(
        f"Kỳ {report.latest.period}: {s['dat']} đạt, {s['chua-dat']} chưa đạt, {s['khong-co-du-lieu']} không có "
        "dữ liệu.",
        markup=False,
    )


def write_table(report: ScoreReport, stream: TextIO, *, width: int | None = None, color: bool = True) -> None:
    """Print the report's tables, the 766 index, the counts findings and a one-line summary."""
    from rich.console import Console

    console = Console(file=stream, width=width, no_color=not color, highlight=False, soft_wrap=False)
    latest = report.latest
    if latest is None:
        console.print("Không có số liệu nào để chấm.")
        _findings(console, report)
        return
    title = f"Kết quả chỉ tiêu kỳ {latest.period} — {report.locality}"
    if len(row_units(report)) > MAX_BOXED_ROWS:
        _write_plain(console, stream, report, title)
        return
    tables = _period_tables(report, latest, title, console.width)
    if len(tables) > 1:
        console.print(
            f"Bảng {len(report.indicators)} chỉ tiêu rộng hơn màn hình ({console.width} cột): in thành "
            f"{len(tables)} phần, không bỏ cột nào (một bảng: --format xlsx, csv hoặc markdown).",
            markup=False,
        )
    for table in tables:
        console.print(table)
    if report.ytd is not None:
        ytd_title = report.ytd.period[:1].upper() + report.ytd.period[1:]
        for table in _period_tables(report, report.ytd, ytd_title, console.width):
            console.print(table)
    if report.index766:
        console.print(_index_table(report))
    _footer(console, report)
