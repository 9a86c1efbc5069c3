"""A plan's appendices as a tree of nodes: containers (appendix, block, section, group) and rows.

The diff works on plain loaded data (not on validated models) so that it can compare any two versions,
even one that does not validate yet.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from tthc_cli.findings import YamlPath, format_path
from tthc_cli.text.normalize import short, squash

CONTAINER_KINDS = ("appendix", "block", "section", "group")
ROW_KINDS = ("task", "indicator", "group")


@dataclass(eq=False)
class Node:
    """One appendix, block, section, group or row, with where it sits."""

    kind: str
    data: dict[str, Any]
    path: YamlPath
    parent: Node | None
    index: int
    """Position among the parent's rows (for rows) or containers (for containers)."""
    children: list[Node] = field(default_factory=list)

    @property
    def id(self) -> str | None:
        """The stable id, if the file gives one."""
        value = self.data.get("id")
        return value if isinstance(value, str) else None

    @property
    def stt(self) -> str:
        """The printed number ("II", "1.", "9.1"), or empty."""
        value = self.data.get("stt", self.data.get("no"))
        return "" if value is None or isinstance(value, bool) else str(value)

    @property
    def text(self) -> str:
        """The words that identify it: content, indicator name, group or section title."""
        for key in ("content", "name", "group", "title"):
            value = self.data.get(key)
            if isinstance(value, str):
                return squash(value)
        return ""

    @property
    def label(self) -> str:
        """How a reader names it: "II. Chỉ tiêu giao tại Nghị quyết số 01/NQ-CP"."""
        text = short(self.text, 60)
        if self.kind == "appendix":
            name = short(str(self.data.get("label") or "Phụ lục"), 20).capitalize()
            return name if self.index == 0 else f"{name} {self.index + 1}"
        if self.stt and text:
            return f"{self.stt.rstrip('.')}. {text}"
        return text or self.stt

    @property
    def where(self) -> str:
        """The labels of the containers above, from the appendix down."""
        parts: list[str] = []
        node = self.parent
        while node is not None:
            if node.label:
                parts.append(node.label)
            node = node.parent
        return " › ".join(reversed(parts))

    @property
    def path_text(self) -> str:
        """The YAML path as text."""
        return format_path(self.path)


def _mappings(value: Any) -> Iterator[tuple[int, dict[str, Any]]]:
    """The mappings of a YAML list with their indices (anything else is the schema's to report)."""
    if isinstance(value, list):
        for i, item in enumerate(value):
            if isinstance(item, dict):
                yield i, item


def _rows(items: Any, path: YamlPath, parent: Node, out: list[Node]) -> None:
    for i, item in _mappings(items):
        kind = "group" if "group" in item else "indicator" if "indicator" in item else "task"
        node = Node(kind, item, (*path, i), parent, len(parent.children))
        parent.children.append(node)
        out.append(node)
        if kind == "group":
            _rows(item.get("items"), (*path, i, "items"), node, out)


def _sections(sections: Any, path: YamlPath, parent: Node, out: list[Node]) -> None:
    for i, sec in _mappings(sections):
        node = Node("section", sec, (*path, i), parent, i)
        out.append(node)
        _rows(sec.get("items"), (*path, i, "items"), node, out)
        _sections(sec.get("sections"), (*path, i, "sections"), node, out)


def _blocks(blocks: Any, path: YamlPath, parent: Node, out: list[Node]) -> None:
    for i, block in _mappings(blocks):
        node = Node("block", block, (*path, i), parent, i)
        out.append(node)
        table = block.get("table")
        if isinstance(table, dict):
            tpath = (*path, i, "table")
            _rows(table.get("items"), (*tpath, "items"), node, out)
            _sections(table.get("sections"), (*tpath, "sections"), node, out)
        if isinstance(block.get("indicator"), dict):
            _rows([block["indicator"]], (*path, i, "indicator"), node, out)
            out[-1].path = (*path, i, "indicator")
        _blocks(block.get("blocks"), (*path, i, "blocks"), node, out)


def plan_nodes(data: Any) -> list[Node]:
    """Every container and row of a plan's appendices, in reading order."""
    out: list[Node] = []
    for i, app in _mappings(data.get("appendices") if isinstance(data, dict) else None):
        node = Node("appendix", app, ("appendices", i), None, i)
        out.append(node)
        _blocks(app.get("blocks"), ("appendices", i, "blocks"), node, out)
    return out


def is_row(node: Node) -> bool:
    """Tasks, indicators and groups are rows (a group is also a container)."""
    return node.kind in ROW_KINDS and node.parent is not None and node in node.parent.children


def iter_containers(nodes: list[Node]) -> Iterator[Node]:
    """The appendices, blocks, sections and groups."""
    return (n for n in nodes if n.kind in CONTAINER_KINDS)
