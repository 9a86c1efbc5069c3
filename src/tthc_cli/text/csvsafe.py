"""CSV and XLSX cells that no spreadsheet will run as a formula, and reading such cells back."""

from __future__ import annotations

from tthc_cli.text.escape import visible

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make Excel, LibreOffice or Google Sheets treat a cell as a formula."""


def safe_text(text: str) -> str:
    """``text`` with a leading apostrophe when it would otherwise start a formula, and control characters
    written visibly (``\\x1b``): a cell is read by people, on a terminal or in a spreadsheet, and an XLSX
    cannot hold them at all."""
    shown = visible(text)
    return "'" + shown if shown.startswith(DANGEROUS) else shown


def unsafe_text(text: str) -> str:
    """Undo :func:`safe_text` (a cell written by tthc, or by a spreadsheet, read back)."""
    return text[1:] if text.startswith("'") and text[1:].startswith(DANGEROUS) else text
