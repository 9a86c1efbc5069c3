"""A .docx body as a flat list of paragraphs and tables, in reading order, with merged cells laid on a grid.

Only what the importer needs is kept: each paragraph's text (tabs and line breaks as white space, text
boxes and frames as paragraphs of their own, footnote texts beside the paragraph that cites them), each
table as a grid of cells (a cell spanning columns is repeated on each grid column it covers; a cell merged
from above is marked as such), which rows repeat as header rows, and the page orientation of every item.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from tthc_cli.text.normalize import drop_invisible

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SPACES = re.compile(r"[ \t\u00a0\u2002\u2003\u2009]+")


@dataclass
class Para:
    """A paragraph: its words, its style name, the footnotes it cites."""

    text: str
    style: str = ""
    footnotes: list[str] = field(default_factory=list)
    section: int = 0
    pieces: list[str] = field(default_factory=list)
    """The text split where the paragraph has a tab (a header typed as "ỦY BAN …<tab>CỘNG HÒA …")."""


@dataclass
class Cell:
    """One grid position of a table row."""

    paras: list[str]
    footnotes: list[str]
    first: int
    """Grid column where the Word cell starts."""
    span: int
    """How many grid columns the Word cell covers."""
    merged_above: bool = False
    """A ``vMerge`` continuation: the cell above owns the text."""

    @property
    def text(self) -> str:
        """The cell's paragraphs joined by spaces."""
        return " ".join(p for p in self.paras if p)


@dataclass
class Row:
    """A table row as grid positions (one :class:`Cell` per grid column, spans repeated)."""

    cells: list[Cell]
    header: bool = False


@dataclass
class Grid:
    """A table."""

    rows: list[Row]
    section: int = 0

    @property
    def width(self) -> int:
        """Number of grid columns."""
        return max((len(r.cells) for r in self.rows), default=0)


Item = Para | Grid


def clean_text(text: str) -> str:
    """NFC without invisible characters, runs of spaces and tabs made one space, ends trimmed (line breaks
    kept)."""
    text = unicodedata.normalize("NFC", drop_invisible(text))
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n")).strip("\n")


class BodyReader:
    """Reads the body element of a document into :data:`Item` values."""

    def __init__(self, footnotes: dict[str, str]) -> None:
        self.footnotes = footnotes
        self.items: list[Item] = []
        self.orientations: list[str] = []
        self._section = 0

    def read(self, body: Any) -> list[Item]:
        """Every paragraph and table of ``body`` in reading order."""
        for el in body:
            if el.tag == f"{W}p":
                self._paragraph(el)
                sect = el.find(f"{W}pPr/{W}sectPr")
                if sect is not None:
                    self._end_section(sect)
            elif el.tag == f"{W}tbl":
                self.items.append(Grid(self._rows(el), self._section))
            elif el.tag == f"{W}sdt":
                content = el.find(f"{W}sdtContent")
                if content is not None:
                    self.read(content)
            elif el.tag == f"{W}sectPr":
                self._end_section(el)
        return self.items

    def _end_section(self, sect: Any) -> None:
        size = sect.find(f"{W}pgSz")
        orient = size.get(f"{W}orient") if size is not None else None
        if orient is None and size is not None:
            w, h = size.get(f"{W}w"), size.get(f"{W}h")
            orient = "landscape" if w and h and int(w) > int(h) else "portrait"
        self.orientations.append(orient or "portrait")
        self._section += 1

    def _paragraph(self, p: Any) -> None:
        for box in p.iter(f"{W}txbxContent"):
            if not any(a.tag == _MC_FALLBACK for a in box.iterancestors()):
                for inner in box.iter(f"{W}p"):
                    self._paragraph_text(inner, skip_boxes=True)
        self._paragraph_text(p, skip_boxes=True)

    def _paragraph_text(self, p: Any, *, skip_boxes: bool) -> None:
        raw, notes = self.text_of(p, skip_boxes=skip_boxes, keep_tabs=True)
        style_el = p.find(f"{W}pPr/{W}pStyle")
        style = style_el.get(f"{W}val") if style_el is not None else ""
        pieces = [clean_text(x) for x in re.split(r"\s*\t\s*", raw) if clean_text(x)]
        self.items.append(Para(clean_text(raw), style or "", notes, self._section, pieces))

    def text_of(self, p: Any, *, skip_boxes: bool = True, keep_tabs: bool = False) -> tuple[str, list[str]]:
        """A paragraph's text and the footnote texts it cites (tabs kept raw with ``keep_tabs``)."""
        out: list[str] = []
        notes: list[str] = []
        for el in p.iter():
            above = {a.tag for a in _up_to(el, p)} if el is not p else set()
            if _MC_FALLBACK in above or (skip_boxes and f"{W}txbxContent" in above):
                continue  # a text box is its own paragraph; the fallback copy of a drawing is not read twice
            tag = el.tag
            if tag == f"{W}t":
                out.append(el.text or "")
            elif tag in (f"{W}tab", f"{W}ptab"):
                out.append("\t")
            elif tag in (f"{W}br", f"{W}cr"):
                out.append("\n" if el.get(f"{W}type") in (None, "textWrapping") else "")
            elif tag == f"{W}noBreakHyphen":
                out.append("-")
            elif tag == f"{W}footnoteReference":
                note = self.footnotes.get(el.get(f"{W}id") or "")
                if note:
                    notes.append(note)
        text = "".join(out)
        return (text if keep_tabs else clean_text(text)), notes

    def _rows(self, tbl: Any) -> list[Row]:
        rows: list[Row] = []
        for tr in tbl.findall(f"{W}tr"):
            cells: list[Cell] = []
            pr = tr.find(f"{W}trPr")
            before = pr.find(f"{W}gridBefore") if pr is not None else None
            col = int(before.get(f"{W}val") or 0) if before is not None else 0
            cells.extend(Cell([], [], i, 1) for i in range(col))
            for tc in tr.iter(f"{W}tc"):
                if tc.getparent() is not tr and tc.getparent().tag != f"{W}sdtContent":
                    continue
                cells.extend(self._cell(tc, col))
                col = len(cells)
            header = pr is not None and pr.find(f"{W}tblHeader") is not None
            rows.append(Row(cells, header))
        return rows

    def _cell(self, tc: Any, col: int) -> list[Cell]:
        pr = tc.find(f"{W}tcPr")
        span_el = pr.find(f"{W}gridSpan") if pr is not None else None
        span = max(1, int(span_el.get(f"{W}val") or 1)) if span_el is not None else 1
        vmerge = pr.find(f"{W}vMerge") if pr is not None else None
        merged = vmerge is not None and vmerge.get(f"{W}val") in (None, "continue")
        paras: list[str] = []
        notes: list[str] = []
        for p in tc.iter(f"{W}p"):
            text, cited = self.text_of(p, skip_boxes=False)
            paras.extend(line for line in text.split("\n"))
            notes.extend(cited)
        while paras and not paras[-1]:
            paras.pop()
        while paras and not paras[0]:
            paras.pop(0)
        return [Cell(paras, notes, col, span, merged) for _ in range(span)]


def _up_to(el: Any, stop: Any) -> list[Any]:
    out = []
    node = el.getparent()
    while node is not None and node is not stop:
        out.append(node)
        node = node.getparent()
    return out


def read_footnotes(document: Any) -> dict[str, str]:
    """Footnote id → text, from the document's footnotes part (empty when there is none)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml

    part = next((r.target_part for r in document.part.rels.values() if r.reltype == RT.FOOTNOTES), None)
    if part is None:
        return {}
    root = parse_xml(part.blob)  # python-docx's parser: no entity expansion, no network
    reader = BodyReader({})
    out: dict[str, str] = {}
    for note in root.findall(f"{W}footnote"):
        if note.get(f"{W}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        texts = [reader.text_of(p)[0] for p in note.iter(f"{W}p")]
        out[note.get(f"{W}id") or ""] = clean_text(" ".join(t for t in texts if t))
    return out


def read_doc_vars(document: Any) -> dict[str, str]:
    """The document variables (``w:docVar``) by name."""
    settings = document.settings.element
    return {v.get(f"{W}name"): v.get(f"{W}val") or "" for v in settings.iter(f"{W}docVar") if v.get(f"{W}name")}
