"""A phụ lục table: header rows (merged and multi-row) mapped to plan columns, then its body rows.

Header rows are those Word repeats on each page (``tblHeader``), or else the leading rows before the first
numbered row. A column's header is read down the header rows: a cell merged from above counts once, a cell
spanning several columns heads each of them, and the lowest text decides the column ("Đơn vị thực hiện" over
"Chủ trì" | "Phối hợp" gives ``lead`` and ``support``). A row of column numbers ("(1)", "(2)" …) under the
header is not content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from tthc_cli.importer.columns import ColumnGuess, guess_by_words, guess_column, resolve_keys
from tthc_cli.importer.cursor import NUMBERED
from tthc_cli.importer.docxread import Grid, Row
from tthc_cli.importer.notes import Notebook

_ROW_NO = re.compile(r"^([IVXLC]+|[A-Z]|[a-zđ]|\d+(\.\d+)*)[.)]?$")
_HEADER_WORDS = 60
"""A header cell is a few words; a longer cell in an unmarked row is content (a task without a number)."""
_COL_NO = re.compile(r"^\(?\d+\)?$|^\([a-zA-Z]\)$")


@dataclass
class Layout:
    """The columns of a table as read from its header."""

    keys: list[str | None]
    headers: list[str]
    header_rows: int
    signature: frozenset[tuple[str, ...]]
    """The header rows' texts, to recognise them repeated inside the table (a header typed on each page)."""
    guesses: list[ColumnGuess] = field(default_factory=list)


def header_row_count(grid: Grid) -> int:
    """How many leading rows are header rows."""
    flagged = 0
    while flagged < len(grid.rows) and grid.rows[flagged].header:
        flagged += 1
    if flagged:
        return flagged
    count = 0
    for row in grid.rows[:4]:
        first = row.cells[0] if row.cells else None
        short = all(len(c.text) <= _HEADER_WORDS for c in row.cells)
        if first is not None and (first.merged_above or not first.text) and count and short:
            count += 1  # a lower header row ("Chủ trì" | "Phối hợp" under "Đơn vị thực hiện")
            continue
        if first is not None and (_ROW_NO.match(first.text.strip()) or NUMBERED.match(first.text)):
            break
        if count and first is not None and first.span == len(row.cells):
            break  # a section row typed across the whole table
        if _is_column_numbers(row):
            break
        count += 1
    return max(count, 1)


def _is_column_numbers(row: Row) -> bool:
    texts = [c.text for i, c in enumerate(row.cells) if i == 0 or c.first != row.cells[i - 1].first]
    return len(texts) > 1 and all(_COL_NO.match(t.strip()) for t in texts if t) and sum(1 for t in texts if t) > 1


def read_layout(grid: Grid, overrides: dict[str, str], where: str, notes: Notebook) -> Layout:
    """Column keys and header texts of ``grid``."""
    n = header_row_count(grid)
    headers: list[str] = []
    guesses: list[ColumnGuess] = []
    for col in range(grid.width):
        stack: list[str] = []
        for row in grid.rows[:n]:
            cell = row.cells[col] if col < len(row.cells) else None
            if cell is None or cell.merged_above or not cell.text or (stack and stack[-1] == cell.text):
                continue
            stack.append(cell.text)
        lowest = stack[-1] if stack else ""
        guess = guess_column(lowest, overrides)
        if guess.key is None and len(stack) > 1:
            guess = guess_column(" ".join(stack), overrides)
        headers.append(" ".join(stack) if guess.key is None or len(stack) < 2 else lowest)
        guesses.append(guess)
    body = grid.rows[n:]
    keys = resolve_keys(guesses, [[r.cells[c].text for r in body if c < len(r.cells)] for c in range(grid.width)])
    for col, key in enumerate(keys):
        if key is None and headers[col] and guesses[col].key is not None and guesses[col].how != "override":
            # the whole-header alias was taken by another column ("Chỉ tiêu" beside "Nội dung"): try the words
            second = guess_by_words(headers[col], {k for k in keys if k})
            keys[col], guesses[col] = second.key, second
    for col, (guess, key) in enumerate(zip(guesses, keys, strict=True)):
        shown = headers[col] or f"(cột {col + 1} không có tiêu đề)"
        if key is None and headers[col]:
            notes.add(where, f"cột '{shown}' không ứng với cột nào của kế hoạch; chữ của cột được giữ ở ghi chú")
        elif guess.how == "words" and key is not None:
            notes.add(where, f"đoán cột '{shown}' là {key} (theo từ trong tiêu đề); sửa bằng --column nếu sai")
    signature = frozenset(tuple(c.text for c in r.cells) for r in grid.rows[:n])
    return Layout(keys, headers, n, signature, guesses)


def columns_yaml(layout: Layout) -> list[dict[str, Any]]:
    """The ``columns:`` of the table (mapped columns only, in order)."""
    return [{"key": k, "header": h} for k, h in zip(layout.keys, layout.headers, strict=True) if k]


def body_rows(grid: Grid, layout: Layout, where: str, notes: Notebook) -> list[Row]:
    """The rows after the header, without a column-number row and without repeated header rows."""
    rows = grid.rows[layout.header_rows :]
    if rows and _is_column_numbers(rows[0]):
        notes.add(where, "bỏ qua dòng đánh số cột dưới tiêu đề: " + " ".join(c.text for c in rows[0].cells))
        rows = rows[1:]
    return [r for r in rows if tuple(c.text for c in r.cells) not in layout.signature and any(c.text for c in r.cells)]
