"""Output formats of ``tthc validate`` and their dispatch."""

from __future__ import annotations

import enum
import os
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
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


def write_report(report: Report, fmt: LintFormat, out: TextIO, *, strict: bool = False) -> None:
    """Write ``report`` to ``out`` in format ``fmt`` (already resolved from ``auto``)."""
    if fmt is LintFormat.TEXT:
        from tthc_cli.report.lint_text import write_text

        write_text(report, out)
    elif fmt is LintFormat.JSON:
        from tthc_cli.report.lint_json import to_json

        out.write(to_json(report) + "\n")
    elif fmt is LintFormat.GITHUB:
        from tthc_cli.report.lint_github import write_github

        write_github(report, out)
    elif fmt is LintFormat.SARIF:
        from tthc_cli.report.lint_sarif import to_sarif

        out.write(to_sarif(report) + "\n")
    else:  # pragma: no cover - AUTO is resolved before
        raise ValueError(fmt)
