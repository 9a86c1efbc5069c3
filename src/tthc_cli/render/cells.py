"""The printed lines of one table cell, by column key, exactly as the plan writes them.

A line break written in the plan (a YAML block scalar such as "- Định kỳ 3 tháng/lần" over
"- Đột xuất theo yêu cầu của cấp trên") starts a new paragraph of the cell, so lists keep their dashes
on lines of their own instead of running together.
"""

from __future__ import annotations

from tthc_cli.model.plan import Indicator, Task, UnitCell
from tthc_cli.render.vnformat import as_written

ASSIGNMENT_KEYS = frozenset({"lead", "support", "executors", "evaluator", "deadline", "result", "note"})
"""Columns that an ``assignment`` text replaces with one spanning cell."""
UNIT_KEYS = ("lead", "support", "executors", "evaluator")
TEXT_KEYS = ("stt", "stt2", "directive", "deadline", "result", "measure", "note")


def written_lines(text: str | None) -> list[str]:
    """The non-empty lines of ``text`` as written, each cleaned by :func:`as_written`."""
    return [line for line in (as_written(part) for part in (text or "").splitlines()) if line]


def unit_lines(cell: UnitCell | None, unit_names: dict[str, str]) -> list[str]:
    """The words as printed, else the units' names; the qualifier on its own line in parentheses."""
    if cell is None:
        return []
    text = cell.text if cell.text else ", ".join(unit_names.get(u, u) for u in cell.units)
    lines = written_lines(text)
    if cell.qualifier:
        q = " ".join(written_lines(cell.qualifier))
        lines.append(q if q.startswith("(") else f"({q})")
    return lines


def cell_lines(row: Task | Indicator, key: str, unit_names: dict[str, str]) -> list[str]:
    """The lines (paragraphs) printed in the cell of ``row`` under the column ``key``."""
    if key == "content":
        if isinstance(row, Task):
            return [*written_lines(row.content), *(line for s in row.subitems for line in written_lines(s))]
        return written_lines(row.name)
    if key in UNIT_KEYS:
        cell: UnitCell | None = getattr(row, key)
        return unit_lines(cell, unit_names)
    if key == "target":
        return written_lines(row.target.text) if row.target else []
    value = getattr(row, key)
    return written_lines(str(value)) if value else []
