"""The output formats of ``tthc score``, chosen by a ``str`` Enum and dispatched exhaustively."""

from __future__ import annotations

import enum
from typing import TextIO

from tthc_cli.score.result import ScoreReport


class ScoreFormat(str, enum.Enum):
    """Output formats."""

    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"
    XLSX = "xlsx"


def render_score(
    report: ScoreReport, fmt: ScoreFormat, *, width: int | None = None, color: bool = False
) -> str | bytes:
    """The report in ``fmt``: text, or bytes for XLSX."""
    if fmt is ScoreFormat.TABLE:
        import io

        from tthc_cli.report.score_table import write_table

        buf = io.StringIO()
        write_table(report, buf, width=width or 160, color=color)
        return buf.getvalue()
    if fmt is ScoreFormat.JSON:
        from tthc_cli.report.score_json import render_json

        return render_json(report)
    if fmt is ScoreFormat.CSV:
        from tthc_cli.report.score_csv import render_csv

        return render_csv(report)
    if fmt is ScoreFormat.MARKDOWN:
        from tthc_cli.report.score_markdown import render_markdown

        return render_markdown(report)
    if fmt is ScoreFormat.XLSX:
        from tthc_cli.report.score_xlsx import render_xlsx

        return render_xlsx(report)
    raise AssertionError(fmt)


def _pipe_width() -> int:
    """Width of the table written to a pipe or file: $COLUMNS when set (a pager, a CI log), else 200."""
    import os

    value = os.environ.get("COLUMNS", "")
    return int(value) if value.isdigit() and int(value) >= 40 else 200


def write_score(report: ScoreReport, fmt: ScoreFormat, stream: TextIO) -> None:
    """Print a text format to a terminal stream (the table with colours when the stream is a terminal)."""
    if fmt is ScoreFormat.TABLE:
        from tthc_cli.report.score_table import write_table

        tty = stream.isatty()
        write_table(report, stream, width=None if tty else _pipe_width(), color=tty)
        return
    out = render_score(report, fmt)
    assert isinstance(out, str)
    stream.write(out)
