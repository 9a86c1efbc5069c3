"""A phụ lục: label, title, the attached line, then blocks (a numbered heading, text, a table, sub-blocks).

A numbered heading ("9.1. Chỉ tiêu …") starts a block; "9.1" goes under the block "9". Text before a block's
table is its ``paragraphs``, text after it its ``after``. A table whose header repeats the header of the
table just before it (a table per page) continues that table.
"""

from __future__ import annotations

from typing import Any

from tthc_cli.importer.body import is_attached, read_attached
from tthc_cli.importer.cursor import LABEL_TITLE, NUMBERED, Cursor
from tthc_cli.importer.decision import is_label, keep_footnotes, paragraph
from tthc_cli.importer.docxread import Grid, Para
from tthc_cli.importer.notes import Notebook
from tthc_cli.importer.places import slug
from tthc_cli.importer.rowread import RowReader, build_tree
from tthc_cli.importer.tables import Layout, body_rows, columns_yaml, read_layout


class AppendixReader:
    """Reads the appendices that follow the document."""

    def __init__(self, doc: dict[str, Any], overrides: dict[str, str], orientations: list[str], notes: Notebook):
        self.doc = doc
        self.overrides = overrides
        self.orientations = orientations
        self.notes = notes
        self.tables = 0
        self.ids: set[str] = set()

    def read(self, cur: Cursor) -> list[dict[str, Any]]:
        """Every appendix from the cursor on."""
        out: list[dict[str, Any]] = []
        while (item := cur.peek()) is not None:
            if isinstance(item, Para) and is_label(item.text):
                out.append(self._appendix(cur, len(out)))
            else:
                cur.take()
                where = "trước phụ lục" if not out else f"sau {out[-1]['label']} {len(out)}"
                if isinstance(item, Para):
                    self.notes.keep(where, item.text)
                elif any(c.text for r in item.rows for c in r.cells):
                    texts = dict.fromkeys(c.text for r in item.rows for c in r.cells if c.text)
                    self.notes.keep(where, "bảng: " + " | ".join(texts))
        return out

    def _appendix(self, cur: Cursor, index: int) -> dict[str, Any]:
        label = cur.take()
        assert isinstance(label, Para)
        both = LABEL_TITLE.match(label.text)
        text = both.group("label") if both else label.text
        app: dict[str, Any] = {"id": self._id(text), "label": text}
        where = text
        titles: list[str] = [both.group("title")] if both else []
        while (
            both is None
            and (para := cur.para()) is not None
            and not is_attached(para.text)
            and not self._starts_block(cur)
        ):
            cur.take()
            titles.append(para.text)
            if not self._continues_title(cur):
                break
        app["title"] = " ".join(titles) or "[cần điền: tên phụ lục]"
        if not titles:
            self.notes.add(where, "phụ lục không có tên", app, "title")
        para = cur.para()
        if para is not None and is_attached(para.text):
            cur.take()
            app["attached"] = read_attached(para.text, self.doc, where, self.notes)
        section = label.section
        if section < len(self.orientations) and self.orientations[section] == "portrait":
            app["orientation"] = "portrait"
        app["blocks"] = self._blocks(cur, where)
        return app

    def _id(self, label: str) -> str:
        """The appendix id from its label ("Phụ lục II" → ``phu-luc-ii``), numbered when taken."""
        base = slug(label) or "phu-luc"
        n, candidate = 1, base
        while candidate in self.ids:
            n += 1
            candidate = f"{base}-{n}"
        self.ids.add(candidate)
        return candidate

    def _continues_title(self, cur: Cursor) -> bool:
        para = cur.para()
        return para is not None and not is_attached(para.text) and not self._starts_block(cur) and len(para.text) < 200

    def _starts_block(self, cur: Cursor) -> bool:
        item = cur.peek()
        if isinstance(item, Para):
            return is_label(item.text) or bool(NUMBERED.match(item.text))
        return isinstance(item, Grid)

    def _blocks(self, cur: Cursor, where: str) -> list[dict[str, Any]]:
        blocks: list[dict[str, Any]] = []
        stack: list[dict[str, Any]] = []
        block: dict[str, Any] | None = None
        layout: Layout | None = None
        reader: RowReader | None = None
        while (item := cur.peek()) is not None and not (isinstance(item, Para) and is_label(item.text)):
            cur.take()
            if isinstance(item, Grid):
                if not item.rows:
                    continue
                self.tables += 1
                twhere = f"{where} › bảng {self.tables}"
                new = read_layout(item, self.overrides, twhere, self.notes)
                continues = block is not None and layout is not None and new.headers == layout.headers
                if not continues or block is None or reader is None:
                    if block is None or "table" in block:
                        block = self._new_block(None, None, blocks, stack)
                    layout, reader = new, RowReader(new, twhere, self.notes)
                    block["table"] = {"columns": columns_yaml(new), "_reader": reader}
                for n, row in enumerate(body_rows(item, new, twhere, self.notes), len(reader.entries) + 1):
                    reader.add(row, n)
                continue
            m = NUMBERED.match(item.text)
            if m:
                block = self._new_block(m.group("no"), m.group("rest"), blocks, stack)
                keep_footnotes(item, f"{where} › {m.group('no')}", self.notes, block, "title")
                layout = None
            else:
                if block is None:
                    block = self._new_block(None, None, blocks, stack)
                block.setdefault("after" if "table" in block else "paragraphs", []).append(paragraph(item))
        for b in _walk(blocks):
            table = b.get("table")
            if table is not None:
                reader = table.pop("_reader")
                table["items"], table["sections"] = [], []
                build_tree(reader.entries, table)
        return blocks

    def _new_block(
        self, stt: str | None, title: str | None, blocks: list[dict[str, Any]], stack: list[dict[str, Any]]
    ) -> dict[str, Any]:
        block: dict[str, Any] = {}
        if stt:
            block["stt"] = stt
        if title:
            block["title"] = title
        while stack and not (stt and str(stack[-1].get("stt", "")) and stt.startswith(f"{stack[-1]['stt']}.")):
            stack.pop()
        (stack[-1].setdefault("blocks", []) if stack else blocks).append(block)
        if stt:
            stack.append(block)
        return block


def _walk(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for b in blocks:
        out.append(b)
        out.extend(_walk(b.get("blocks", [])))
    return out
