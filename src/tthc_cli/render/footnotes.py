"""Footnotes (chú thích cuối trang) of plan paragraphs, as real Word footnotes.

Templates only print text, so a paragraph with footnotes gets a marker after its text (two private-use
characters around the footnote's number, which no plan contains); after rendering, each marker is replaced
by a footnote reference run and the footnote texts are written to the document's footnotes part (created,
or extended when an office's template already has one).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from tthc_cli.model.plan import Paragraph
from tthc_cli.render.xmltext import clean

OPEN, CLOSE = "\ue000", "\ue001"
_MARK = re.compile(f"{OPEN}(\\d+){CLOSE}")
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


class Footnotes:
    """The footnotes met while building one document's context, numbered in order."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def mark(self, text: str, notes: list[str]) -> str:
        """``text`` followed by a marker for each of ``notes``."""
        for note in notes:
            self.texts.append(clean(note))
            text += f"{OPEN}{len(self.texts)}{CLOSE}"
        return text


_current: ContextVar[Footnotes | None] = ContextVar("tthc_footnotes", default=None)


@contextmanager
def collecting() -> Iterator[Footnotes]:
    """Collect the footnotes of the document being rendered."""
    notes = Footnotes()
    token = _current.set(notes)
    try:
        yield notes
    finally:
        _current.reset(token)


def with_footnotes(p: Paragraph, text: str) -> str:
    """The paragraph's printed text, with markers for its footnotes when a document is being rendered."""
    notes = _current.get()
    if notes is None or not p.footnotes:
        return text
    return notes.mark(text, p.footnotes)


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


def _ref_run(number: int) -> Any:
    from lxml import etree

    run = etree.Element(_w("r"))
    rpr = etree.SubElement(run, _w("rPr"))
    etree.SubElement(rpr, _w("vertAlign")).set(_w("val"), "superscript")
    etree.SubElement(run, _w("footnoteReference")).set(_w("id"), str(number))
    return run


def _split_markers(body: Any, offset: int) -> None:
    for t in list(body.iter(_w("t"))):
        text = t.text or ""
        if OPEN not in text:
            continue
        run = t.getparent()
        pieces = _MARK.split(text)
        new_runs = []
        for k, piece in enumerate(pieces):
            if k % 2:
                new_runs.append(_ref_run(int(piece) + offset))
            elif piece:
                copy_run = copy.deepcopy(run)
                for other in copy_run.iter(_w("t")):
                    other.text = piece
                    other.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                new_runs.append(copy_run)
        for new in reversed(new_runs):
            run.addnext(new)
        run.getparent().remove(run)


def _footnote(number: int, text: str) -> Any:
    from lxml import etree

    note = etree.Element(_w("footnote"))
    note.set(_w("id"), str(number))
    p = etree.SubElement(note, _w("p"))
    jc = etree.SubElement(etree.SubElement(p, _w("pPr")), _w("jc"))
    jc.set(_w("val"), "both")
    ref = etree.SubElement(p, _w("r"))
    etree.SubElement(etree.SubElement(ref, _w("rPr")), _w("vertAlign")).set(_w("val"), "superscript")
    etree.SubElement(ref, _w("footnoteRef"))
    run = etree.SubElement(p, _w("r"))
    etree.SubElement(etree.SubElement(run, _w("rPr")), _w("sz")).set(_w("val"), "20")
    t = etree.SubElement(run, _w("t"))
    t.text = " " + text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return note


_EMPTY = (
    f'<w:footnotes xmlns:w="{_W}">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    "</w:footnotes>"
)


def apply(document: Any, notes: Footnotes) -> None:
    """Replace the markers of a rendered python-docx document by footnotes (no-op without footnotes)."""
    if not notes.texts:
        return
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from lxml import etree

    part = next((rel.target_part for rel in document.part.rels.values() if rel.reltype == _RT), None)
    if part is None:
        root = etree.fromstring(_EMPTY.encode())
    else:
        root = copy.deepcopy(part.element) if hasattr(part, "element") else etree.fromstring(part.blob)
    ids = [int(n.get(_w("id"), "0")) for n in root.iter(_w("footnote"))]
    offset = max([0, *ids])
    _split_markers(document.element.body, offset)
    for i, text in enumerate(notes.texts, 1):
        root.append(_footnote(i + offset, text))
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    if part is None:
        new = Part(PackURI("/word/footnotes.xml"), _CT, blob, document.part.package)
        document.part.relate_to(new, _RT)
    elif hasattr(part, "element"):
        part._element = etree.fromstring(blob)
    else:
        part._blob = blob
