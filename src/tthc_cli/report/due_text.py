"""``--format text`` (default): per unit, what is overdue, due and done; then the tasks listed apart."""

from __future__ import annotations

from tthc_cli.due.result import DueReport
from tthc_cli.report.due_common import apart_reason, by_unit, heading, short, tally, vn_date, who


def render_text(report: DueReport) -> str:
    """The report as plain text (symbols say the status, so it reads without colour)."""
    out = [heading(report), tally(report), ""]
    if not report.occurrences:
        out += ["Không có việc nào đến hạn hoặc quá hạn.", ""]
    for unit, items in by_unit(report):
        out.append(unit)
        for o in items:
            done = f" (xong ngày {vn_date(o.done_on)})" if o.done_on else ""
            out.append(
                f"  {o.status.mark} {o.status.label_vi:<12} {vn_date(o.due)}  [{o.assignee.role}] "
                f"{o.task.stt + '. ' if o.task.stt else ''}{short(o.task.content)} — {o.task.deadline}{done}"
            )
        out.append("")
    if report.apart:
        out.append("Liệt kê riêng (thời hạn không có ngày cụ thể):")
        for a in report.apart:
            stt = f"{a.task.stt}. " if a.task.stt else ""
            out.append(f"  · [{apart_reason(a)}] {stt}{short(a.task.content)} — {a.task.deadline} — {who(a)}")
        out.append("")
    out += [f"lưu ý: {n}" for n in report.notes]
    return "\n".join(out).rstrip("\n") + "\n"
