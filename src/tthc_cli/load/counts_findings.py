"""Findings about counts files (codes TT800–TT819; documented by ``tthc rules TT801`` …).

Rows are 1-based lines of a CSV file or row numbers of a sheet; columns are 1-based.
"""

from __future__ import annotations

from tthc_cli import codes
from tthc_cli.findings import Diagnostic, Severity


def column_letter(column: int) -> str:
    """Spreadsheet column name of a 1-based column (1 → A, 28 → AB)."""
    out = ""
    while column > 0:
        column, rem = divmod(column - 1, 26)
        out = chr(65 + rem) + out
    return out


def counts_finding(
    code: str,
    file: str,
    line: int,
    column: int,
    message: str,
    hint: str | None = None,
    *,
    severity: Severity | None = None,
) -> Diagnostic:
    """A counts finding at a row and column of a file (``severity``: this one finding's, rarely given)."""
    spec = codes.spec(code)
    shown = severity or spec.severity
    return Diagnostic(code, spec.name, shown, message, file, max(line, 1), max(column, 1), hint=hint)
