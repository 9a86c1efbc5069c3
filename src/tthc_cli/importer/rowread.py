"""The body rows of a phụ lục table as plan rows, sections and groups.

A row whose one cell runs across every column after the number columns is a section row (I, II …, or
A, B …) or, when its number is Arabic and the rows under it are numbered beneath it ("6." over "6.1",
"6.2"), a group. A cell spanning the unit, deadline, result and note columns of a task is an assignment
("Đã được phân công theo Kế hoạch số …"). A cell merged from the row above gives its words to each row it
covers. A row with neither number nor content continues the row above (a row broken by hand across pages).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from tthc_cli.importer.cursor import NUMBERED
from tthc_cli.importer.docxread import Cell, Row
from tthc_cli.importer.notes import Notebook
from tthc_cli.importer.tables import Layout
from tthc_cli.render.cells import ASSIGNMENT_KEYS, UNIT_KEYS

_SUBITEM = re.compile(r"^((\d+|[a-zđ])[.)]|[-+•*])\s+\S")
_DOC_NUMBER = re.compile(r"\d+/[A-ZĐ][A-ZĐ0-9-]*")
NUMBER_KEYS = ("stt", "stt2")


@dataclass
class Entry:
    """A body row read: a spanning row (``span``) or a plan row (``data``)."""

    stt: str
    title: str = ""
    data: dict[str, Any] | None = None


def _word_cells(row: Row) -> list[Cell]:
    out: list[Cell] = []
    for cell in row.cells:
        if not out or cell.first != out[-1].first:
            out.append(cell)
    return out


def _spanning(row: Row, layout: Layout) -> Entry | None:
    cells = _word_cells(row)
    numbers = [c for c in cells if all(layout.keys[i] in NUMBER_KEYS for i in range(c.first, c.first + c.span))]
    rest = [c for c in cells if c not in numbers]
    if len(rest) != 1 or rest[0].span < 2 or rest[0].first + rest[0].span < len(row.cells):
        return None
    if "content" not in layout.keys[rest[0].first :] and rest[0].first > 0:
        return None
    stt = next((c.text for c in numbers if c.text), "")
    title = " ".join(p for p in rest[0].paras if p)
    m = NUMBERED.match(title)
    if not stt and m:
        stt, title = m.group("no"), m.group("rest")
    return Entry(stt, title)


class RowReader:
    """Reads body rows one by one, remembering the cells merged downwards."""

    def __init__(self, layout: Layout, where: str, notes: Notebook) -> None:
        self.layout = layout
        self.where = where
        self.notes = notes
        self.above: dict[int, list[str]] = {}
        self.entries: list[Entry] = []

    def add(self, row: Row, number: int) -> None:
        """Read one body row (``number`` counts body rows from 1, for messages)."""
        where = f"{self.where} › dòng {number}"
        span = _spanning(row, self.layout)
        if span is not None:
            self.entries.append(span)
            self.above.clear()
            return
        data = self._data(row, where)
        last = self.entries[-1].data if self.entries else None
        if not data.get("content") and not data.get("stt") and last is not None:
            for key, value in data.items():
                last[key] = f"{last[key]}\n{value}" if isinstance(last.get(key), str) else value
            self.notes.add(where, "dòng không có số và nội dung: ghép vào dòng trên", last, "content")
            return
        if not data.get("content"):
            self.notes.add(where, "dòng không có nội dung; cần điền cột nội dung", data, "content")
            data["content"] = "[cần điền: nội dung]"
        self.entries.append(Entry(str(data.get("stt", "")), data=data))

    def _data(self, row: Row, where: str) -> dict[str, Any]:
        data: dict[str, Any] = {}
        extra: list[str] = []
        keys = self.layout.keys
        for cell in _word_cells(row):
            paras = self.above.get(cell.first, []) if cell.merged_above else cell.paras
            self.above[cell.first] = paras
            covered = [k for k in keys[cell.first : cell.first + cell.span] if k]
            if not paras:
                continue
            if cell.merged_above:
                self.notes.add(where, f"ô gộp dọc với dòng trên: chép '{' '.join(paras)[:60]}' cho dòng này")
            if len(covered) >= 2 and all(k in ASSIGNMENT_KEYS for k in covered):
                text = " ".join(paras)
                m = _DOC_NUMBER.search(text)
                data["assignment"] = {"text": text, **({"ref": m.group(0)} if m else {})}
                continue
            if not covered:
                header = " ".join(self.layout.headers[cell.first : cell.first + cell.span]).strip() or "cột không tên"
                extra.append(f"{header}: {' '.join(paras)}")
                continue
            if len(covered) > 1:
                self.notes.add(where, f"một ô trải qua các cột {', '.join(covered)}: chữ đặt vào cột {covered[0]}")
            self._put(data, covered[0], paras)
            for note in cell.footnotes:
                extra.append(f"Chú thích: {note}")
        if extra:
            data["note"] = "\n".join([data["note"], *extra] if data.get("note") else extra)
            self.notes.add(where, "chữ ngoài các cột của kế hoạch được giữ ở cột ghi chú", data, "note")
        return data

    def _put(self, data: dict[str, Any], key: str, paras: list[str]) -> None:
        lines = [p for p in paras if p]
        if key == "content":
            subs = [x for x in lines[1:] if _SUBITEM.match(x)]
            if subs and len(subs) == len(lines) - 1:
                data["content"], data["subitems"] = lines[0], subs
                return
            data["content"] = "\n".join(lines)
        elif key in UNIT_KEYS and len(lines) > 1 and lines[-1].startswith("(") and lines[-1].endswith(")"):
            data[key] = {"text": "\n".join(lines[:-1]), "qualifier": lines[-1][1:-1].strip()}
        else:
            data[key] = "\n".join(lines)


def build_tree(entries: list[Entry], table: dict[str, Any]) -> None:
    """Place the entries into ``table`` (``items`` and ``sections``), deciding groups by their numbering."""
    top: dict[str, Any] | None = None
    sub: dict[str, Any] | None = None
    group: dict[str, Any] | None = None
    prefix = ""
    for i, e in enumerate(entries):
        if e.data is None:
            nxt = next((x for x in entries[i + 1 :] if x.data is not None), None)
            stem = e.stt.rstrip(".")
            if stem[:1].isdigit() and nxt is not None and nxt.stt.startswith(f"{stem}."):
                group, prefix = {"stt": e.stt, "group": e.title, "items": []}, f"{stem}."
                _container(table, top, sub)["items"].append(group)
                continue
            group = None
            section: dict[str, Any] = {"stt": e.stt} if e.stt else {}
            section.update({"title": e.title, "items": [], "sections": []})
            if top is not None and stem[:1].isdigit() and not top.get("stt", "")[:1].isdigit():
                top["sections"].append(section)
                sub = section
            else:
                table["sections"].append(section)
                top, sub = section, None
            continue
        if group is not None and e.stt.startswith(prefix):
            group["items"].append(e.data)
            continue
        group = None
        _container(table, top, sub)["items"].append(e.data)


def _container(table: dict[str, Any], top: dict[str, Any] | None, sub: dict[str, Any] | None) -> dict[str, Any]:
    return sub if sub is not None else top if top is not None else table
