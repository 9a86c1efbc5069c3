"""CSV cells that no spreadsheet will run as a formula, and reading such cells back."""

from __future__ import annotations

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make Excel, LibreOffice or Google Sheets treat a cell as a formula."""


def safe_text(text: str) -> str:
    """``text`` with a leading apostrophe when it would otherwise start a formula."""
    return "'" + text if text.startswith(DANGEROUS) else text


def unsafe_text(text: str) -> str:
    """Undo :func:`safe_text` (a cell written by tthc, or by a spreadsheet, read back)."""
    return text[1:] if text.startswith("'") and text[1:].startswith(DANGEROUS) else text
