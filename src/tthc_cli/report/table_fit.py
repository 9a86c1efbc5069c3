"""Fitting a wide table into the terminal: split its columns into parts, each repeating the first column.

A table of 18 indicators does not fit in 120 columns; a terminal table that is simply cut loses the columns
on the right without a word. Instead the columns are grouped into parts that fit, each part printed as its own
table under the same row labels, and the title says which columns a part holds. Widths are the narrowest a
column can be without breaking a word (as rich lays tables out), plus the borders and padding of a boxed table.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.cells import cell_len

_FRAME = 3
"""Columns a boxed table spends around each column: one border and one space of padding either side."""


def min_width(texts: Iterable[str], floor: int) -> int:
    """The narrowest a column holding ``texts`` can be without cutting a word (at least ``floor``)."""
    return max([floor, *(cell_len(word) for text in texts for word in text.split())])


def split_columns(first: int, widths: Sequence[int], total: int) -> list[range]:
    """Consecutive ranges of column indexes (into ``widths``) whose table, with the first column of width
    ``first`` in front, fits in ``total`` cells; a column too wide on its own still gets a part of its own."""
    parts: list[range] = []
    start = 0
    while start < len(widths):
        used = 1 + first + _FRAME + widths[start] + _FRAME
        end = start + 1
        while end < len(widths) and used + widths[end] + _FRAME <= total:
            used += widths[end] + _FRAME
            end += 1
        parts.append(range(start, end))
        start = end
    return parts


def part_title(title: str, part: range, count: int, noun: str) -> str:
    """``title`` with the columns of ``part`` named when the table is split ("… (chỉ tiêu 1–6 trong 18)")."""
    if len(part) == count:
        return title
    first, last = part.start + 1, part.stop
    which = f"{first}" if first == last else f"{first}–{last}"
    return f"{title} ({noun} {which} trong {count})"
