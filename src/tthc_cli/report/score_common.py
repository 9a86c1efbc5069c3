"""Shared helpers of the score reporters: Vietnamese number text, status marks, rows of cells."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from tthc_cli.score.result import (
    AREA,
    PROVISIONAL_VI,
    Cell,
    IndexResult,
    IndicatorSpec,
    PeriodResult,
    ScoreReport,
    Status,
)
from tthc_cli.score.rounding import format_vi

AREA_NAME = "Toàn địa bàn"
"""How the whole area is named in reports."""

MARK = {Status.MET: "✓", Status.MISSED: "✗", Status.NO_DATA: "—", Status.NO_TARGET: "", Status.NOT_ASSIGNED: ""}
"""The mark shown after a value for each status."""


def num(value: Decimal | None) -> str:
    """A value in Vietnamese notation, or "—"."""
    return "—" if value is None else format_vi(value)


def signed(value: Decimal) -> str:
    """A change with its sign: "+1,25", "−0,40", "0,00"."""
    text = format_vi(abs(value))
    return ("+" if value > 0 else "−" if value < 0 else "") + text


def trend(cell: Cell) -> str:
    """▲ or ▼ with the change from the previous period, or ""."""
    if cell.change is None or cell.change == 0:
        return "" if cell.change is None else "="
    return ("▲" if cell.change > 0 else "▼") + signed(cell.change)


def target_text(spec: IndicatorSpec) -> str:
    """The target as printed, or "—"."""
    return " ".join(spec.target.text.split()) if spec.target else "—"


def indicator_label(spec: IndicatorSpec) -> str:
    """ "3. Tỷ lệ hồ sơ …" (the number as printed, without a doubled dot)."""
    no = (spec.no or "").rstrip(".")
    return f"{no}. {spec.name}" if no else spec.name


def unit_name(report: ScoreReport, unit: str) -> str:
    """A unit's name (the area is :data:`AREA_NAME`)."""
    if unit == AREA:
        return AREA_NAME
    return report.unit_names.get(unit, unit)


def row_units(report: ScoreReport) -> list[str]:
    """Unit ids in report order, the area last."""
    return [u.id for u in report.units] + [AREA]


def index_total(result: IndexResult) -> str:
    """A 766 total as shown: "86,50", or "9,58 (tạm tính)" when criteria lack inputs."""
    return num(result.total) + ("" if result.complete else f" ({PROVISIONAL_VI})")


def cell_summary(cell: Cell, spec: IndicatorSpec) -> str:
    """A cell in one line of plain text: "97,78 ✗ thiếu 2,22 (5 hồ sơ) ▲+0,50"."""
    if cell.status is Status.NOT_ASSIGNED:
        return cell.status.label_vi
    if cell.value is None:
        why = "mẫu số bằng 0" if cell.zero_division else ("thiếu " + ", ".join(cell.missing) if cell.missing else "")
        return f"— ({why})" if why else "—"
    parts = [num(cell.value) + ("%" if spec.unit == "%" else "")]
    if cell.status is Status.NO_DATA:
        parts.append("(tạm tính)")
    elif MARK[cell.status]:
        parts.append(MARK[cell.status])
    if cell.status is Status.MISSED and cell.gap is not None:
        parts.append(f"thiếu {num(cell.gap)}" + (f" ({cell.needed} hồ sơ)" if cell.needed else ""))
    if trend(cell):
        parts.append(trend(cell))
    return " ".join(parts)


@dataclass(frozen=True)
class FlatRow:
    """One cell of the report with everything a flat format (CSV, XLSX) prints."""

    period: str
    kind: str
    spec: IndicatorSpec
    unit: str
    unit_name: str
    cell: Cell


def flat_rows(report: ScoreReport) -> Iterator[FlatRow]:
    """Every cell: each period, then luỹ kế, by indicator then unit (the area last)."""
    blocks: list[tuple[str, PeriodResult]] = [("ky", p) for p in report.periods]
    if report.ytd is not None:
        blocks.append(("luy-ke", report.ytd))
    for kind, period in blocks:
        units = row_units(report)
        for spec, row in zip(report.indicators, period.cells, strict=True):
            for unit in units:
                if unit in row:
                    yield FlatRow(period.period, kind, spec, unit, unit_name(report, unit), row[unit])


def counts_summary(report: ScoreReport) -> dict[str, int]:
    """How many cells of the latest period are met, missed, without data or without target.

    Only the cells a row gives its target to count: "không giao" cells are not in the summary.
    """
    out = {s.value: 0 for s in Status if s is not Status.NOT_ASSIGNED}
    latest = report.latest
    if latest is not None:
        for row in latest.cells:
            for cell in row.values():
                if cell.status is not Status.NOT_ASSIGNED:
                    out[cell.status.value] += 1
    return out
