"""The unit cells of a plan (lead, support, executors, evaluator) with their YAML paths, read from raw data."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from tthc_cli.findings import YamlPath
from tthc_cli.lint.context import PlanContext

UNIT_FIELDS = ("lead", "support", "executors", "evaluator")


@dataclass(frozen=True)
class UnitCellRef:
    """One unit cell: the printed text (if any) and the ids listed (if any), each with its path."""

    row_path: YamlPath
    field: str
    text: tuple[YamlPath, str] | None
    ids: tuple[tuple[YamlPath, str], ...]
    empty: bool
    """Present in the file but naming nothing (``''``, ``[]``, ``{text: ''}``)."""


def _raw(data: Any, path: YamlPath) -> Any:
    node = data
    for part in path:
        if isinstance(node, dict) and isinstance(part, str):
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        else:
            return None
    return node


def row_paths(ctx: PlanContext) -> Iterator[YamlPath]:
    """Paths of every task and indicator row, and of indicators stated in a block."""
    for ref in ctx.iter_rows():
        if not hasattr(ref.row, "group"):
            yield ref.path
    for path, _ in ctx.iter_indicators():
        if path[-1] == "indicator":
            yield path


def unit_cells(ctx: PlanContext) -> Iterator[UnitCellRef]:
    """Every unit cell of every row, as written in the file (computed once per plan)."""
    if "unit_cells" not in ctx.extra:
        ctx.extra["unit_cells"] = list(_unit_cells(ctx))
    cells: list[UnitCellRef] = ctx.extra["unit_cells"]
    yield from cells


def _unit_cells(ctx: PlanContext) -> Iterator[UnitCellRef]:
    for rpath in row_paths(ctx):
        row = _raw(ctx.data, rpath)
        if not isinstance(row, dict):
            continue
        for name in UNIT_FIELDS:
            if name not in row or row[name] is None:
                continue
            yield _cell(rpath, name, row[name])


def _cell(rpath: YamlPath, name: str, value: Any) -> UnitCellRef:
    cpath = (*rpath, name)
    if isinstance(value, str):
        return UnitCellRef(rpath, name, (cpath, value), (), not value.strip())
    if isinstance(value, list):
        ids = tuple(((*cpath, i), str(v)) for i, v in enumerate(value))
        return UnitCellRef(rpath, name, None, ids, not ids)
    text = value.get("text") if isinstance(value, dict) else None
    listed = value.get("units") if isinstance(value, dict) else None
    ids = tuple(((*cpath, "units", i), str(v)) for i, v in enumerate(listed or []))
    tref = ((*cpath, "text"), text) if isinstance(text, str) else None
    return UnitCellRef(rpath, name, tref, ids, not ids and not (text or "").strip())
