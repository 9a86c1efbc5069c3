"""``--format ics``: an iCalendar file (RFC 5545), one all-day event per occurrence, with a reminder.

UIDs are stable (plan id, task key, unit, due date), so importing the file again updates the events rather
than doubling them; DTSTAMP is the reference date, so the same inputs give the same bytes. Lines end in CRLF
and are folded at 75 octets without splitting a character.
"""

from __future__ import annotations

import datetime as dt

from tthc_cli.due.result import DueReport, DueStatus, Occurrence
from tthc_cli.report.due_common import short, vn_date

PRODID = "-//tthc//tthc due//VI"
REMIND = "-P3D"
"""The reminder fires three days before the due date."""


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n").replace("\n", "\\n")


def _fold(line: str) -> list[str]:
    out: list[str] = []
    current, size, limit = "", 0, 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += ch
        size += n
    out.append(current)
    return out


def _day(day: dt.date) -> str:
    return day.strftime("%Y%m%d")


def _event(o: Occurrence, stamp: str) -> list[str]:
    summary = f"Hạn: {short(o.task.content, 60)} — {o.assignee.name}"
    if o.status is DueStatus.DONE:
        summary = "✓ " + summary
    lines = [
        f"{o.task.stt}. {o.task.content}" if o.task.stt else o.task.content,
        f"Đơn vị {o.assignee.role}: {o.assignee.name}",
        f"Thời hạn ghi trong kế hoạch: {o.task.deadline}",
        f"Kỳ: {vn_date(o.start)} – {vn_date(o.due)}",
        f"Tình trạng ngày {vn_date(stamp_day(stamp))}: {o.status.label_vi}",
        f"Kế hoạch: {o.task.plan_id} ({o.task.plan_file})",
    ]
    return [
        "BEGIN:VEVENT",
        f"UID:{_escape(o.uid)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{_day(o.due)}",
        f"DTEND;VALUE=DATE:{_day(o.due + dt.timedelta(days=1))}",
        f"SUMMARY:{_escape(summary)}",
        f"DESCRIPTION:{_escape(chr(10).join(lines))}",
        f"CATEGORIES:{_escape(o.status.label_vi)}",
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"TRIGGER:{REMIND}",
        f"DESCRIPTION:{_escape('Sắp đến hạn: ' + short(o.task.content, 60))}",
        "END:VALARM",
        "END:VEVENT",
    ]


def stamp_day(stamp: str) -> dt.date:
    """The date of a DTSTAMP value."""
    return dt.datetime.strptime(stamp[:8], "%Y%m%d").date()


def render_ics(report: DueReport) -> str:
    """The calendar text."""
    stamp = _day(report.on) + "T000000Z"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "X-WR-CALNAME:Hạn nhiệm vụ"]
    for o in report.occurrences:
        lines += _event(o, stamp)
    lines.append("END:VCALENDAR")
    return "".join(f + "\r\n" for line in lines for f in _fold(line))
