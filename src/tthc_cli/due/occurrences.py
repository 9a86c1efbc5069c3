"""The due dates a structured deadline stands for within the plan's year.

A date or a period gives one occurrence (its :func:`~tthc_cli.deadline.due_date`); a recurrence gives one per
period of the year ("hằng tháng": the last day of each month; "định kỳ 06 tháng": 30/6 and 31/12; "02
lần/năm": the year cut into two equal halves); several deadlines joined by "và" give each part's, once per
day; alternatives ("… hoặc …") give the latest. What has no date of its own (events, "thường xuyên", "theo
yêu cầu", "theo kế hoạch", "định kỳ" without a frequency, "hằng ngày") is *apart*: listed, never overdue.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from tthc_cli.deadline import Deadline, due_date, parse_deadline

APART_LABELS = {
    "event": "theo sự kiện",
    "continuous": "thường xuyên",
    "on-request": "theo yêu cầu",
    "per-plan": "theo kế hoạch",
    "recurrence": "định kỳ, không rõ tần suất",
    "daily": "hằng ngày",
    "unreadable": "không đọc được thời hạn",
    "none": "không ghi thời hạn",
}
"""Why a deadline has no due date, in the words shown to users."""


@dataclass(frozen=True)
class Slot:
    """One due date: the period it closes (``start`` … ``due``)."""

    start: dt.date
    due: dt.date


@dataclass(frozen=True)
class Schedule:
    """The due dates of one deadline, and the reasons for the parts that have none."""

    slots: tuple[Slot, ...]
    apart: tuple[str, ...]
    """Keys of :data:`APART_LABELS`."""


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _every(year: int, months: int) -> list[Slot]:
    """Periods of ``months`` months from January, the last one ending 31/12 (a remainder closes early)."""
    out: list[Slot] = []
    first = 1
    while first <= 12:
        last = min(first + months - 1, 12)
        out.append(Slot(dt.date(year, first, 1), _month_end(year, last)))
        first = last + 1
    return out


def _weeks(year: int) -> list[Slot]:
    """ISO weeks that end in the year (Monday … Sunday)."""
    day = dt.date(year, 1, 1)
    day -= dt.timedelta(days=day.weekday())
    out: list[Slot] = []
    while True:
        end = day + dt.timedelta(days=6)
        if end.year > year:
            return out
        if end.year == year:
            out.append(Slot(day, end))
        day += dt.timedelta(days=7)


def _recurrence(d: Deadline, year: int) -> Schedule:
    freq, n = d.frequency, d.interval or 0
    if freq == "weekly":
        return Schedule(tuple(_weeks(year)), ())
    months = {"monthly": 1, "quarterly": 3, "yearly": 12}.get(freq or "")
    if freq == "months" and n:
        months = n
    elif freq == "times-per-year" and n:
        if 12 % n:
            return Schedule((), ("recurrence",))
        months = 12 // n
    if months is None:
        return Schedule((), ("daily" if freq == "daily" else "recurrence",))
    return Schedule(tuple(_every(year, months)), ())


def schedule(text: str | None, year: int) -> Schedule:
    """The due dates of the deadline words ``text`` in ``year`` (the plan's)."""
    if not text or not text.strip():
        return Schedule((), ("none",))
    d = parse_deadline(text, year)
    if d is None:
        return Schedule((), ("unreadable",))
    return _schedule(d, year)


def _schedule(d: Deadline, year: int) -> Schedule:
    if d.kind == "multiple" and d.combine == "and":
        parts = [_schedule(p, year) for p in d.parts]
        by_due: dict[dt.date, Slot] = {}
        for slot in (s for p in parts for s in p.slots):
            by_due.setdefault(slot.due, slot)
        return Schedule(
            tuple(by_due[k] for k in sorted(by_due)), tuple(dict.fromkeys(a for p in parts for a in p.apart))
        )
    if d.kind == "recurrence":
        return _recurrence(d, year)
    if d.kind in ("date", "period", "multiple"):
        due = due_date(d, year)
        if due is None:
            return Schedule((), ("unreadable",))
        starts = [p.start for p in (d.parts or (d,)) if p.start is not None]
        return Schedule((Slot(min([*starts, due]), due),), ())
    return Schedule((), (d.kind,))
