"""``--format markdown``: a table per unit, for a pull request or ``$GITHUB_STEP_SUMMARY``."""

from __future__ import annotations

from tthc_cli.due.result import DueReport
from tthc_cli.report.due_common import apart_reason, by_unit, heading, tally, vn_date, who


def _esc(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(report: DueReport) -> str:
    """The report as GitHub-flavoured Markdown."""
    out = [f"## {heading(report)}", "", tally(report), ""]
    for unit, items in by_unit(report):
        out += [
            f"### {_esc(unit)}",
            "",
            "| Tình trạng | Hạn | Vai trò | STT | Nhiệm vụ | Thời hạn ghi trong kế hoạch |",
        ]
        out.append("|---|---|---|---|---|---|")
        for o in items:
            status = f"{o.status.mark} {o.status.label_vi}" + (f" ({vn_date(o.done_on)})" if o.done_on else "")
            out.append(
                f"| {status} | {vn_date(o.due)} | {o.assignee.role} | {_esc(o.task.stt)} | {_esc(o.task.content)} "
                f"| {_esc(o.task.deadline)} |"
            )
        out.append("")
    if report.apart:
        out += ["### Liệt kê riêng (không có ngày cụ thể)", "", "| Loại | STT | Nhiệm vụ | Thời hạn | Đơn vị |"]
        out.append("|---|---|---|---|---|")
        for a in report.apart:
            out.append(
                f"| {apart_reason(a)} | {_esc(a.task.stt)} | {_esc(a.task.content)} | {_esc(a.task.deadline)} "
                f"| {_esc(who(a))} |"
            )
        out.append("")
    out += [f"> lưu ý: {_esc(n)}" for n in report.notes]
    return "\n".join(out).rstrip("\n") + "\n"
