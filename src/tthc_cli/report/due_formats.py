"""The output formats of ``tthc due``, chosen by a ``str`` Enum and dispatched exhaustively."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from tthc_cli.report.formats import Reporter, assert_never

if TYPE_CHECKING:
    from tthc_cli.due.result import DueReport


class DueFormat(str, enum.Enum):
    """Output formats."""

    TEXT = "text"
    JSON = "json"
    MARKDOWN = "markdown"
    CSV = "csv"
    ICS = "ics"


def due_reporter(fmt: DueFormat) -> Reporter[DueReport, str]:
    """The reporter of ``fmt``."""
    match fmt:
        case DueFormat.TEXT:
            from tthc_cli.report.due_text import render_text

            return render_text
        case DueFormat.JSON:
            from tthc_cli.report.due_json import render_json

            return render_json
        case DueFormat.MARKDOWN:
            from tthc_cli.report.due_markdown import render_markdown

            return render_markdown
        case DueFormat.CSV:
            from tthc_cli.report.due_csv import render_csv

            return render_csv
        case DueFormat.ICS:
            from tthc_cli.report.due_ics import render_ics

            return render_ics
        case _:
            assert_never(fmt)


def render_due(report: DueReport, fmt: DueFormat) -> str:
    """The report in ``fmt``."""
    return due_reporter(fmt)(report)
