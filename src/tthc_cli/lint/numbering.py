"""Reading the numbers printed in a plan (STT, section and block numbers) and checking their sequences.

The numbering rules (TT401–TT404) share this module: it walks the plan once, collects every numbered
sibling list (narrative parts, appendix blocks and sub-blocks, table sections, rows, a group's sub-rows,
the second ``stt2`` column) and reports gaps, a wrong start, duplicates, decreasing numbers and malformed
numbers. Each rule keeps the issues with its own code.

Rows in a table with sections are numbered either continuously across the sections (seed 001: 1…25 across
sections I–XI) or from 1 in each section (seed 000); which one is read from the data: if the first row of
the second numbered section is 1 the numbering restarts, otherwise it continues. Each column (``stt``,
``stt2``) is judged on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from tthc_cli import codes
from tthc_cli.findings import YamlPath

Style = Literal["arabic", "roman", "letter", "unknown"]

_ROMAN_RE = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_ARABIC_RE = re.compile(r"\d+(?:\.\d+)*")


@dataclass(frozen=True)
class Number:
    """A printed number: "1", "1.", "9.1", "IV", "a)"."""

    raw: str
    parts: tuple[int, ...] | None
    """The numeric components ((9, 1) for "9.1"); ``None`` when the number cannot be read."""
    style: Style


@dataclass(frozen=True)
class Issue:
    """A numbering problem, tagged with the code of the rule that reports it."""

    code: str
    path: YamlPath
    message: str
    hint: str


def roman_value(text: str) -> int | None:
    """The value of a valid upper-case Roman numeral, else ``None``."""
    if not text or not _ROMAN_RE.fullmatch(text):
        return None
    total = 0
    for a, b in zip(text, [*text[1:], ""], strict=True):
        v = _ROMAN_VALUES[a]
        total += -v if b and _ROMAN_VALUES[b] > v else v
    return total


def to_roman(value: int) -> str:
    """An integer (1–3999) as an upper-case Roman numeral."""
    out = ""
    for v, s in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L")):
        out, value = out + s * (value // v), value % v
    for v, s in ((40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        out, value = out + s * (value // v), value % v
    return out


def parse_number(raw: Any) -> Number:
    """Read a printed number; a trailing dot or parenthesis is not part of it ("1." is 1)."""
    text = str(raw).strip()
    core = text.rstrip(".)").strip()
    if _ARABIC_RE.fullmatch(core):
        return Number(text, tuple(int(p) for p in core.split(".")), "arabic")
    if core and set(core) <= set(_ROMAN_VALUES):
        value = roman_value(core)
        return Number(text, (value,) if value else None, "roman")
    if len(core) == 1 and core.isalpha() and core.islower():
        return Number(text, (ord(core) - ord("a") + 1,), "letter")
    return Number(text, None, "unknown")


def show(style: Style, prefix: tuple[int, ...], value: int) -> str:
    """How number ``value`` is printed in a list of this style under ``prefix``."""
    if style == "roman":
        return to_roman(value)
    if style == "letter" and 1 <= value <= 26:
        return chr(ord("a") + value - 1)
    return ".".join(str(p) for p in (*prefix, value))


def check_sequence(entries: Sequence[tuple[YamlPath, Number]], what: str, start: int = 1) -> Iterator[Issue]:
    """Gaps, a wrong first number, duplicates and decreases in one list of sibling numbers."""
    prev: int | None = None
    for path, num in entries:
        if num.parts is None:
            continue
        n, prefix = num.parts[-1], num.parts[:-1]
        roman = num.style == "roman"
        gap, dup, order = (
            (codes.NUMBERING_ROMAN,) * 3
            if roman
            else (codes.NUMBERING_GAP, codes.NUMBERING_DUPLICATE, codes.NUMBERING_ORDER)
        )
        if prev is None:
            if n != start:
                want = show(num.style, prefix, start)
                yield Issue(gap, path, f"{what} bắt đầu từ số {num.raw}, không phải {want}", f"đánh số lại từ {want}")
        elif n == prev:
            yield Issue(dup, path, f"Số {num.raw} trùng với số đứng trước", "đánh số lại cho liền mạch")
        elif n < prev:
            want = show(num.style, prefix, prev + 1)
            yield Issue(order, path, f"Số {num.raw} nhỏ hơn số đứng trước; thứ tự bị đảo", f"số tiếp theo là {want}")
        elif n > prev + 1:
            missing = show(num.style, prefix, prev + 1)
            if n > prev + 2:
                missing += f"–{show(num.style, prefix, n - 1)}"
            yield Issue(
                gap,
                path,
                f"Thiếu số {missing}: sau {show(num.style, prefix, prev)} là {num.raw}",
                f"đánh số lại thành {show(num.style, prefix, prev + 1)} (và các số sau)",
            )
        prev = n
