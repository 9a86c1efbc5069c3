"""Rows that state an indicator of the indicator set ("Tỷ lệ hồ sơ trực tuyến …") become indicator rows.

A row is an indicator when its words are close to one indicator's name and clearly closer than to any
other (word similarity at least ``CLOSE``, ahead of the runner-up by ``MARGIN``), in a table that has a
target column; the rows of a group whose title names an indicator ("6. Tỷ lệ xử lý văn bản …" over "6.1
Đối với …") take that indicator. The source document is the resolution cited in the nearest heading above
("Chỉ tiêu giao tại Nghị quyết số 01/NQ-CP"). Each such row is a guess, marked for a human look.
"""

from __future__ import annotations

import re
from typing import Any

from tthc_cli.importer.notes import Notebook
from tthc_cli.model.rows import Node, is_row, plan_nodes
from tthc_cli.review.textdiff import similarity

CLOSE = 0.6
MARGIN = 0.15
_RESOLUTION = re.compile(r"\d+/NQ-[A-ZĐ]+")


def _best(text: str, names: dict[str, str]) -> str | None:
    scored = sorted(((similarity(text, name), key) for key, name in names.items()), reverse=True)
    if not scored or scored[0][0] < CLOSE:
        return None
    if len(scored) > 1 and scored[0][0] - scored[1][0] < MARGIN:
        return None
    return scored[0][1]


def _has_target_column(node: Node) -> bool:
    up: Node | None = node
    while up is not None and up.kind != "block":
        up = up.parent
    table = up.data.get("table") if up is not None else None
    return isinstance(table, dict) and any(c.get("key") == "target" for c in table.get("columns", []))


def _source(node: Node) -> str | None:
    up = node.parent
    while up is not None:
        cited = set(_RESOLUTION.findall(str(up.data.get("title") or up.data.get("group") or "")))
        if cited:
            return cited.pop() if len(cited) == 1 else None  # a heading citing several: no guess
        up = up.parent
    return None


def guess_indicators(data: dict[str, Any], notes: Notebook) -> None:
    """Turn the task rows that name an indicator of the shipped set into indicator rows."""
    from tthc_cli.load.catalogues import build_catalogue

    names = {key: spec.name for key, spec in build_catalogue().indicators.items()}
    for node in plan_nodes(data):
        if not is_row(node) or node.kind != "task" or not _has_target_column(node):
            continue
        parent = node.parent
        key = _best(node.text, names)
        if key is None and parent is not None and parent.kind == "group":
            key = _best(parent.text, names)
        if key is None:
            continue
        row = node.data
        row["indicator"] = key
        row["name"] = "\n".join([row.pop("content"), *row.pop("subitems", [])])
        source = _source(node)
        if source:
            row["source"] = source
        notes.add(
            f"{node.where} › {node.stt}", f"đoán là chỉ tiêu '{key}' (gần với tên trong bộ chỉ tiêu)", row, "indicator"
        )
