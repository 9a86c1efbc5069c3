"""Vietnamese formatting as Nghị định 30/2020/NĐ-CP and the seed documents write it.

Pure functions with no dependency beyond the standard library: templates use them as Jinja filters and
every other command may import them.

- Dates: days below 10 and the months 1 and 2 take a leading zero, other months do not
  ("ngày 05 tháng 01 năm 2020", "ngày 02 tháng 8 năm 2023"); a part not yet known is left blank
  ("ngày      tháng 02 năm 2024").
- Document numbers below 10 take a leading zero ("Số: 05/QĐ-UBND"); an unnumbered document keeps the
  blank ("Số:      /QĐ-UBND").
- Numbers: "." groups thousands, "," is the decimal mark, no space before "%" ("1.886", "60,67%");
  counts in reports take a leading zero below 10 ("05 hồ sơ", "00 PAKN").
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal

BLANK = "    "
"""The blank left for a day, month, year or number filled in by hand at signing. With the spaces around
it the gap is six spaces wide, as the decree's examples print it: "ngày      tháng 02", "Số:      /QĐ-UBND"."""

_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)
_PARTIAL = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$")
_SPACES = re.compile(r"[ \t\u00a0]+")


def nfc(text: str) -> str:
    """The text in Unicode NFC (precomposed letters, as TCVN 6909:2001 fonts expect)."""
    return unicodedata.normalize("NFC", text)


def upper(text: str | None) -> str:
    """Upper-case Vietnamese text keeping its diacritics ("Ủy ban nhân dân" → "ỦY BAN NHÂN DÂN")."""
    return nfc(nfc(text or "").upper())


def day_text(day: int | None) -> str:
    """A day of the month: leading zero below 10, blank when unknown."""
    return BLANK if day is None else f"{day:02d}"


def month_text(month: int | None) -> str:
    """A month: "01" and "02" take a leading zero, the others do not; blank when unknown."""
    if month is None:
        return BLANK
    return f"{month:02d}" if month in (1, 2) else str(month)


def split_date(value: str | dt.date | None) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of a full or partial date (``2024-02-16``, ``2024-02``, ``2024``, a date)."""
    if value is None:
        return None, None, None
    if isinstance(value, dt.date):
        return value.year, value.month, value.day
    m = _PARTIAL.match(value)
    if not m:
        raise ValueError(f"ngày không hợp lệ: {value!r}")
    year, month, day = (int(g) if g else None for g in m.groups())
    return year, month, day


def format_date(value: str | dt.date | None, style: str = "words") -> str:
    """ "ngày 16 tháng 02 năm 2024" (``words``) or "ngày 16/02/2024" (``numeric``), blanks where unknown."""
    year, month, day = split_date(value)
    y = BLANK if year is None else str(year)
    if style == "numeric":
        return f"ngày {day_text(day)}/{month_text(month)}/{y}"
    return f"ngày {day_text(day)} tháng {month_text(month)} năm {y}"


def place_date(place: str, value: str | dt.date | None) -> str:
    """The italic date line: "Tri Tôn, ngày 16 tháng 02 năm 2024"."""
    return f"{nfc(place).strip()}, {format_date(value)}"


def doc_number(number: str | int | None, symbol: str) -> str:
    """ "05/QĐ-UBND" (numbers below 10 take a leading zero) or "      /QĐ-UBND" before numbering."""
    text = "" if number is None else str(number).strip()
    if not text:
        text = BLANK + " "
    elif text.isdigit():
        text = f"{int(text):02d}"
    return f"{text}/{nfc(symbol).strip()}"


def number_line(number: str | int | None, symbol: str) -> str:
    """The "Số: 752/QĐ-UBND" line of the header."""
    return f"Số: {doc_number(number, symbol)}"


def _group(digits: str) -> str:
    out = []
    while len(digits) > 3:
        out.append(digits[-3:])
        digits = digits[:-3]
    out.append(digits)
    return ".".join(reversed(out))


def format_number(value: float | int | None, decimals: int | None = None, *, keep_zeros: bool = False) -> str:
    """A number the Vietnamese way: "1.886", "60,67", "-1.234,5"; "" for None or NaN.

    ``decimals`` rounds half away from zero; trailing zeros of the fraction are dropped unless
    ``keep_zeros``. Integers (and floats with no fraction) print without a decimal mark.
    """
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return ""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 2
    exact = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    sign, digits_t, _ = exact.as_tuple()
    digits = "".join(map(str, digits_t)).rjust(decimals + 1, "0")
    whole, frac_text = (
        (digits[: len(digits) - decimals], digits[len(digits) - decimals :]) if decimals else (digits, "")
    )
    text = _group(str(int(whole)))
    if not keep_zeros:
        frac_text = frac_text.rstrip("0")
    if frac_text:
        text = f"{text},{frac_text}"
    negative = bool(sign) and any(d != 0 for d in digits_t)
    return f"-{text}" if negative else text


def format_percent(value: float | int | None, decimals: int = 2) -> str:
    """A percentage: "60,67%", "100%", "" for None (no data is not 0%)."""
    text = format_number(value, decimals)
    return f"{text}%" if text else ""


def format_count(value: int | None, *, pad: bool = True) -> str:
    """A count as reports write it: "05", "00", "1.886" (leading zero below 10 unless ``pad`` is off)."""
    if value is None:
        return ""
    if pad and 0 <= value < 10:
        return f"{value:02d}"
    return format_number(value, 0)


def roman(number: int) -> str:
    """Roman numeral of 1…3999 ("IV", "XII"), as used for section and part numbers."""
    if not 0 < number < 4000:
        raise ValueError(f"số La Mã chỉ từ 1 đến 3999: {number}")
    out = []
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


def from_roman(text: str) -> int:
    """The value of a Roman numeral; raises ``ValueError`` for anything that :func:`roman` would not print."""
    t = text.strip().upper()
    total, i = 0, 0
    for value, letters in _ROMAN:
        while t.startswith(letters, i):
            total += value
            i += len(letters)
    if not t or i != len(t) or roman(total) != t:
        raise ValueError(f"không phải số La Mã: {text!r}")
    return total


def quarter(q: int, year: int | None = None) -> str:
    """A deadline quarter as plans write it: "Quý I/2024", "Quý IV"."""
    if not 1 <= q <= 4:
        raise ValueError(f"quý chỉ từ 1 đến 4: {q}")
    return f"Quý {roman(q)}/{year}" if year else f"Quý {roman(q)}"


def month_deadline(month: int, year: int | None = None) -> str:
    """A deadline month as plans write it: "Tháng 02/2024", "Tháng 8/2024", "Tháng 12"."""
    if not 1 <= month <= 12:
        raise ValueError(f"tháng chỉ từ 1 đến 12: {month}")
    return f"Tháng {month_text(month)}/{year}" if year else f"Tháng {month_text(month)}"


def as_written(text: str | None) -> str:
    """A phrase exactly as written in the plan (deadlines such as "Thường xuyên", "Trước 28/02/2024"),
    in NFC with runs of spaces collapsed and the ends trimmed; "" for None."""
    return _SPACES.sub(" ", nfc(text or "")).strip()


def end_with(text: str, mark: str) -> str:
    """``text`` ending with exactly ``mark`` (";" or "."): a trailing ";", "." or "," is replaced."""
    t = as_written(text).rstrip(" ;.,")
    return f"{t}{mark}" if t else t


def end_document(text: str) -> str:
    """The last sentence of a decision, ending with "./." whatever it ended with before."""
    t = as_written(text)
    if t.endswith("./."):
        return t
    return end_with(t, "./.")


FILTERS = {
    "upper_vn": upper,
    "vn_date": format_date,
    "vn_number": format_number,
    "vn_percent": format_percent,
    "vn_count": format_count,
    "roman": roman,
    "doc_number": doc_number,
    "as_written": as_written,
    "end_with": end_with,
}
"""The helpers available to templates as Jinja filters, by filter name."""
