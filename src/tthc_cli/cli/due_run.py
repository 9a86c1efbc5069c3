"""Running ``tthc due``: options → plans → occurrences → reporter → exit code (imported only by the command)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from tthc_cli.due.collect import DueQuery, collect
from tthc_cli.due.load import load_plan_tasks
from tthc_cli.due.result import DueReport
from tthc_cli.errors import InputError
from tthc_cli.output.atomic import atomic_write_text
from tthc_cli.report.due_formats import DueFormat, render_due
from tthc_cli.workspace import Workspace

_SPAN = re.compile(r"^\s*(\d{1,4})\s*(d|ngày|w|tuần|m|tháng)?\s*$", re.I)
_DAYS = {"d": 1, "ngày": 1, "w": 7, "tuần": 7, "m": 30, "tháng": 30}


@dataclass(frozen=True)
class DueRequest:
    """The options of one ``tthc due`` run."""

    plans: list[Path]
    on: str | None = None
    within: str | None = None
    units: list[str] = field(default_factory=list)
    fmt: str = "text"
    output: Path | None = None
    fail_on_overdue: bool = False
    every: bool = False
    config: Path | None = None


def parse_on(text: str | None) -> dt.date:
    """``--on``: YYYY-MM-DD, or today."""
    if text is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InputError(f"--on '{text}': ngày phải có dạng YYYY-MM-DD (ví dụ 2024-03-31)") from None


def parse_within(text: str) -> int:
    """``--within``: "30d", "30 ngày", "2w", "1m" (a month counts 30 days) → days."""
    m = _SPAN.match(text)
    if not m:
        raise InputError(f"--within '{text}': viết số ngày như 30d, 2w (tuần) hoặc 1m (30 ngày)")
    return int(m.group(1)) * _DAYS[(m.group(2) or "d").lower()]


def query_of(request: DueRequest) -> DueQuery:
    """The window: ``--within`` days from ``--on``, else the month of ``--on``."""
    on = parse_on(request.on)
    if request.within is not None:
        start, end = on, on + dt.timedelta(days=parse_within(request.within))
    else:
        start, end = on.replace(day=1), on.replace(day=calendar.monthrange(on.year, on.month)[1])
    every = request.every or DueFormat(request.fmt) is DueFormat.ICS
    return DueQuery(on, start, end, tuple(request.units), every)


def build_due(request: DueRequest) -> DueReport:
    """Read the plans and list their occurrences (no output)."""
    if not request.plans:
        raise InputError("cần ít nhất một tệp kế hoạch")
    query = query_of(request)
    ws = Workspace.open(request.config)
    report = collect([load_plan_tasks(p, ws) for p in request.plans], query)
    if request.units and not report.occurrences and not report.apart:
        raise InputError(f"không có nhiệm vụ nào giao cho --unit {', '.join(request.units)}")
    return report


def run_due(request: DueRequest, stdout: TextIO) -> int:
    """Run the command; returns the exit code (1 when something is overdue and ``--fail-on overdue``)."""
    report = build_due(request)
    text = render_due(report, DueFormat(request.fmt))
    if request.output is not None:
        atomic_write_text(request.output, text)
    elif "\r\n" in text and hasattr(stdout, "buffer"):
        stdout.flush()
        stdout.buffer.write(text.encode("utf-8"))  # CRLF as RFC 5545 wants it, not doubled by a text stream
        stdout.buffer.flush()
    else:
        stdout.write(text)
    return 1 if request.fail_on_overdue and report.overdue else 0
