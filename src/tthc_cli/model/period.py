"""Reporting periods: a month, a quarter, a half-year, a year, or an explicit range of days.

One reader for every command: ``tthc counts --period``, the period column of counts files and luỹ kế. A
period is a date range; its label keeps the range (``2024-03``, ``2024-Q1``, ``2024-H1``, ``2024``,
``2022-12-15..2023-03-14``), so that what ``tthc counts`` writes is read back as the same period.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from tthc_cli.errors import InputError
from tthc_cli.text.normalize import fold

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_MONTH = re.compile(r"(\d{4})-(\d{1,2})|(?:tháng\s*)?(\d{1,2})\s*(?:/|năm)\s*(\d{4})", re.ASCII)
_QUARTER = re.compile(r"(\d{4})-q([1-4])|quý\s*(i{1,3}|iv|[1-4])\s*(?:/|năm)\s*(\d{4})", re.ASCII)
_HALF = re.compile(r"(\d{4})-h([12])|6 tháng (đầu|cuối) năm\s*(\d{4})", re.ASCII)
_YEAR = re.compile(r"(?:năm\s*)?(\d{4})", re.ASCII)
_DAY = r"(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{4})"
_RANGE = re.compile(rf"(?:từ\s*)?(?:ngày\s*)?{_DAY}\s*(?:\.\.|-|–|—|đến)\s*(?:ngày\s*)?{_DAY}", re.ASCII)
_HINT = (
    "viết 2024-03 (tháng), 2024-Q1 (quý), 2024-H1 (6 tháng), 2024 (năm) hoặc 2024-02-15..2024-03-12, "
    "15/02/2024 - 12/3/2024 (khoảng ngày)"
)


@dataclass(frozen=True)
class Period:
    """A reporting period: ``start`` and ``end`` are both included."""

    label: str
    """``2024-03``, ``2024-Q1``, ``2024-H1``, ``2024`` or ``2022-12-15..2023-03-14``."""
    start: date
    end: date

    @property
    def year(self) -> int:
        """The reporting year: the year the period ends in (a quarter closing on 14/3/2023 is of 2023)."""
        return self.end.year

    def reporting_year(self, month_closes_on: int | None = None) -> int:
        """The reporting year under a calendar whose months close on day ``month_closes_on`` (the 14th, the
        20th): a range ending after that day of December belongs to the next year. A month, quarter or year
        label already names its reporting period and keeps its own year."""
        if month_closes_on and ".." in self.label and self.end.month == 12 and self.end.day > month_closes_on:
            return self.end.year + 1
        return self.end.year


def _day(text: str, whole: str) -> date:
    try:
        if "/" in text:
            d, m, y = (int(p) for p in text.split("/"))
        else:
            y, m, d = (int(p) for p in text.split("-"))
        return date(y, m, d)
    except ValueError:
        raise InputError(f"kỳ báo cáo '{whole}': ngày '{text}' không có thật") from None


def _months(label: str, year: int, first: int, last: int) -> Period:
    return Period(label, date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1]))


FIRST_YEAR, LAST_YEAR = 1900, 2200
"""Years a reporting period may lie in: dossiers of the digital one-stop shop are from this century, and the
day after the period must still be a date."""


def read_period(text: str) -> Period | None:
    """The period ``text`` writes, ``None`` when it is not one of the forms of :func:`parse_period`.

    Raises :class:`InputError` for a form that names an impossible date, an inverted range, or a year outside
    :data:`FIRST_YEAR`–:data:`LAST_YEAR` (``0000-01``, ``9999-12``).
    """
    try:
        period = _read(text)
    except (ValueError, OverflowError):  # date(0, 1, 1): a year no calendar has
        years = [int(y) for y in re.findall(r"\d{4}", text, re.ASCII)]
        _check_years(text, years)
        raise InputError(f"kỳ báo cáo '{text}': ngày không có thật", hint=_HINT) from None
    if period is not None:
        _check_years(text, [period.start.year, period.end.year])
    return period


def _check_years(text: str, years: list[int]) -> None:
    for year in years:
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise InputError(f"kỳ báo cáo '{text}': năm {year} nằm ngoài khoảng {FIRST_YEAR}–{LAST_YEAR}")


def _read(text: str) -> Period | None:
    raw = fold(text).strip(" .")
    if m := _RANGE.fullmatch(raw):
        start, end = _day(m.group(1), text), _day(m.group(2), text)
        if end < start:
            raise InputError(f"kỳ báo cáo '{text}': ngày kết thúc trước ngày bắt đầu")
        return Period(f"{start.isoformat()}..{end.isoformat()}", start, end)
    if m := _MONTH.fullmatch(raw):
        year, month = (int(m.group(1)), int(m.group(2))) if m.group(1) else (int(m.group(4)), int(m.group(3)))
        if not 1 <= month <= 12:
            raise InputError(f"kỳ báo cáo '{text}': tháng {month} không có thật")
        return _months(f"{year:04d}-{month:02d}", year, month, month)
    if m := _QUARTER.fullmatch(raw):
        year = int(m.group(1) or m.group(4))
        q = int(m.group(2)) if m.group(2) else _ROMAN.get(m.group(3)) or int(m.group(3))
        return _months(f"{year:04d}-Q{q}", year, 3 * q - 2, 3 * q)
    if m := _HALF.fullmatch(raw):
        year = int(m.group(1) or m.group(4))
        h = int(m.group(2)) if m.group(2) else (1 if m.group(3) == "đầu" else 2)
        return _months(f"{year:04d}-H{h}", year, 6 * h - 5, 6 * h)
    if m := _YEAR.fullmatch(raw):
        year = int(m.group(1))
        return Period(f"{year:04d}", date(year, 1, 1), date(year, 12, 31))
    return None


def parse_period(text: str) -> Period:
    """Parse a month (``2024-03``, ``Tháng 3/2024``), a quarter (``2024-Q1``, ``Quý I/2024``), a half-year
    (``2024-H1``, ``6 tháng đầu năm 2024``), a year (``2024``) or a range of days (``2024-02-15..2024-03-12``,
    ``15/12/2022 - 14/3/2023``, ``từ ngày 15/02/2024 đến ngày 12/3/2024``).

    Raises :class:`InputError` with a one-line Vietnamese message for anything else.
    """
    period = read_period(text)
    if period is None:
        raise InputError(f"kỳ báo cáo '{text}' không hợp lệ", hint=_HINT)
    return period
