"""What the monthly báo cáo prints, independent of how it was computed.

:func:`from_score` turns the values of ``tthc score`` (a ``ScoreReport`` and the counts of the period) into a
:class:`ReportInput`; the document part (``report_doc``) reads only this, so it can be tested with
hand-made figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tthc_cli.errors import InputError
from tthc_cli.findings import Severity
from tthc_cli.render.plan_file import LoadedPlan
from tthc_cli.workspace import Workspace


@dataclass(frozen=True)
class UnitValue:
    """One unit's value of an indicator."""

    name: str
    value: float | None
    met: bool | None
    """``None`` when there is no data or no target."""


@dataclass(frozen=True)
class IndicatorLine:
    """One indicator of the plan with the area's value and status."""

    no: str
    name: str
    target: str
    """The target as printed in the plan ("Tối thiểu 50")."""
    threshold: float | None
    unit: str
    """"%", "điểm" or "hồ sơ"."""
    value: float | None
    status: str
    """In words: "đạt", "chưa đạt", "không có dữ liệu", "không có chỉ tiêu", "tạm tính"."""
    units: tuple[UnitValue, ...] = ()
    provisional: bool = False
    """A value computed without every input (a 766 total lacking criteria): printed "tạm tính", not judged."""


@dataclass(frozen=True)
class ReportInput:
    """The figures of one report."""

    period: str
    """``2024-03`` (a month), ``2024-Q1`` or ``2024``."""
    totals: dict[str, float] = field(default_factory=dict)
    """The area's counts by metric id (received_new, resolved_late, …); absent metrics are not printed."""
    indicators: tuple[IndicatorLine, ...] = ()
    unit_totals: dict[str, dict[str, float]] = field(default_factory=dict)
    """Each unit's counts by metric id (unit id → metric → value), for the figures by unit group."""
    unit_names: dict[str, str] = field(default_factory=dict)
    """Printed name of each unit id."""


def _f(value: Any) -> float | None:
    return None if value is None else float(value)


def from_score(
    report: Any, totals: dict[str, float], unit_totals: dict[str, dict[str, float]] | None = None
) -> ReportInput:
    """A :class:`ReportInput` from a ``tthc_cli.score.result.ScoreReport`` (its latest period)."""
    latest = report.latest
    if latest is None:
        raise InputError("không có số liệu của kỳ nào để báo cáo")
    names = {u.id: u.name for u in report.units}
    lines = []
    for spec, cells in zip(report.indicators, latest.cells, strict=True):
        area = cells.get("*")
        provisional = area is not None and area.value is not None and bool(area.missing)
        units = tuple(
            UnitValue(names.get(uid, uid), _f(c.value), _met(c.status.value))
            for uid, c in cells.items()
            if uid != "*" and c.status.value != "khong-giao"
        )
        lines.append(
            IndicatorLine(
                no=spec.no or "",
                name=spec.name,
                target=spec.target.text if spec.target else "",
                threshold=spec.target.threshold if spec.target else None,
                unit=spec.unit,
                value=_f(area.value) if area else None,
                status="tạm tính" if provisional else (area.status.label_vi if area else "không có dữ liệu"),
                units=units,
                provisional=provisional,
            )
        )
    return ReportInput(
        period=latest.period,
        totals=totals,
        indicators=tuple(lines),
        unit_totals=unit_totals or {},
        unit_names=names,
    )


def _met(status: str) -> bool | None:
    return {"dat": True, "chua-dat": False}.get(status)


def report_input(ws: Workspace, loaded: LoadedPlan, counts: list[Path]) -> ReportInput:
    """Score ``counts`` against the plan with the scoring pipeline of ``tthc score`` and return the
    report's figures: the area's counts of the latest period and every indicator's status."""
    from tthc_cli.load.counts import expand_paths
    from tthc_cli.score.pipeline import score_plan

    scored = score_plan(ws, loaded.path, expand_paths([str(p) for p in counts]))
    errors = [d for d in scored.report.findings if d.severity is Severity.ERROR]
    if errors:  # a report is signed: never print figures from counts that could not all be read
        first, more = errors[0], f" (và {len(errors) - 1} lỗi khác)" if len(errors) > 1 else ""
        raise InputError(
            f"{first.file}:{first.line}:{first.column}: {first.message}{more}",
            hint="chạy 'tthc score' với cùng tệp số liệu để xem mọi lỗi",
        )
    return from_score(scored.report, scored.latest_totals(), scored.latest_by_unit())
