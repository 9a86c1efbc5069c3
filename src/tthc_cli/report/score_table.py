"""The default output of ``tthc score``: rich tables (units × indicators) with status colours and ▲▼ trends."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from tthc_cli.report.score_common import (
    cell_summary,
    counts_summary,
    indicator_label,
    num,
    row_units,
    target_text,
    unit_name,
)
from tthc_cli.score.result import AREA, PeriodResult, ScoreReport, Status
from tthc_cli.text.escape import visible

if TYPE_CHECKING:
    from rich.console import Console

_STYLE = {Status.MET: "green", Status.MISSED: "bold red", Status.NO_DATA: "dim", Status.NO_TARGET: ""}


def _short(name: str, width: int = 34) -> str:
    return name if len(name) <= width else name[: width - 1].rstrip() + "…"


def _period_table(report: ScoreReport, result: PeriodResult, title: str) -> object:
    from rich.table import Table
    from rich.text import Text

    # Text objects throughout: a plain str in a rich table is read as markup, and names come from input
    table = Table(title=Text(visible(title)), show_lines=True, title_justify="left")
    table.add_column("Đơn vị", no_wrap=False, min_width=12)
    for spec in report.indicators:
        head = f"{_short(visible(indicator_label(spec)))}\nchỉ tiêu: {visible(target_text(spec))}"
        table.add_column(Text(head), justify="right", min_width=12)
    for unit in row_units(report):
        label = Text(visible(unit_name(report, unit)), style="bold" if unit == AREA else "")
        cells: list[object] = [label]
        for spec, row in zip(report.indicators, result.cells, strict=True):
            cell = row.get(unit)
            cells.append(Text(cell_summary(cell, spec), style=_STYLE[cell.status]) if cell else Text(""))
        table.add_row(*cells)  # type: ignore[arg-type]
    return table


def _index_table(report: ScoreReport) -> object:
    from rich.table import Table
    from rich.text import Text

    table = Table(title="Bộ chỉ số 766 (kỳ gần nhất)", title_justify="left")
    table.add_column("Đơn vị")
    groups = report.index766[0].groups if report.index766 else []
    for g in groups:
        table.add_column(Text(f"{_short(visible(g.name), 20)}\n/{num(g.max_points.normalize())}"), justify="right")
    table.add_column("Tổng /100", justify="right")
    table.add_column("Xếp loại")
    table.add_column("Tiêu chí thiếu số liệu", justify="right")
    for r in report.index766:
        band = (r.band or "—") + ("" if r.complete else " (tạm tính)")
        name = Text(visible(unit_name(report, r.unit)))
        table.add_row(name, *[num(g.points) for g in r.groups], num(r.total), Text(visible(band)), str(len(r.lacking)))
    return table


def _findings(console: Console, report: ScoreReport) -> None:
    for d in report.findings:
        line = f"{d.file}:{d.line}:{d.column}: {d.severity.label_vi} {d.message} [{d.code}]"
        console.print(visible(line), markup=False)
        if d.hint:
            console.print(visible(f"    gợi ý: {d.hint}"), markup=False)


def write_table(report: ScoreReport, stream: TextIO, *, width: int | None = None, color: bool = True) -> None:
    """Print the report's tables, the 766 index, the counts findings and a one-line summary."""
    from rich.console import Console

    console = Console(file=stream, width=width, no_color=not color, highlight=False, soft_wrap=False)
    latest = report.latest
    if latest is None:
        console.print("Không có số liệu nào để chấm.")
        _findings(console, report)
        return
    console.print(_period_table(report, latest, f"Kết quả chỉ tiêu kỳ {latest.period} — {report.locality}"))
    if report.ytd is not None:
        console.print(_period_table(report, report.ytd, report.ytd.period[:1].upper() + report.ytd.period[1:]))
    if report.index766:
        console.print(_index_table(report))
        console.print("Trọng số tiêu chí của Bộ chỉ số 766 chưa được đối chiếu đầy đủ với văn bản (xem index766.yaml).")
    _findings(console, report)
    s = counts_summary(report)
    console.print(
        f"Kỳ {latest.period}: {s['dat']} đạt, {s['chua-dat']} chưa đạt, {s['khong-co-du-lieu']} không có dữ liệu.",
        markup=False,
    )
