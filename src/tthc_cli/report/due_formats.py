"""The output formats of ``tthc due``, chosen by a ``str`` Enum and dispatched exhaustively."""

from __future__ import annotations

import enum

from tthc_cli.due.result import DueReport


class DueFormat(str, enum.Enum):
    """Output formats."""

    TEXT = "text"
    JSON = "json"
    MARKDOWN = "markdown"
    CSV = "csv"
    ICS = "ics"


def render_due(report: DueReport, fmt: DueFormat) -> str:
    """The report in ``fmt``."""
    if fmt is DueFormat.TEXT:
        from tthc_cli.report.due_text import render_text

        return render_text(report)
    if fmt is DueFormat.JSON:
        from tthc_cli.report.due_json import render_json

        return render_json(report)
    if fmt is DueFormat.MARKDOWN:
        from tthc_cli.report.due_markdown import render_markdown

        return render_markdown(report)
    if fmt is DueFormat.CSV:
        from tthc_cli.report.due_csv import render_csv

        return render_csv(report)
    if fmt is DueFormat.ICS:
        from tthc_cli.report.due_ics import render_ics

        return render_ics(report)
    raise AssertionError(fmt)
