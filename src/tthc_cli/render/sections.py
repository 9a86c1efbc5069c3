"""Section properties: the portrait decision, then each phụ lục in its own (landscape) section.

Every section keeps the template's header references, shows no page number on its first page
(``titlePg``) and, for an attached kế hoạch or a phụ lục, numbers its pages on its own from 1 (Nghị định
30/2020, Phụ lục I).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MM = 1440 / 25.4
"""Twentieths of a point per millimetre."""


@dataclass(frozen=True)
class PageLayout:
    """Page size and margins in millimetres."""

    width: float
    height: float
    top: float
    bottom: float
    left: float
    right: float

    @property
    def text_width(self) -> int:
        """Width between the margins, in twentieths of a point."""
        return int((self.width - self.left - self.right) * MM)

    @property
    def text_height(self) -> int:
        """Height between the margins, in twentieths of a point."""
        return int((self.height - self.top - self.bottom) * MM)

    @property
    def landscape(self) -> bool:
        """Whether the page is wider than tall."""
        return self.width > self.height


PORTRAIT = PageLayout(210, 297, 20, 20, 30, 15)
"""A4 with the decree's margins (top and bottom 20–25, left 30–35, right 15–20 mm)."""
LANDSCAPE = PageLayout(297, 210, 30, 20, 20, 15)
"""A4 landscape for a wide phụ lục table. Printed on A4, the page is turned so that its top edge lies at
the binding of the portrait pages (the reader turns the document clockwise to read it), so the top keeps
the 30 mm binding margin."""


def layout_for(orientation: str) -> PageLayout:
    """The layout of an appendix section."""
    return LANDSCAPE if orientation == "landscape" else PORTRAIT


def header_refs(sect_pr: Any) -> str:
    """The header and footer references of a template's section, as XML text."""
    from lxml import etree

    out = []
    for child in sect_pr:
        tag = etree.QName(child).localname
        if tag in ("headerReference", "footerReference"):
            out.append(etree.tostring(child, encoding="unicode"))
    return "".join(out)


def sect_pr_xml(layout: PageLayout, refs: str, *, restart: bool) -> str:
    """A ``<w:sectPr>`` for ``layout`` (elements in schema order)."""
    orient = ' w:orient="landscape"' if layout.landscape else ""
    start = '<w:pgNumType w:start="1"/>' if restart else ""
    return (
        f"<w:sectPr>{refs}"
        f'<w:pgSz w:w="{round(layout.width * MM)}" w:h="{round(layout.height * MM)}"{orient}/>'
        f'<w:pgMar w:top="{round(layout.top * MM)}" w:right="{round(layout.right * MM)}" '
        f'w:bottom="{round(layout.bottom * MM)}" w:left="{round(layout.left * MM)}" '
        f'w:header="{round(10 * MM)}" w:footer="{round(10 * MM)}" w:gutter="0"/>'
        f'{start}<w:cols w:space="720"/><w:titlePg/></w:sectPr>'
    )


TINY = '<w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/></w:rPr>'
"""Paragraph properties of a paragraph one point high: after a table that fills a page it does not open a
page of its own."""


def section_break(sect_pr: str = "") -> str:
    """A paragraph one point high that ends a section with the given properties (or, without them, only
    closes a table that ends the document)."""
    return f"<w:p><w:pPr>{TINY}{sect_pr}</w:pPr></w:p>"


def replace_body_sect_pr(document: Any, sect_pr: str) -> None:
    """Give the last section of a python-docx document the properties ``sect_pr``."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    body = document.element.body
    new = parse_xml(sect_pr.replace("<w:sectPr>", f"<w:sectPr {nsdecls('w', 'r')}>", 1))
    old = body.sectPr
    if old is not None:
        body.replace(old, new)
    else:
        body.append(new)
