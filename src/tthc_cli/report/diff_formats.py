"""The output formats of ``tthc diff``, chosen by a ``str`` Enum and dispatched exhaustively.

Light on purpose (the renderers are imported inside their ``case``): ``tthc --help`` imports this module.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, TextIO

from tthc_cli.report.formats import StreamReporter, assert_never

if TYPE_CHECKING:
    from tthc_cli.review.changes import PlanDiff


class DiffFormat(str, enum.Enum):
    """Output formats of ``tthc diff``."""

    TEXT = "text"
    MARKDOWN = "markdown"
    JSON = "json"


def _text(color: bool | None) -> StreamReporter[list[PlanDiff]]:
    """Coloured lines through rich on a terminal (or with ``--color``), else the same text plainly."""

    def write(plans: list[PlanDiff], out: TextIO) -> None:
        from tthc_cli.review.diff_report import to_plain, to_rich

        if color is False or (color is None and not out.isatty()):
            out.write(to_plain(plans))
            return
        from rich.console import Console

        console = Console(file=out, force_terminal=True if color else None, highlight=False, soft_wrap=True)
        for line in to_rich(plans):
            console.print(line)

    return write


def _document(fmt: DiffFormat) -> StreamReporter[list[PlanDiff]]:
    def write(plans: list[PlanDiff], out: TextIO) -> None:
        from tthc_cli.review.diff_report import to_json, to_markdown

        out.write(to_json(plans) if fmt is DiffFormat.JSON else to_markdown(plans))

    return write


def diff_reporter(fmt: DiffFormat, *, color: bool | None = None) -> StreamReporter[list[PlanDiff]]:
    """The reporter of ``fmt`` (``color``: ``--color/--no-color``, None to follow the terminal)."""
    match fmt:
        case DiffFormat.TEXT:
            return _text(color)
        case DiffFormat.MARKDOWN | DiffFormat.JSON:
            return _document(fmt)
        case _:
            assert_never(fmt)
