"""Human-readable findings, through rich: colour only on a terminal, ``NO_COLOR`` honoured."""

from __future__ import annotations

import os
import sys
from typing import TextIO

from tthc_cli.findings import Diagnostic, Report, Severity
from tthc_cli.text.escape import visible

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def summary_line(report: Report) -> str:
    """ "2 lỗi, 1 cảnh báo, 0 lưu ý trong 3 tệp", "Không có lỗi nào trong 3 tệp", and how many files could
    not be read at all ("1 tệp không đọc được"): a file never read is never "không có lỗi"."""
    files = len(report.files)
    e, w, i = (report.count(s) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO))
    unread = f"; {len(report.failures)} tệp không đọc được" if report.failures else ""
    if not (e or w or i or unread):
        return f"Không có lỗi nào trong {files} tệp."
    return f"{e} lỗi, {w} cảnh báo, {i} lưu ý trong {files} tệp{unread}."


def write_text(report: Report, out: TextIO, err: TextIO | None = None) -> None:
    """Write one line per finding (``file:line:col: mức thông điệp [MÃ tên]``), its hint, then a summary.

    Files that could not be read are errors of the run, written to ``err`` (standard error). On a terminal
    the lines are coloured through rich (unless ``NO_COLOR`` is set); otherwise the same text is written
    plainly, without importing rich.
    """
    for failure in report.failures:
        (err or sys.stderr).write(f"tthc: lỗi: {failure}\n")
    isatty = getattr(out, "isatty", lambda: False)
    if not isatty() or os.environ.get("NO_COLOR"):
        _write_plain(report, out)
        return
    from rich.console import Console
    from rich.markup import escape

    console = Console(file=out, highlight=False, soft_wrap=True)
    for d in report.diagnostics:
        style = _STYLE[d.severity]
        console.print(
            f"[bold]{escape(visible(d.file))}:{d.line}:{d.column}[/bold]: [{style}]{d.severity.label_vi}[/{style}] "
            f"{escape(visible(d.message))} [dim]\\[{d.code} {d.name}][/dim]"
        )
        if details(d):
            console.print(f"    [dim]{escape(details(d))}[/dim]")
    console.print(summary_line(report), style="bold" if report.diagnostics else "green")


def details(d: Diagnostic) -> str:
    """The second line of a finding: its hint and YAML path (empty when it has neither)."""
    parts = ([f"gợi ý: {d.hint}"] if d.hint else []) + ([f"tại: {d.path_text}"] if d.path else [])
    return visible(" · ".join(parts))


def _write_plain(report: Report, out: TextIO) -> None:
    for d in report.diagnostics:
        out.write(
            f"{visible(d.file)}:{d.line}:{d.column}: {d.severity.label_vi} {visible(d.message)} [{d.code} {d.name}]\n"
        )
        if details(d):
            out.write(f"    {details(d)}\n")
    out.write(summary_line(report) + "\n")
