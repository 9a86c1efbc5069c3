"""Laying the unprinted values of a tthc-rendered document (see :mod:`tthc_cli.model.unprinted`) over the
plan read from its text."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from tthc_cli.importer.notes import Notebook
from tthc_cli.model.rows import plan_nodes
from tthc_cli.model.unprinted import NODE_KEYS, ROW_FIELDS, TARGET_KEYS, TOP_KEYS
from tthc_cli.text.normalize import squash

_ROW_KINDS = {"task", "indicator"}


def apply_unprinted(data: dict[str, Any], payload: dict[str, Any], notes: Notebook) -> int:
    """Set the unprinted values on ``data``; returns how many appendix entries found no row or heading."""
    for key, value in (payload.get("top") or {}).items():
        if key in TOP_KEYS:  # the file is input like any other: only the keys tthc writes are taken
            data[key] = value
    issuer = data["document"]["issuer"]
    recorded = payload.get("issuer") or {}
    if recorded.get("name"):
        issuer["name"] = recorded["name"]
    if recorded.get("header") and [squash(x) for x in recorded["header"]] == [
        squash(x) for x in issuer.get("_header", [])
    ]:
        issuer["header"] = recorded["header"]
    notes.forget(issuer)
    for path in payload.get("explicit") or []:
        _set_default(data, str(path))
    _closing(data, payload)
    _paragraphs(data, payload)
    printed = payload.get("plan_attached_printed")
    body_attached = (data.get("plan") or {}).get("attached")
    if printed and isinstance(body_attached, dict):
        _set_printed(body_attached, printed)
    waiting: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entry in payload.get("nodes") or []:
        if isinstance(entry, dict):
            waiting[squash(str(entry.get("text", "")))].append(entry)
    for node in plan_nodes(data):
        queue = waiting.get(node.text)
        if not queue and node.kind == "task":
            # sub-items read as further lines of the content: the recorded words are the content's start
            queue = next((q for k, q in waiting.items() if q and len(k) >= 20 and node.text.startswith(k)), None)
        entry = next((e for e in queue or [] if _same_kind(e.get("kind"), node.kind)), None)
        if entry is None or queue is None:
            continue
        queue.remove(entry)
        _apply(node.data, node.kind, entry)
    return sum(len(q) for q in waiting.values())


def _closing(data: dict[str, Any], payload: dict[str, Any]) -> None:
    """The texts the renderer ended with "./." and the number it wrote with a leading zero, as the plan
    wrote them, when the page shows exactly what the renderer makes of them."""
    from tthc_cli.model.unprinted import closing_slots
    from tthc_cli.render.vnformat import end_document

    recorded = payload.get("closing") or {}
    for name, (box, key) in closing_slots(data).items():
        original = recorded.get(name)
        if (
            isinstance(original, str)
            and isinstance(box[key], str)
            and squash(end_document(original)) == squash(box[key])
        ):
            box[key] = original
    number, read = payload.get("number"), data["document"].get("number")
    digits = isinstance(number, str) and number.isdigit() and isinstance(read, str) and read.isdigit()
    if digits and int(str(number)) == int(str(read)):
        data["document"]["number"] = number


def _paragraphs(data: dict[str, Any], payload: dict[str, Any]) -> None:
    """The ``ref`` and ``style`` of paragraphs, found again by their words (in order, each used once)."""
    from tthc_cli.model.unprinted import PARAGRAPH_KEYS, paragraph_lists

    waiting: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entry in payload.get("paragraphs") or []:
        if isinstance(entry, dict):
            waiting[str(entry.get("text", ""))].append(entry)
    for group in paragraph_lists(data):
        for i, p in enumerate(group):
            text = p if isinstance(p, str) else p.get("text", "") if isinstance(p, dict) else ""
            queue = waiting.get(squash(str(text)))
            if not queue:
                continue
            entry = queue.pop(0)
            found = {k: entry[k] for k in PARAGRAPH_KEYS if isinstance(entry.get(k), str)}
            group[i] = {**({"text": p} if isinstance(p, str) else p), **found}


def drop_defaults(data: dict[str, Any]) -> None:
    """Leave out the keys whose value is the default (they print the same as no value)."""
    from tthc_cli.model.unprinted import DEFAULTED, expand

    for pattern, key, default in DEFAULTED:
        for _, mapping in expand(data, pattern):
            if mapping.get(key) == default:
                del mapping[key]


def _set_default(data: dict[str, Any], path: str) -> None:
    from tthc_cli.model.unprinted import DEFAULTED, expand

    parent, _, key = path.rpartition(".")
    for pattern, name, default in DEFAULTED:
        if name == key and any(p == parent for p, _ in expand(data, pattern)):
            target = next(m for p, m in expand(data, pattern) if p == parent)
            target.setdefault(key, default)
            return


def _same_kind(recorded: Any, read: str) -> bool:
    return recorded == read or (recorded in _ROW_KINDS and read in _ROW_KINDS)


def _set_printed(attached: dict[str, Any], printed: str) -> None:
    line = attached.pop("_line", None)
    if line is None or squash(line) == squash(printed):
        attached["printed"] = printed


def _allowed(kind: str) -> set[str]:
    keys = set(NODE_KEYS.get(kind, ()))
    if kind in _ROW_KINDS:
        keys |= set(ROW_FIELDS) | set(NODE_KEYS["task"]) | set(NODE_KEYS["indicator"])
        keys |= {f"target.{k}" for k in TARGET_KEYS}
    return keys | {"attached.printed"}


def _apply(row: dict[str, Any], kind: str, entry: dict[str, Any]) -> None:
    allowed = _allowed(kind)
    for key, value in entry.items():
        if key not in allowed:
            continue
        if key == "attached.printed" and isinstance(row.get("attached"), dict):
            _set_printed(row["attached"], value)
        elif key == "target.basis" and row.get("target") is not None:
            target = row["target"]
            row["target"] = {**target, "basis": value} if isinstance(target, dict) else {"text": target, "basis": value}
        elif key == "subitems" and isinstance(value, list) and isinstance(row.get("content"), str):
            _split_subitems(row, [str(v) for v in value])
        elif key == "indicator" and kind in _ROW_KINDS and isinstance(value, str):
            row["indicator"] = value
            if "content" in row:
                content = row.pop("content")
                subitems = row.pop("subitems", [])
                row["name"] = "\n".join([content, *subitems])
        else:
            row[key] = value


def _split_subitems(row: dict[str, Any], subitems: list[str]) -> None:
    lines = [*row["content"].split("\n"), *row.get("subitems", [])]
    head = len(lines) - len(subitems)
    if head >= 1 and [squash(x) for x in lines[head:]] == [squash(x) for x in subitems]:
        row["content"] = "\n".join(lines[:head])
        row["subitems"] = lines[head:]
