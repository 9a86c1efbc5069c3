"""``--format markdown``: tables for a pull request or ``$GITHUB_STEP_SUMMARY``."""

from __future__ import annotations

from tthc_cli.report.score_common import (
    MARK,
    cell_summary,
    counts_summary,
    index_total,
    indicator_label,
    row_units,
    target_text,
    unit_name,
)
from tthc_cli.score.result import PeriodResult, ScoreReport, Status
from tthc_cli.text.escape import markdown_code, markdown_text


def _table(report: ScoreReport, result: PeriodResult) -> list[str]:
    head = ["Đơn vị"] + [f"{indicator_label(s)} ({target_text(s)})" for s in report.indicators]
    lines = ["| " + " | ".join(markdown_text(h) for h in head) + " |", "|" + "---|" * len(head)]
    for unit in row_units(report):
        cells = [unit_name(report, unit)]
        for spec, row in zip(report.indicators, result.cells, strict=True):
            cells.append(cell_summary(row[unit], spec) if unit in row else "")
        lines.append("| " + " | ".join(markdown_text(c) for c in cells) + " |")
    return lines


def render_markdown(report: ScoreReport) -> str:
    """The whole report as GitHub-flavoured Markdown."""
    latest = report.latest
    out = [f"## Kết quả chỉ tiêu: {markdown_text(report.locality or report.plan_id)}", ""]
    if latest is None:
        return "\n".join([*out, "Không có số liệu.", "", *_findings(report)])
    s = counts_summary(report)
    out += [
        f"Kỳ **{latest.period}** — {MARK[Status.MET]} đạt: {s['dat']}, {MARK[Status.MISSED]} chưa đạt: "
        f"{s['chua-dat']}, — không có dữ liệu: {s['khong-co-du-lieu']}.",
        "",
        *_table(report, latest),
        "",
    ]
    if report.ytd is not None:
        out += [f"### {report.ytd.period[:1].upper()}{report.ytd.period[1:]}", "", *_table(report, report.ytd), ""]
    if report.index766:
        out += [
            "### Bộ chỉ số 766",
            "",
            "| Đơn vị | Tổng điểm | Xếp loại | Tiêu chí thiếu số liệu |",
            "|---|---|---|---|",
        ]
        for r in report.index766:
            name = markdown_text(unit_name(report, r.unit))
            out.append(f"| {name} | {index_total(r)} | {markdown_text(r.band_text)} | {len(r.lacking)} |")
        out.append("")
    return "\n".join([*out, *_findings(report)])


def _findings(report: ScoreReport) -> list[str]:
    if not report.findings:
        return []
    out = ["### Phát hiện về số liệu", ""]
    for d in report.findings:
        where = markdown_code(f"{d.file}:{d.line}:{d.column}")
        out.append(f"- {where} {d.severity.label_vi}: {markdown_text(d.message)} [{d.code}]")
    return [*out, ""]
