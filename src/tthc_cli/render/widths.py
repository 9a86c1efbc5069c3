"""Column widths of an appendix table from what its cells say, and the rows allowed to split.

Text is measured with the advance widths of a Times-like serif at the table's 12 pt (good to a few per
cent for Times New Roman and Liberation Serif, which LibreOffice substitutes for it). Every column starts
at its least width: its longest unbreakable word (legal numbers such as "61/2018/NĐ-CP" are one word, they
are printed without a break), a header of at most three lines, the lower bound of its kind (a number
column narrow, a content column wide), and for a short column (deadline, measure, target) room for each
of its lines that can stand unwrapped within its upper bound. The rest of the text width is handed out in
small steps, each to the column whose widening lowers the estimated height of the table most, up to the
upper bound of its kind. A column with ``width_mm`` in the plan keeps exactly that width; relative
``width`` values share the room in proportion instead of the measurement.
"""

from __future__ import annotations

import functools
import math
import unicodedata
from collections.abc import Sequence

from tthc_cli.model.plan import Column
from tthc_cli.render.sections import MM

FONT_TWIPS = 240
"""12 pt, the size of the table styles, in twentieths of a point."""
CELL_PADDING = 2 * 85 + 30
"""Left and right cell margins (``tblCellMar``) plus a little air."""
LINE_TWIPS = 276
"""One line of 12 pt text with single spacing."""
PARAGRAPH_TWIPS = 80
"""Space before and after a table paragraph (2 pt + 2 pt)."""
UNWRAPPED = frozenset({"deadline", "measure", "target"})
"""Short columns whose lines ("Quý I", "- Định kỳ 3 tháng/lần") are kept unwrapped up to the column's bound."""
HEADER_LINES = 3
"""A header wraps to at most this many lines."""
STEPS = 40
"""Steps in which the width left over the columns' least widths is handed out."""
ROW_WEIGHT = 4
"""How much more a line less in a row's tallest cell counts than a short paragraph kept on one line."""
SAMPLE_ROWS = 80
"""Rows measured when choosing where the next step goes (evenly spread over a longer table)."""

BOUNDS_MM: dict[str, tuple[float, float]] = {
    "stt": (8, 16),
    "stt2": (8, 16),
    "content": (45, 400),
    "directive": (25, 60),
    "lead": (25, 65),
    "support": (25, 65),
    "executors": (25, 70),
    "evaluator": (25, 60),
    "deadline": (18, 40),
    "result": (25, 70),
    "measure": (14, 28),
    "target": (18, 40),
    "note": (25, 60),
}
"""(smallest, largest) width in millimetres of each column kind."""

_NARROW = set("fijlrtI.,;:'!()[]/|-‑ ")
_WIDE = set("mwMWQOGDHNUĐ%@")


@functools.lru_cache(maxsize=4096)
def char_em(ch: str) -> float:
    """Advance width of ``ch`` in ems (a coarse table of a Times-like serif; a letter with diacritics is as
    wide as its base letter)."""
    ch = unicodedata.normalize("NFD", ch)[:1] or ch
    if ch in _NARROW:
        return 0.30
    if ch in _WIDE:
        return 0.80
    if ch.isupper():
        return 0.67
    if ch.isdigit():
        return 0.50
    return 0.46


@functools.lru_cache(maxsize=65536)
def measure(text: str, bold: bool = False) -> int:
    """Width of ``text`` on one line, in twentieths of a point."""
    width = sum(char_em(ch) for ch in text) * FONT_TWIPS
    return math.ceil(width * (1.05 if bold else 1.0))


def longest_word(lines: Sequence[str], bold: bool = False) -> int:
    """Width of the longest word of ``lines`` (the narrowest a column can be without breaking a word)."""
    return max((measure(w, bold) for line in lines for w in line.split()), default=0)


def column_widths(columns: Sequence[Column], cells: Sequence[Sequence[Sequence[str]]], text_width: int) -> list[int]:
    """Widths (twentieths of a point) of ``columns`` summing to ``text_width``; ``cells[i]`` holds the
    lines of every cell of column ``i`` (one entry per row, in the same order for every column)."""
    n = len(columns)
    fixed = {i: c.width_mm * MM for i, c in enumerate(columns) if c.width_mm}
    lo, hi, weight = [], [], []
    for i, (col, column_cells) in enumerate(zip(columns, cells, strict=True)):
        low_mm, high_mm = BOUNDS_MM[col.key]
        header = measure(col.header, bold=True)
        floor = max(longest_word([col.header], bold=True), header / HEADER_LINES, *map(longest_word, column_cells))
        if col.key in UNWRAPPED:  # lines that fit within the bound stay whole; longer ones wrap anyway
            room = high_mm * MM - CELL_PADDING
            floor = max([floor, *(m for c in column_cells for m in map(measure, c) if m <= room)])
        lo.append(fixed.get(i, max(low_mm * MM, floor + CELL_PADDING)))
        hi.append(fixed.get(i, max(high_mm * MM, lo[-1])))
        weight.append(col.width or 0.0)
    spare = text_width - sum(lo)
    if spare <= 0:
        movable = [i for i in range(n) if i not in fixed] or list(range(n))
        shrink = (sum(lo) - text_width) / sum(lo[i] for i in movable)
        widths = [w * (1 - shrink) if i in movable else w for i, w in enumerate(lo)]
    elif any(weight):
        widths = _by_weight(text_width, lo, hi, weight)
    else:
        widths = _flattest(text_width, lo, hi, [[[measure(x) for x in cell] for cell in col] for col in cells])
    out = [int(w) for w in widths]
    out[max(range(n), key=lambda i: out[i])] += text_width - sum(out)
    return out


def _by_weight(total: int, lo: list[float], hi: list[float], weight: list[float]) -> list[float]:
    """Widths in proportion to the plan's relative ``width`` (columns without one keep their least)."""
    free = [i for i, w in enumerate(weight) if w]
    room = total - sum(lo[i] for i in range(len(lo)) if i not in free)
    share = sum(weight[i] for i in free)
    return [max(lo[i], room * weight[i] / share) if i in free else lo[i] for i in range(len(lo))]


def _lines(measures: list[int], width: float) -> int:
    room = max(width - CELL_PADDING, FONT_TWIPS)
    return sum(max(1, math.ceil(m / room)) for m in measures) if measures else 1


def _flattest(total: int, lo: list[float], hi: list[float], cells: list[list[list[int]]]) -> list[float]:
    """Start every column at its least width, then hand out the rest in small steps, each to the column
    whose widening lowers the estimated height of the table most, or else lets most short paragraphs
    ("- Định kỳ 3 tháng/lần") stand on one line (rows sampled evenly); a step that
    lowers nothing goes to the columns in proportion to how much text they hold."""
    n = len(lo)
    rows = len(cells[0]) if cells else 0
    sample = range(0, rows, max(1, rows // SAMPLE_ROWS))
    widths = list(lo)
    spare = total - sum(lo)
    chunk = spare / STEPS
    cols = [[cells[c][r] for r in sample] for c in range(n)]
    height = [[_lines(cols[c][k], widths[c]) for c in range(n)] for k in range(len(sample))]
    mass = [sum(sum(cell) for cell in column) for column in cells]
    for _ in range(STEPS):
        tops = [max(row) for row in height]
        best, best_gain = -1, 0
        for c in range(n):
            if widths[c] + chunk > hi[c]:
                continue
            gain = 0
            old_room, new_room = widths[c] - CELL_PADDING, widths[c] + chunk - CELL_PADDING
            for k, cell in enumerate(cols[c]):
                if not cell:
                    continue
                row = height[k]
                if row[c] == tops[k] and row[c] > 1:
                    wider = _lines(cell, widths[c] + chunk)
                    if wider < row[c]:
                        others = max((row[j] for j in range(n) if j != c), default=0)
                        gain += ROW_WEIGHT * (tops[k] - max(wider, others))
                gain += sum(1 for m in cell if old_room < m <= new_room)
            if gain > best_gain:
                best, best_gain = c, gain
        if best < 0:
            changed = [c for c in range(n) if widths[c] + chunk <= hi[c]] or list(range(n))
            share = sum(mass[c] for c in changed)
            for c in changed:
                widths[c] += chunk * (mass[c] / share if share else 1 / len(changed))
        else:
            changed = [best]
            widths[best] += chunk
        for c in changed:
            for k, cell in enumerate(cols[c]):
                height[k][c] = _lines(cell, widths[c])
    return widths


def row_height(cells: Sequence[tuple[Sequence[str], int]]) -> int:
    """Estimated height (twentieths of a point) of a row whose cells are (lines, width) pairs."""
    tallest = 0
    for lines, width in cells:
        room = max(width - CELL_PADDING, FONT_TWIPS)
        wrapped = sum(max(1, math.ceil(measure(line) / room)) for line in lines) if lines else 1
        tallest = max(tallest, wrapped * LINE_TWIPS + max(1, len(lines)) * PARAGRAPH_TWIPS)
    return tallest
