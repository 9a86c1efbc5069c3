"""Numbers and periods as offices write them in counts tables."""

from __future__ import annotations

import datetime as dt
import functools
import re
from fractions import Fraction
from pathlib import PurePath

from tthc_cli.errors import InputError
from tthc_cli.model.period import read_period
from tthc_cli.text.digits import foreign_digit

_BLANK = {"", "-", "–", "—", "x"}
_VN_THOUSANDS = re.compile(r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?", re.ASCII)
_EN_THOUSANDS = re.compile(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?", re.ASCII)
_VN_DECIMAL = re.compile(r"-?\d+,\d+", re.ASCII)
_PLAIN = re.compile(r"-?\d+(?:\.\d+)?", re.ASCII)
MAX_CHARS = 30
"""A count written with more characters than this is refused (no office counts that many dossiers)."""


class BadNumber(ValueError):
    """A cell that should hold a number but does not: ``str()`` is the text, ``reason`` why it is refused."""

    def __init__(self, text: str, reason: str = "không phải số") -> None:
        super().__init__(text)
        self.reason = reason


def parse_cell_number(value: object) -> Fraction | None:
    """A count from a cell: ``None`` for a blank ("", "-"), the exact value otherwise.

    Text is read the Vietnamese way first ("1.886" = 1886, "60,67" = 60.67), then plainly ("1886",
    "60.67"); "1,886" (a comma before exactly three digits) is read as 1886, since counts are whole.
    Spaces and non-breaking spaces between digit groups are ignored. Raises :class:`BadNumber`.
    """
    if type(value) is str:  # the usual cell, first: this runs for every cell of the table
        return _parse_text(value)
    if value is None:
        return None
    if isinstance(value, bool):
        raise BadNumber(str(value))
    if isinstance(value, int):
        if abs(value) >= 10**MAX_CHARS:
            raise BadNumber(f"{str(value)[:20]}…", f"số quá lớn (tối đa {MAX_CHARS} chữ số)")
        return Fraction(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise BadNumber(str(value))
        return Fraction(repr(value))
    return _parse_text(str(value))


@functools.lru_cache(maxsize=4096)
def _parse_text(cell: str) -> Fraction | None:
    """A cell's text as a number (remembered: the same few counts fill most cells of a large table)."""
    if cell.isascii() and cell.isdigit() and len(cell) <= MAX_CHARS:
        return Fraction(int(cell))
    text = cell.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if text in _BLANK:
        return None
    foreign = None if text.isascii() else foreign_digit(text)
    if foreign is not None:
        raise BadNumber(text, f"chữ số {foreign[1]} không phải chữ số 0–9")
    if len(text) > MAX_CHARS:
        raise BadNumber(f"{text[:20]}…", f"số quá dài ({len(text)} ký tự, tối đa {MAX_CHARS})")
    if _VN_THOUSANDS.fullmatch(text):
        return Fraction(text.replace(".", "").replace(",", "."))
    if _EN_THOUSANDS.fullmatch(text):
        return Fraction(text.replace(",", ""))
    if _VN_DECIMAL.fullmatch(text):
        return Fraction(text.replace(",", "."))
    if _PLAIN.fullmatch(text):
        return Fraction(text)
    raise BadNumber(text)


_PERIOD_PATTERNS = [
    (re.compile(r"(?<!\d)(\d{4})[-_./](\d{1,2})(?!\d)", re.ASCII), (1, 2)),
    (re.compile(r"(?<!\d)(\d{1,2})[-_./](\d{4})(?!\d)", re.ASCII), (2, 1)),
    (re.compile(r"tháng\s*(\d{1,2})\s*(?:/|năm)\s*(\d{4})", re.IGNORECASE | re.ASCII), (2, 1)),
]


def parse_period(value: object) -> str | None:
    """A period label from a cell: a period as :func:`tthc_cli.model.period.read_period` reads it ("2024-03",
    "Quý I/2024", "15/12/2022 - 14/3/2023" → "2022-12-15..2023-03-14"), else ``YYYY-MM`` from a month inside
    the text ("Báo cáo tháng 3/2024"); other non-empty text is kept as written."""
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return f"{value.year:04d}-{value.month:02d}"
    return _period_text(str(value).strip())


@functools.lru_cache(maxsize=4096)
def _period_text(text: str) -> str | None:
    """A period cell's text as a label (remembered: a long table repeats a few periods on every row)."""
    if not text:
        return None
    return _whole_period(text) or _month_in(text) or text


def _whole_period(text: str) -> str | None:
    try:
        period = read_period(text)
    except InputError:
        return None
    return period.label if period else None


def period_from_name(name: str) -> str | None:
    """The period a file name carries ("2024-03-huyen-xa.csv" → "2024-03", "2022-12-15..2023-03-14.csv"), if
    any."""
    return _whole_period(PurePath(name).stem) or _month_in(name)


def _month_in(text: str) -> str | None:
    """The first month ``text`` mentions ("Tháng 3/2024", "bc_2024_03") as ``2024-03``."""
    for pattern, (yi, mi) in _PERIOD_PATTERNS:
        m = pattern.search(text)
        if m and 1 <= int(m.group(mi)) <= 12:
            return f"{int(m.group(yi)):04d}-{int(m.group(mi)):02d}"
    return None


def period_order(label: str) -> tuple[dt.date, dt.date, str]:
    """A sort key putting periods in calendar order (labels that are not periods last, by their text)."""
    try:
        period = read_period(label)
    except InputError:
        period = None
    if period is None:
        return dt.date.max, dt.date.max, label
    return period.start, period.end, label
