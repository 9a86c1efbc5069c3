"""The output formats of ``tthc score``, chosen by a ``str`` Enum and dispatched exhaustively."""

from __future__ import annotations

import enum
import functools
from typing import TYPE_CHECKING, TextIO

from tthc_cli.report.formats import Reporter, assert_never

if TYPE_CHECKING:
    from tthc_cli.score.result import ScoreReport


class ScoreFormat(str, enum.Enum):
    """Output formats."""

    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"
    XLSX = "xlsx"


def _table(report: ScoreReport, *, width: int, color: bool) -> str:
    import io

    from tthc_cli.report.score_table import write_table

    buf = io.StringIO()
    write_table(report, buf, width=width, color=color)
    return buf.getvalue()


def score_reporter(
    fmt: ScoreFormat, *, width: int | None = None, color: bool = False
) -> Reporter[ScoreReport, str | bytes]:
    """The reporter of ``fmt``: text, or bytes for XLSX (``width`` and ``color`` concern the table only)."""
    match fmt:
        case ScoreFormat.TABLE:
            return functools.partial(_table, width=width or 160, color=color)
        case ScoreFormat.JSON:
            from tthc_cli.report.score_json import render_json

            return render_json
        case ScoreFormat.CSV:
            from tthc_cli.report.score_csv import render_csv

            return render_csv
        case ScoreFormat.MARKDOWN:
            from tthc_cli.report.score_markdown import render_markdown

            return render_markdown
        case ScoreFormat.XLSX:
            from tthc_cli.report.score_xlsx import render_xlsx

            return render_xlsx
        case _:
            assert_never(fmt)


def render_score(
    report: ScoreReport, fmt: ScoreFormat, *, width: int | None = None, color: bool = False
) -> str | bytes:
    """The report in ``fmt``: text, or bytes for XLSX."""
    return score_reporter(fmt, width=width, color=color)(report)


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
