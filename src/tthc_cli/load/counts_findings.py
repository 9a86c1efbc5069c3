"""Findings about counts files (codes TT800–TT819): what each code means, and a factory.

=====  ======================  ========  ==========================================================
code   name                    severity  meaning
=====  ======================  ========  ==========================================================
TT800  counts.unreadable       error     the file cannot be decoded or is not valid CSV/XLSX
TT801  counts.unknown-unit     error     a row names a unit not in ``units.yaml`` (or no unit)
TT802  counts.unknown-metric   warning   a column (or a long-layout metric cell) names no metric
TT803  counts.bad-number       error     a count cell holds text that is not a number
TT804  counts.negative         error     a count is negative
TT805  counts.inconsistent     warning   counts contradict each other (parts ≠ whole; an error when part > whole)
TT806  counts.total-mismatch   warning   a totals row differs from the sum of the unit rows
TT807  counts.duplicate        error     a unit (or a unit's metric) appears twice in one period
TT808  counts.no-header        error     no header row with a unit column was found
TT809  counts.encoding-guessed info      the file is not UTF-8 and was read as Windows-1258
TT810  counts.merged-cell      warning   a merged range inside the data; only its first cell is read
TT811  counts.no-data          error     the file holds no rows of counts (e.g. an empty file)
=====  ======================  ========  ==========================================================

Rows are 1-based lines of a CSV file or row numbers of a sheet; columns are 1-based.
"""

from __future__ import annotations

from tthc_cli.findings import Diagnostic, Severity

CODES: dict[str, tuple[str, Severity]] = {
    "TT800": ("counts.unreadable", Severity.ERROR),
    "TT801": ("counts.unknown-unit", Severity.ERROR),
    "TT802": ("counts.unknown-metric", Severity.WARNING),
    "TT803": ("counts.bad-number", Severity.ERROR),
    "TT804": ("counts.negative", Severity.ERROR),
    "TT805": ("counts.inconsistent", Severity.WARNING),
    "TT806": ("counts.total-mismatch", Severity.WARNING),
    "TT807": ("counts.duplicate", Severity.ERROR),
    "TT808": ("counts.no-header", Severity.ERROR),
    "TT809": ("counts.encoding-guessed", Severity.INFO),
    "TT810": ("counts.merged-cell", Severity.WARNING),
    "TT811": ("counts.no-data", Severity.ERROR),
}
"""Code → (name, severity) of every counts finding."""


def column_letter(column: int) -> str:
    """Spreadsheet column name of a 1-based column (1 → A, 28 → AB)."""
    out = ""
    while column > 0:
        column, rem = divmod(column - 1, 26)
        out = chr(65 + rem) + out
    return out


def counts_finding(code: str, file: str, line: int, column: int, message: str, hint: str | None = None) -> Diagnostic:
    """A counts finding at a row and column of a file."""
    name, severity = CODES[code]
    return Diagnostic(code, name, severity, message, file, max(line, 1), max(column, 1), hint=hint)
