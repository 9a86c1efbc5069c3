"""Digits other than 0–9: Arabic-Indic (٣), full-width (３) and the like look like numbers but are not ours.

Python's ``int`` and ``\\d`` accept every Unicode decimal digit, so "٣٠" would silently be read as 30. Counts
and formulas accept ASCII digits only; these helpers find the first other digit so that the finding can
name it.
"""

from __future__ import annotations

import unicodedata


def foreign_digit(text: str) -> tuple[int, str] | None:
    """The offset and a description of the first non-ASCII decimal digit in ``text``, if any."""
    for i, ch in enumerate(text):
        if ch.isdigit() and not ("0" <= ch <= "9"):
            name = unicodedata.name(ch, "").lower() or "không rõ tên"
            return i, f"'{ch}' (U+{ord(ch):04X}, {name})"
    return None
