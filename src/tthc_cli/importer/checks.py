"""After reading: cross-references to the phụ lục, and the cells a human should look at (unit names not in
the registry, deadlines and targets the project's parsers cannot read), marked as comments."""

from __future__ import annotations

import re
from typing import Any

from tthc_cli.importer.notes import Notebook
from tthc_cli.model.rows import is_row, plan_nodes
from tthc_cli.render.cells import UNIT_KEYS
from tthc_cli.units.resolve import UnitResolver

_REF = re.compile(r"^\(.*phụ lục(?:\s+(?P<which>[IVXLC]+|\d+))?.*\)(\.|\./\.)?$", re.I)


def link_appendix_refs(data: dict[str, Any], notes: Notebook) -> None:
    """ "(Chi tiết phụ lục kèm theo)" in the kế hoạch or the Điều points to the phụ lục it names."""
    appendices = data.get("appendices") or []
    if not appendices:
        return
    body = data.get("plan") or {}
    lists = [body.get("intro") or []] + [p.get("paragraphs") or [] for p in body.get("parts") or []]
    for paragraphs in lists:
        for i, p in enumerate(paragraphs):
            text = p if isinstance(p, str) else p.get("text", "")
            m = _REF.match(text)
            if m is None:
                continue
            target = appendices[0]
            which = m.group("which")
            if which:
                target = next((a for a in appendices if a["label"].split()[-1].upper() == which.upper()), target)
            elif len(appendices) > 1:
                notes.add("kế hoạch", f"'{text}' có thể chỉ phụ lục nào cũng được; đoán {target['id']}")
            paragraphs[i] = {**({"text": p} if isinstance(p, str) else p), "ref": target["id"]}


def check_cells(data: dict[str, Any], notes: Notebook, resolver: UnitResolver | None) -> None:
    """Comment unit names not in the registry, unreadable deadlines and unreadable targets."""
    from tthc_cli.deadline import parse_deadline
    from tthc_cli.model.target import parse_target_words

    year = data.get("year") if isinstance(data.get("year"), int) else None
    for node in plan_nodes(data):
        if not is_row(node) or node.kind == "group":
            continue
        row = node.data
        where = f"{node.where} › {node.stt or node.text[:40]}"
        for key in UNIT_KEYS:
            cell = row.get(key)
            text = cell.get("text") if isinstance(cell, dict) else cell
            if resolver is not None and isinstance(text, str):
                unknown = [u.text for u in resolver.resolve(text).unknown]
                if unknown:
                    names = ", ".join(f"'{u}'" for u in unknown)
                    notes.add(where, f"tên đơn vị chưa có trong danh sách đơn vị: {names}", row, key)
        deadline = row.get("deadline")
        if isinstance(deadline, str) and parse_deadline(deadline, year) is None:
            notes.add(where, f"không đọc được thời hạn '{deadline}'", row, "deadline")
        target = row.get("target")
        text = target.get("text") if isinstance(target, dict) else target
        if isinstance(text, str) and parse_target_words(text) is None:
            notes.add(where, f"không đọc được chỉ tiêu '{text}' (so sánh và giá trị)", row, "target")


def tidy(value: Any) -> Any:
    """Without helper keys, empty lists and empty values (``number: null`` is kept: not yet issued)."""
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if k.startswith("_"):
                continue
            v = tidy(v)
            if v in ([], {}, "") or (v is None and k != "number"):
                continue
            out[k] = v
        return _same_object(value, out)
    if isinstance(value, list):
        value[:] = [tidy(v) for v in value]
        return value
    return value


def _same_object(original: dict[str, Any], cleaned: dict[str, Any]) -> dict[str, Any]:
    """Keep the original dict object (comments are keyed by its identity)."""
    original.clear()
    original.update(cleaned)
    return original
