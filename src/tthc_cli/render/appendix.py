"""The phụ lục as WordprocessingML, written directly as XML text.

Why not python-docx cell by cell: every ``cell.text = …`` walks the grid and builds element objects, so a
1.000-row table takes seconds; the same table written as a string costs a few milliseconds per hundred
rows and is parsed once by lxml (see ``benchmarks/render.py`` and docs/render.md). The look still belongs
to the template: every paragraph refers to a named style of the template ("TTHC Bảng", "TTHC Bảng tiêu
đề", "TTHC Phụ lục" …), so restyling those in Word restyles the appendix.

Layout per Nghị định 30/2020/NĐ-CP: label, title and the italic "(Ban hành kèm theo …)" line centred, then
each block's heading, text and table; the table has exactly the declared columns and headers, its header
row repeats on every page, section and group rows span the table in bold, numbers are printed as the data
gives them, line breaks written in a cell start new paragraphs; column widths follow what the cells say
(:mod:`tthc_cli.render.widths`); a row is kept on one page (``cantSplit``) unless it is taller than about a
third of the page, and a section or group row stays with the row after it (``keepNext``).
"""

from __future__ import annotations

from collections.abc import Iterator

from tthc_cli.model.plan import (
    Appendix,
    Block,
    Column,
    Document,
    Group,
    Indicator,
    Paragraph,
    Row,
    Section,
    Table,
    Task,
)
from tthc_cli.render.cells import ASSIGNMENT_KEYS, cell_lines, written_lines
from tthc_cli.render.context import attached_line
from tthc_cli.render.footnotes import with_footnotes
from tthc_cli.render.sections import PageLayout
from tthc_cli.render.widths import column_widths, row_height
from tthc_cli.render.wordml import cell as _tc
from tthc_cli.render.wordml import paragraph as _p
from tthc_cli.render.wordml import row as _tr
from tthc_cli.render.wordml import table_start

CENTRED = {"stt", "stt2", "deadline", "measure", "target"}
"""Columns whose cells are centred; the others are aligned left so that narrow cells stay readable."""
SPLIT_FRACTION = 3
"""A row taller than this fraction of the page's text height may break across pages."""


def _leaf_rows(table: Table) -> Iterator[Task | Indicator]:
    """Every task or indicator row of ``table``, in sections and groups too."""

    def rows(items: list[Row]) -> Iterator[Task | Indicator]:
        for r in items:
            if isinstance(r, Group):
                yield from rows(r.items)
            else:
                yield r

    def sections(secs: list[Section]) -> Iterator[Task | Indicator]:
        for sec in secs:
            yield from rows(sec.items)
            yield from sections(sec.sections)

    yield from rows(table.items)
    yield from sections(table.sections)


class TableWriter:
    """Writes one appendix table for a given text width (in twentieths of a point)."""

    def __init__(self, table: Table, layout: PageLayout, unit_names: dict[str, str]) -> None:
        self.columns: list[Column] = table.columns
        self.keys = [c.key for c in table.columns]
        self.unit_names = unit_names
        self.table = table
        self.split_height = layout.text_height // SPLIT_FRACTION
        leaves = list(_leaf_rows(table))
        cells = [[[] if self._assigned(r, k) else cell_lines(r, k, unit_names) for r in leaves] for k in self.keys]
        self.widths = column_widths(table.columns, cells, layout.text_width)

    def xml(self) -> str:
        """The ``<w:tbl>`` element."""
        return "".join(self._chunks())

    def _chunks(self) -> Iterator[str]:
        yield table_start(self.widths)
        yield _tr(
            (_tc([c.header], w, "TthcBangTieuDe") for c, w in zip(self.columns, self.widths, strict=True)), header=True
        )
        yield from self._rows(self.table.items)
        for section in self.table.sections:
            yield from self._section(section)
        yield "</w:tbl>"

    def _spanning(self, no: str | None, title: str) -> str:
        """A row with the number in the first column (when it is a number column) and the title across
        the rest, or everything across the whole table."""
        if self.keys[0] in ("stt", "stt2") and len(self.keys) > 1:
            first = _tc([no or ""], self.widths[0], "TthcBangTieuDe", keep_next=True)
            rest = _tc(written_lines(title), sum(self.widths[1:]), "TthcBangMuc", len(self.keys) - 1, keep_next=True)
            return _tr((first, rest))
        text = f"{no}. {title}" if no else title
        return _tr([_tc(written_lines(text), sum(self.widths), "TthcBangMuc", len(self.keys), keep_next=True)])

    def _section(self, section: Section) -> Iterator[str]:
        yield self._spanning(section.stt, section.title)
        yield from self._rows(section.items)
        for sub in section.sections:
            yield from self._section(sub)

    def _rows(self, rows: list[Row]) -> Iterator[str]:
        for row in rows:
            if isinstance(row, Group):
                yield self._spanning(row.stt, row.group)
                yield from self._rows(row.items)
            else:
                yield self._row(row)

    def _assignment_span(self) -> tuple[int, int]:
        """First index and length of the run of columns an assignment text replaces."""
        start = next((i for i, k in enumerate(self.keys) if k in ASSIGNMENT_KEYS), -1)
        if start < 0:
            return -1, 0
        end = start
        while end < len(self.keys) and self.keys[end] in ASSIGNMENT_KEYS:
            end += 1
        return start, end - start

    def _assigned(self, row: Task | Indicator, key: str) -> bool:
        """Whether the cell of ``key`` is covered by the row's assignment text."""
        return row.assignment is not None and key in ASSIGNMENT_KEYS

    def _row(self, row: Task | Indicator) -> str:
        cells: list[tuple[list[str], int, str, int]] = []
        start, length = self._assignment_span() if row.assignment else (-1, 0)
        i = 0
        while i < len(self.keys):
            key = self.keys[i]
            if i == start:
                width = sum(self.widths[i : i + length])
                lines = written_lines(row.assignment.text if row.assignment else "")
                cells.append((lines, width, "TthcBangGiua", length))
                i += length
                continue
            style = "TthcBangGiua" if key in CENTRED else "TthcBang"
            cells.append((cell_lines(row, key, self.unit_names), self.widths[i], style, 1))
            i += 1
        tall = row_height([(lines, width) for lines, width, _, _ in cells]) > self.split_height
        return _tr((_tc(*c[:3], span=c[3]) for c in cells), can_split=tall)


def _paragraphs(paragraphs: list[Paragraph]) -> str:
    return "".join(_p(with_footnotes(p, p.text), "TthcGhiChu" if p.style == "note" else "Normal") for p in paragraphs)


def block_xml(block: Block, layout: PageLayout, unit_names: dict[str, str]) -> Iterator[str]:
    """A block's heading, text, table and sub-blocks."""
    if block.title or block.stt:
        no = (block.stt or "").rstrip(".")
        heading = f"{no}. {block.title}" if no and block.title else (block.title or f"{no}.")
        yield _p(heading, "TthcMucPhuLuc")
    if block.indicator is not None and not block.title:
        yield _p(block.indicator.name, "Normal")
    yield _paragraphs(block.paragraphs)
    if block.table is not None:
        yield TableWriter(block.table, layout, unit_names).xml()
        yield _p("", "TthcGach")
    yield _paragraphs(block.after)
    for sub in block.blocks:
        yield from block_xml(sub, layout, unit_names)


def appendix_xml(appendix: Appendix, doc: Document, layout: PageLayout, unit_names: dict[str, str]) -> str:
    """The whole appendix: label, title, the attached line, then its blocks."""
    parts = [
        _p(appendix.label, "TthcPhuLucNhan"),
        _p(appendix.title, "TthcPhuLucTen"),
    ]
    line = attached_line(appendix.attached, doc)
    if line:
        parts.append(_p(line, "TthcKemTheo"))
    parts.append(_p("", "TthcGach"))
    for block in appendix.blocks:
        parts.extend(block_xml(block, layout, unit_names))
    spacer = _p("", "TthcGach")
    while parts and parts[-1] in (spacer, ""):  # the space after the last table would only open a new page
        parts.pop()
    return "".join(parts)
