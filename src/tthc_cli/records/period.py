"""Reporting periods for ``tthc counts``: a month, a quarter, a year, or an explicit range of days."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from tthc_cli.errors import InputError

FIRST_YEAR, LAST_YEAR = 1900, 2200
"""Years a reporting period may lie in: dossiers of the digital one-stop shop are from this century, and the
day after the period must still be a date."""

_MONTH = re.compile(r"(\d{4})-(\d{1,2})", re.ASCII)
_QUARTER = re.compile(r"(\d{4})-[Qq]([1-4])", re.ASCII)
_YEAR = re.compile(r"(\d{4})", re.ASCII)
_DAY = r"(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{4})"
_RANGE = re.compile(_DAY + r"\s*\.\.\s*" + _DAY, re.ASCII)


@dataclass(frozen=True)
class Period:
    """A reporting period: ``start`` and ``end`` are both included."""

    label: str
    """As written in the ``period`` column of the counts: ``2024-03``, ``2024-Q1``, ``2024``, ``a..b``."""
    start: date
    end: date


def _day(text: str, whole: str) -> date:
    try:
        if "/" in text:
            d, m, y = (int(p) for p in text.split("/"))
        else:
            y, m, d = (int(p) for p in text.split("-"))
        return date(y, m, d)
    except ValueError:
        raise InputError(f"kỳ báo cáo '{whole}': ngày '{text}' không có thật") from None


def _check_years(text: str, *years: int) -> None:
    for year in years:
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise InputError(f"kỳ báo cáo '{text}': năm {year} nằm ngoài khoảng {FIRST_YEAR}–{LAST_YEAR}")


def parse_period(text: str) -> Period:
    """Parse a period (see :func:`_parse`); years outside :data:`FIRST_YEAR`–:data:`LAST_YEAR` are refused."""
    period = _parse(text)
    _check_years(text, period.start.year, period.end.year)
    return period


def _parse(text: str) -> Period:
    """Parse ``2024-03``, ``2024-Q1``, ``2024`` or ``2024-02-15..2024-03-12`` (also ``15/02/2024..12/3/2024``).

    Raises :class:`InputError` with a one-line Vietnamese message for anything else.
    """
    raw = text.strip()
    if m := _MONTH.fullmatch(raw):
        year, month = int(m.group(1)), int(m.group(2))
        _check_years(text, year)
        if not 1 <= month <= 12:
            raise InputError(f"kỳ báo cáo '{text}': tháng {month} không có thật")
        last = calendar.monthrange(year, month)[1]
        return Period(f"{year:04d}-{month:02d}", date(year, month, 1), date(year, month, last))
    if m := _QUARTER.fullmatch(raw):
        year, q = int(m.group(1)), int(m.group(2))
        _check_years(text, year)
        end_month = 3 * q
        last = calendar.monthrange(year, end_month)[1]
        return Period(f"{year:04d}-Q{q}", date(year, end_month - 2, 1), date(year, end_month, last))
    if _YEAR.fullmatch(raw):
        year = int(raw)
        _check_years(text, year)
        return Period(f"{year:04d}", date(year, 1, 1), date(year, 12, 31))
    if m := _RANGE.fullmatch(raw):
        start, end = _day(m.group(1), text), _day(m.group(2), text)
        if end < start:
            raise InputError(f"kỳ báo cáo '{text}': ngày kết thúc trước ngày bắt đầu")
        return Period(f"{start.isoformat()}..{end.isoformat()}", start, end)
    raise InputError(
        f"kỳ báo cáo '{text}' không hợp lệ",
        hint="viết 2024-03 (tháng), 2024-Q1 (quý), 2024 (năm) hoặc 2024-02-15..2024-03-12 (khoảng ngày)",
    )
