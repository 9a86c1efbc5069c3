"""Reading the last day a deadline phrase allows, enough to tell "earlier" from "later".

"Trước 28/02/2024", "Tháng 02/2024", "Quý I/2024", "6 tháng đầu năm 2024", "Năm 2024" have an end date;
recurring phrases ("Thường xuyên", "Hàng tháng", "Định kỳ 06 tháng") have none and are compared as text.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from tthc_cli.review.textdiff import norm

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_DATE = re.compile(r"(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})")
_DATE_WORDS = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
_MONTH = re.compile(r"tháng\s+(\d{1,2})(?:\s*/\s*(\d{4})|\s+năm\s+(\d{4}))?")
_QUARTER = re.compile(r"quý\s+(iv|iii|ii|i|[1-4])\b(?:\s*/\s*(\d{4})|\s+năm\s+(\d{4}))?")
_HALF = re.compile(r"(06|6)\s+tháng\s+(đầu|cuối)\s+năm(?:\s+(\d{4}))?")
_YEAR = re.compile(r"(?:năm|trong năm)\s+(\d{4})|^(\d{4})$")
_RECURRING = re.compile(r"thường xuyên|hằng|hàng|định kỳ|theo kế hoạch|theo thời gian thực")


def _month_end(year: int, month: int) -> dt.date | None:
    if not 1 <= month <= 12:
        return None
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def deadline_end(text: str | None, year: int) -> dt.date | None:
    """The last day allowed by a deadline phrase, or ``None`` when it has none or cannot be read.

    ``year`` is the plan's year, used when the phrase names no year ("Tháng 02", "Quý I").
    """
    t = norm(text).casefold()
    if not t:
        return None
    found = [m for m in (_DATE.findall(t) + _DATE_WORDS.findall(t))]
    if found:
        day, month, yr = (int(x) for x in found[-1])
        try:
            return dt.date(yr, month, day)
        except ValueError:
            return None
    if _RECURRING.search(t) and not re.search(r"\d{4}", t):
        return None
    m = _QUARTER.search(t)
    if m:
        q = _ROMAN[m.group(1)]
        return _month_end(int(m.group(2) or m.group(3) or year), q * 3)
    m = _HALF.search(t)
    if m:
        return _month_end(int(m.group(3) or year), 6 if m.group(2) == "đầu" else 12)
    m = _MONTH.search(t)
    if m:
        return _month_end(int(m.group(2) or m.group(3) or year), int(m.group(1)))
    m = _YEAR.search(t)
    if m and not _RECURRING.search(t):
        return dt.date(int(m.group(1) or m.group(2)), 12, 31)
    return None
