"""The semantic diff of two versions of a plan: what changed in meaning, named for a reviewer.

Library use::

    from tthc_cli.review.semantic import diff_texts
    result = diff_texts(old_text, new_text, "main:plans/x/2024.yaml", "plans/x/2024.yaml")
    for change in result.changes:
        print(change.message)
"""

from __future__ import annotations

import re
from typing import Any

from tthc_cli.errors import InputError
from tthc_cli.load.yaml_loader import load_yaml
from tthc_cli.model.rows import Node, is_row, plan_nodes
from tthc_cli.review.changes import Change, ChangeKind, PlanDiff
from tthc_cli.review.docdiff import generic_diff
from tthc_cli.review.fields import (
    TEXT_LABELS,
    UNIT_LABELS,
    compare_deadline,
    compare_target,
    compare_text,
    compare_units,
)
from tthc_cli.review.fmt import nfc_data
from tthc_cli.review.match import match_nodes
from tthc_cli.review.moves import moves_and_renumbering
from tthc_cli.review.textdiff import clean
from tthc_cli.text.normalize import short, squash

_CHILD_KEYS = {"blocks", "items", "sections", "indicator", "table", "id", "stt", "no"}
_ROW_SKIP = {"id", "stt", "no", "items", "stt2", "no2"}


def load_plan_data(text: str, name: str) -> Any:
    """The plain data of a plan text; :class:`InputError` when it cannot be read as YAML."""
    loaded = load_yaml(text)
    if not loaded.ok:
        first = next((i for i in loaded.issues if i.fatal), None)
        where = f":{first.line}:{first.column}" if first else ""
        raise InputError(f"{name}{where}: không đọc được kế hoạch ({first.message if first else 'YAML lỗi'})")
    return nfc_data(loaded.data)


def diff_texts(old_text: str | None, new_text: str | None, old_name: str, new_name: str) -> PlanDiff:
    """Compare two versions given as text; ``None`` for a side that does not exist (added/removed file)."""
    result = PlanDiff(old_name, new_name)
    if old_text is None or new_text is None:
        result.added, result.removed = old_text is None, new_text is None
        return result
    old, new = load_plan_data(old_text, old_name), load_plan_data(new_text, new_name)
    result.changes = diff_data(old, new)
    result.cosmetic = not result.changes and old_text != new_text
    return result


def subject(node: Node) -> str:
    """How a row is named in a message: its words, and its lead unit in parentheses."""
    text = f"'{short(node.text, 60)}'" if node.text else f"dòng {node.stt or node.index + 1}"
    lead = node.data.get("lead") or node.data.get("executors")
    lead_text = lead.get("text") if isinstance(lead, dict) else lead
    if isinstance(lead_text, list):
        lead_text = ", ".join(map(str, lead_text))
    if isinstance(lead_text, str) and clean(lead_text):
        return f"{text} ({short(clean(lead_text), 45)})"
    return text


def diff_data(old: Any, new: Any) -> list[Change]:
    """The changes in meaning between two loaded plans (empty when they mean the same)."""
    if old == new:
        return []
    year = new.get("year") if isinstance(new, dict) else None
    year = year if isinstance(year, int) else 2000
    changes = generic_diff(_without_appendices(old), _without_appendices(new))
    nodes_old, nodes_new = plan_nodes(old), plan_nodes(new)
    containers = match_nodes([n for n in nodes_old if not is_row(n)], [n for n in nodes_new if not is_row(n)])
    rows_old, rows_new = [n for n in nodes_old if is_row(n)], [n for n in nodes_new if is_row(n)]
    rows = match_nodes(rows_old, rows_new, parent_pair=containers.get)
    pairs = {**containers, **rows}
    changes += _containers(nodes_old, nodes_new, containers)
    for a in rows_old:
        b = rows.get(a)
        if b is None:
            changes.append(
                Change(ChangeKind.ROW_REMOVED, f"Bỏ {_kind_word(a)}: {subject(a)}", a.where, a.path_text, a.text)
            )
            continue
        changes += _row(a, b, year)
    used = set(rows.values())
    changes += [
        Change(ChangeKind.ROW_ADDED, f"Thêm {_kind_word(b)}: {subject(b)}", b.where, b.path_text, None, b.text)
        for b in rows_new
        if b not in used
    ]
    changes += moves_and_renumbering(pairs, nodes_new, subject)
    return sorted(changes, key=_reading_order)


_FIRST = (ChangeKind.ROW_MOVED, ChangeKind.ROW_ADDED, ChangeKind.ROW_REMOVED, ChangeKind.ID_RENAMED)


def _reading_order(change: Change) -> tuple[int, list[tuple[int, str]], int]:
    """Document changes first, then rows in plan order (a row's move before its edits), renumbering last."""
    group = 0 if not change.path.startswith("appendices") else 2 if change.kind is ChangeKind.RENUMBERED else 1
    row_path = re.sub(r"\.[a-z_]+$", "", change.path) if change.kind not in _FIRST else change.path
    natural = [(int(p), "") if p.isdigit() else (-1, p) for p in re.split(r"(\d+)", row_path)]
    return group, natural, 0 if change.kind in _FIRST else 1


def _without_appendices(data: Any) -> Any:
    return {k: v for k, v in data.items() if k != "appendices"} if isinstance(data, dict) else data


def _kind_word(node: Node) -> str:
    return {"task": "nhiệm vụ", "indicator": "chỉ tiêu", "group": "nhóm"}.get(node.kind, "dòng")


def _row(a: Node, b: Node, year: int) -> list[Change]:
    out: list[Change] = []
    who, where, path = subject(b), b.where, b.path_text
    if a.id and b.id and a.id != b.id:
        out.append(Change(ChangeKind.ID_RENAMED, f"Đổi id: {a.id} → {b.id} ({who})", where, path, a.id, b.id))
    keys = [k for k in list(b.data) + [k for k in a.data if k not in b.data] if k not in _ROW_SKIP]
    for key in keys:
        ov, nv = a.data.get(key), b.data.get(key)
        if ov == nv:
            continue
        fpath = f"{path}.{key}"
        if key == "target":
            out += compare_target(ov, nv, who, where, fpath)
        elif key == "deadline":
            out += compare_deadline(ov, nv, year, who, where, fpath)
        elif key in UNIT_LABELS:
            out += compare_units(key, ov, nv, who, where, fpath)
        elif key in TEXT_LABELS or isinstance(ov, str) or isinstance(nv, str):
            out += compare_text(key, ov, nv, who, where, fpath)
        else:
            for c in generic_diff(ov, nv, (key,)):
                out.append(Change(c.kind, f"{c.message} — {who}", where, fpath, c.old, c.new, c.words))
    return out


def _own(node: Node) -> dict[str, Any]:
    data = {k: v for k, v in node.data.items() if k not in _CHILD_KEYS}
    table = node.data.get("table")
    if isinstance(table, dict):
        data["columns"] = table.get("columns")
    return data


def _containers(old: list[Node], new: list[Node], pairs: dict[Node, Node]) -> list[Change]:
    out: list[Change] = []
    for a in old:
        if is_row(a):
            continue
        b = pairs.get(a)
        if b is None:
            out.append(Change(ChangeKind.SECTION_REMOVED, f"Bỏ mục: {a.label}", a.where, a.path_text, a.text))
            continue
        if a.id and b.id and a.id != b.id:
            out.append(Change(ChangeKind.ID_RENAMED, f"Đổi id mục: {a.id} → {b.id} ({b.label})", b.where, b.path_text))
        for c in generic_diff(_own(a), _own(b)):
            msg = c.message.replace("tiêu đề", "tiêu đề mục", 1) if c.path == "title" else c.message
            out.append(
                Change(
                    ChangeKind.SECTION_EDITED,
                    f"{msg} — {b.label}",
                    b.where,
                    f"{b.path_text}.{c.path}",
                    c.old,
                    c.new,
                    c.words,
                )
            )
    used = set(pairs.values())
    out += [
        Change(ChangeKind.SECTION_ADDED, f"Thêm mục: {b.label}", b.where, b.path_text, None, squash(b.text))
        for b in new
        if not is_row(b) and b not in used
    ]
    return out
