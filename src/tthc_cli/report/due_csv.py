"""``--format csv``: one line per occurrence, safe to open in a spreadsheet (BOM, CRLF, no formulas)."""

from __future__ import annotations

import csv
import io

from tthc_cli.due.result import DueReport
from tthc_cli.report.due_common import apart_reason
from tthc_cli.text.csvsafe import safe_text

HEADER = ["status", "due", "start", "unit", "unit_name", "role", "plan", "stt", "content", "deadline", "done_on"]
"""The columns, in order; the tasks listed apart follow with status ``rieng`` and no dates."""


def render_csv(report: DueReport) -> str:
    """The CSV text."""
    rows = [HEADER]
    for o in report.occurrences:
        rows.append(
            [
                o.status.value,
                o.due.isoformat(),
                o.start.isoformat(),
                safe_text(o.assignee.id or ""),
                safe_text(o.assignee.name),
                o.assignee.role,
                safe_text(o.task.plan_id),
                safe_text(o.task.stt),
                safe_text(o.task.content),
                safe_text(o.task.deadline),
                o.done_on.isoformat() if o.done_on else "",
            ]
        )
    for a in report.apart:
        for u in a.assignees:
            rows.append(
                [
                    "rieng",
                    "",
                    "",
                    safe_text(u.id or ""),
                    safe_text(u.name),
                    u.role,
                    safe_text(a.task.plan_id),
                    safe_text(a.task.stt),
                    safe_text(a.task.content),
                    safe_text(f"{a.task.deadline} ({apart_reason(a)})"),
                    "",
                ]
            )
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return "\ufeff" + buf.getvalue()
