"""Output formats of ``tthc validate`` and their dispatch."""

from __future__ import annotations

import enum
import os
from typing import TYPE_CHECKING, TextIO

from tthc_cli.report.formats import StreamReporter, assert_never

if TYPE_CHECKING:
    from collections.abc import Callable

    from tthc_cli.findings import Report


class LintFormat(str, enum.Enum):
    """The ``--format`` choices of ``tthc validate``."""

    AUTO = "auto"
    TEXT = "text"
    JSON = "json"
    GITHUB = "github"
    SARIF = "sarif"


def resolve_format(fmt: LintFormat) -> LintFormat:
    """``auto`` is ``github`` inside GitHub Actions, else ``text``."""
    if fmt is LintFormat.AUTO:
        return LintFormat.GITHUB if os.environ.get("GITHUB_ACTIONS") == "true" else LintFormat.TEXT
    return fmt


def _lines(render: Callable[[Report], str]) -> StreamReporter[Report]:
    """A reporter that writes ``render``'s document and ends it with a newline."""

    def write(report: Report, out: TextIO) -> None:
        out.write(render(report) + "\n")

    return write


def lint_reporter(fmt: LintFormat) -> StreamReporter[Report]:
    """The reporter of ``fmt``; ``auto`` is resolved first."""
    match fmt:
        case LintFormat.AUTO:
            return lint_reporter(resolve_format(fmt))
        case LintFormat.TEXT:
            from tthc_cli.report.lint_text import write_text

            return write_text
        case LintFormat.JSON:
            from tthc_cli.report.lint_json import to_json

            return _lines(to_json)
        case LintFormat.GITHUB:
            from tthc_cli.report.lint_github import write_github

            return write_github
        case LintFormat.SARIF:
            from tthc_cli.report.lint_sarif import to_sarif

            return _lines(to_sarif)
        case _:
            assert_never(fmt)


def write_report(report: Report, fmt: LintFormat, out: TextIO) -> None:
    """Write ``report`` to ``out`` in format ``fmt`` (``auto`` resolved here)."""
    lint_reporter(fmt)(report, out)
