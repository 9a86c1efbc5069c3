"""GitHub Actions annotations, and a Markdown summary to ``$GITHUB_STEP_SUMMARY`` when it is set."""

from __future__ import annotations

import os
from typing import TextIO

from tthc_cli.findings import Report, Severity
from tthc_cli.report.lint_text import summary_line
from tthc_cli.text.escape import markdown_code, markdown_text, visible

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(text: str) -> str:
    # line breaks are the runner's own escapes; every other control character is shown, not obeyed by the log
    plain = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return visible(plain)


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation_lines(report: Report) -> list[str]:
    """One ``::error file=…,line=…,col=…,title=…::message`` line per finding."""
    lines = []
    for d in report.diagnostics:
        message = d.message + (f" (gợi ý: {d.hint})" if d.hint else "")
        props = ",".join(
            [
                f"file={_escape_property(d.file)}",
                f"line={d.line}",
                f"col={d.column}",
                f"title={_escape_property(f'{d.code} {d.name}')}",
            ]
        )
        lines.append(f"::{_LEVEL[d.severity]} {props}::{_escape_data(message)}")
    for failure in report.failures:
        lines.append(f"::error::{_escape_data(failure)}")
    return lines


def markdown_summary(report: Report) -> str:
    """A Markdown table of the findings for the job summary."""
    out = ["## tthc validate", "", summary_line(report), ""]
    if report.diagnostics:
        out += ["| Vị trí | Mức | Mã | Thông điệp |", "|---|---|---|---|"]
        for d in report.diagnostics:
            msg = markdown_text(d.message + (f" — {d.hint}" if d.hint else ""))
            where = markdown_code(f"{d.file}:{d.line}:{d.column}")
            out.append(f"| {where} | {d.severity.label_vi} | {d.code} | {msg} |")
    return "\n".join(out) + "\n"


def write_github(report: Report, out: TextIO) -> None:
    """Print the annotations; append the Markdown summary to ``$GITHUB_STEP_SUMMARY`` if set."""
    for line in annotation_lines(report):
        out.write(line + "\n")
    out.write(summary_line(report) + "\n")
    summary_path = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary_path:
        with open(summary_path, "a", encoding="utf-8") as handle:
            handle.write(markdown_summary(report))
