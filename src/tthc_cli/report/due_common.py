"""Shared helpers of the ``tthc due`` reporters: dates the Vietnamese way, rows grouped by unit."""

from __future__ import annotations

import datetime as dt

from tthc_cli.due.occurrences import APART_LABELS
from tthc_cli.due.result import ApartTask, DueReport, DueStatus, Occurrence


def vn_date(day: dt.date) -> str:
    """ "07/01/2024"."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def heading(report: DueReport) -> str:
    """ "Việc đến hạn và quá hạn tính đến ngày 31/03/2024 (hạn từ 01/03/2024 đến 31/03/2024)"."""
    return (
        f"Việc đến hạn và quá hạn tính đến ngày {vn_date(report.on)} "
        f"(hạn từ {vn_date(report.start)} đến {vn_date(report.end)})"
    )


def tally(report: DueReport) -> str:
    """ "✗ quá hạn: 3 · ! đến hạn: 2 · ✓ đã xong: 1"."""
    parts = []
    for status in DueStatus:
        n = sum(1 for o in report.occurrences if o.status is status)
        if n or status is not DueStatus.LATER:
            parts.append(f"{status.mark} {status.label_vi}: {n}")
    return " · ".join(parts) + f" · liệt kê riêng: {len(report.apart)}"


def by_unit(report: DueReport) -> list[tuple[str, list[Occurrence]]]:
    """The occurrences per unit (units in alphabetical order, each unit's by due date)."""
    groups: dict[str, list[Occurrence]] = {}
    for occ in report.occurrences:
        groups.setdefault(occ.assignee.name, []).append(occ)
    return sorted(groups.items(), key=lambda item: item[0].casefold())


def apart_reason(task: ApartTask) -> str:
    """ "thường xuyên", "theo sự kiện; theo yêu cầu"."""
    return "; ".join(APART_LABELS[r] for r in task.reasons)


def who(task: ApartTask) -> str:
    """ "Văn phòng … (chủ trì); Phòng … (phối hợp)"."""
    return "; ".join(f"{a.name} ({a.role})" for a in task.assignees)


def short(text: str, width: int = 90) -> str:
    """``text`` cut at a word boundary with "…" when longer than ``width``."""
    if len(text) <= width:
        return text
    return text[: width - 1].rsplit(" ", 1)[0] + "…"
