"""What the site's pages show, computed from a :class:`ScoreReport` (the templates only lay it out)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from tthc_cli.report.score_common import MARK, indicator_label, num, target_text, trend, unit_name
from tthc_cli.score.result import AREA, Cell, IndexResult, IndicatorSpec, ScoreReport, Status
from tthc_cli.site.charts import Chart, build_chart


@dataclass(frozen=True)
class CellView:
    """One value as the page prints it, with a key naming it (``indicator|unit|period``)."""

    key: str
    text: str
    mark: str
    label: str
    gap: str
    trend: str
    status: str


@dataclass(frozen=True)
class IndicatorView:
    """An indicator on an area or unit page: the latest value, the trend chart and the table behind it."""

    key: str
    label: str
    target: str
    latest: CellView | None
    chart: Chart | None
    history: list[tuple[str, CellView]]
    ytd: CellView | None


@dataclass(frozen=True)
class Link:
    """A link to another page."""

    href: str
    text: str


@dataclass(frozen=True)
class Page:
    """One HTML page: its file name, its template and what the template shows."""

    file: str
    template: str
    title: str
    data: dict[str, object] = field(default_factory=dict)


def _value_text(cell: Cell, spec: IndicatorSpec) -> str:
    if cell.value is None:
        return "—"
    return num(cell.value) + ("%" if spec.unit == "%" else "")


def cell_view(cell: Cell, spec: IndicatorSpec, unit: str, period: str) -> CellView:
    """The printed form of a cell (the status in words and as a symbol, never only as a colour)."""
    label = "tạm tính" if cell.status is Status.NO_DATA and cell.value is not None else cell.status.label_vi
    gap = f"thiếu {num(cell.gap)}" if cell.status is Status.MISSED and cell.gap is not None else ""
    if gap and cell.needed:
        gap += f" ({cell.needed} hồ sơ)"
    mark = MARK[cell.status] or "·"
    return CellView(
        f"{spec.key}|{unit}|{period}", _value_text(cell, spec), mark, label, gap, trend(cell), cell.status.value
    )


def file_of_unit(unit: str) -> str:
    """The page of a unit (the area is the index)."""
    return "index.html" if unit == AREA else f"don-vi-{unit}.html"


def file_of_period(period: str) -> str:
    """The page of a period ("2024-03" → ``ky-2024-03.html``)."""
    return "ky-" + re.sub(r"[^0-9A-Za-z_-]+", "-", period).strip("-") + ".html"


def _indicator(report: ScoreReport, i: int, spec: IndicatorSpec, unit: str) -> IndicatorView:
    present = [p for p in report.periods if unit in p.cells[i]]
    history = [(p.period, cell_view(p.cells[i][unit], spec, unit, p.period)) for p in present]
    series = [
        (p.period, p.cells[i][unit].value, p.cells[i][unit].status, view.text)
        for p, (_, view) in zip(present, history, strict=True)
    ]
    threshold = spec.target.threshold if spec.target else None
    target = Decimal(str(threshold)) if threshold is not None else None
    chart = None
    if any(value is not None for _, value, _, _ in series):
        chart = build_chart(series, target, target_text(spec), spec.unit == "%")
    ytd = None
    if report.ytd is not None and unit in report.ytd.cells[i]:
        ytd = cell_view(report.ytd.cells[i][unit], spec, unit, report.ytd.period)
    return IndicatorView(
        spec.key, indicator_label(spec), target_text(spec), history[-1][1] if history else None, chart, history, ytd
    )


def subject_page(report: ScoreReport, unit: str, index: dict[str, IndexResult]) -> Page:
    """The page of the area (``unit`` = AREA) or of one unit."""
    indicators = [_indicator(report, i, s, unit) for i, s in enumerate(report.indicators)]
    name = unit_name(report, unit)
    title = f"{name} — {report.locality}" if unit != AREA else f"Kết quả chỉ tiêu {report.locality}"
    return Page(
        file_of_unit(unit),
        "subject.html.j2",
        title,
        {"name": name, "unit": unit, "indicators": indicators, "index766": index.get(unit), "is_area": unit == AREA},
    )


def period_page(report: ScoreReport, k: int) -> Page:
    """The page of one period: every indicator for every unit and the area."""
    period = report.periods[k]
    units = [*(u.id for u in report.units), AREA]
    rows = [
        (
            unit_name(report, u),
            file_of_unit(u),
            [
                cell_view(row[u], s, u, period.period) if u in row else None
                for s, row in zip(report.indicators, period.cells, strict=True)
            ],
        )
        for u in units
    ]
    heads = [(indicator_label(s), target_text(s)) for s in report.indicators]
    return Page(
        file_of_period(period.period),
        "period.html.j2",
        f"Kỳ {period.period} — {report.locality}",
        {"period": period.period, "heads": heads, "rows": rows},
    )


def pages(report: ScoreReport) -> list[Page]:
    """Every page of the site: the area (index), each unit, each period."""
    index = {r.unit: r for r in report.index766}
    out = [subject_page(report, AREA, index)]
    out += [subject_page(report, u.id, index) for u in report.units]
    out += [period_page(report, k) for k in range(len(report.periods))]
    return out


NAV_UNITS = 60
"""Up to this many units, every page links each of them; beyond, every page links the table of the latest
period, which links each unit (a link to every unit on every page would make the site grow with the square
of its units)."""


def navigation(report: ScoreReport) -> dict[str, list[Link]]:
    """The links every page shows: the area, the units (or the table that lists them), the periods (newest
    first)."""
    units = [Link("index.html", unit_name(report, AREA))]
    if len(report.units) <= NAV_UNITS or not report.periods:
        units += [Link(file_of_unit(u.id), u.name) for u in report.units]
    else:
        latest = report.periods[-1].period
        units.append(Link(file_of_period(latest), f"{len(report.units)} đơn vị: xem bảng kỳ {latest}"))
    return {"units": units, "periods": [Link(file_of_period(p.period), p.period) for p in reversed(report.periods)]}
