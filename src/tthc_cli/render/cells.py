"""The printed lines of one table cell, by column key, exactly as the plan writes them."""

from __future__ import annotations

from tthc_cli.model.plan import Indicator, Task, UnitCell
from tthc_cli.render.vnformat import as_written

ASSIGNMENT_KEYS = frozenset({"lead", "support", "executors", "evaluator", "deadline", "result", "note"})
"""Columns that an ``assignment`` text replaces with one spanning cell."""
UNIT_KEYS = ("lead", "support", "executors", "evaluator")
TEXT_KEYS = ("stt", "stt2", "directive", "deadline", "result", "measure", "note")


def unit_lines(cell: UnitCell | None, unit_names: dict[str, str]) -> list[str]:
    """The words as printed, else the units' names; the qualifier on its own line in parentheses."""
    if cell is None:
        return []
    text = cell.text if cell.text else ", ".join(unit_names.get(u, u) for u in cell.units)
    lines = [as_written(text)] if text else []
    if cell.qualifier:
        q = as_written(cell.qualifier)
        lines.append(q if q.startswith("(") else f"({q})")
    return lines


def cell_lines(row: Task | Indicator, key: str, unit_names: dict[str, str]) -> list[str]:
    """The lines (paragraphs) printed in the cell of ``row`` under the column ``key``."""
    if key == "content":
        if isinstance(row, Task):
            return [as_written(row.content), *(as_written(s) for s in row.subitems)]
        return [as_written(row.name)]
    if key in UNIT_KEYS:
        cell: UnitCell | None = getattr(row, key)
        return unit_lines(cell, unit_names)
    if key == "target":
        return [as_written(row.target.text)] if row.target and row.target.text else []
    value = getattr(row, key)
    return [as_written(str(value))] if value else []
