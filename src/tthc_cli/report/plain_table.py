"""Long tables as plain aligned columns.

rich draws a boxed table cell by cell, wrapping each: a few seconds per thousand rows, so a report of 30.000
communes would take a minute to print. A table that long is read in a file or a pager, not on screen, so
past :data:`MAX_BOXED_ROWS` rows the terminal formats print it as columns separated by ``│``, every row and
every column kept, no cell wrapped (a wide table still splits into parts, as the boxed one does).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from rich.cells import cell_len

MAX_BOXED_ROWS = 1_000
"""Tables with more rows than this are printed plain."""


def plain_table(
    title: str, heads: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int], right: Collection[int]
) -> list[str]:
    """The lines of a table: its title, its heads (a head may hold several lines), a rule, one line a row.
    ``widths`` are the columns' widths in cells (at least their widest line, which the caller measured to fit
    the table to the screen); the columns numbered in ``right`` are aligned right (numbers), the others left."""
    head_lines = [h.split("\n") for h in heads]
    depth = max((len(h) for h in head_lines), default=1)

    def line(cells: Sequence[str]) -> str:
        padded = (
            (" " * (w - cell_len(c)) + c) if i in right else (c + " " * (w - cell_len(c)))
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        )
        return " │ ".join(padded).rstrip()

    out = [title]
    out += [line([head[level] if level < len(head) else "" for head in head_lines]) for level in range(depth)]
    out.append("─┼─".join("─" * w for w in widths))
    out += [line(row) for row in rows]
    return out
