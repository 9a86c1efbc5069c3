"""The last pass over every rendered document, whatever template it came from.

- The signature block holds together: the table of "Nơi nhận" and the signature (quyền hạn, chức vụ, the
  signing space, the name) never splits across pages (``cantSplit``), and the paragraphs before it — the
  end of the last article or the closing sentence — stay on its page (``keepNext``), so a signer's name is
  never printed alone on a page.
- Legal numbers and dates do not break inside (:mod:`tthc_cli.render.nobreak`).
- The document is Vietnamese: every language mark is vi-VN, so Word does not underline every word as a
  misspelt English one.
- Property elements follow the schema order (:mod:`tthc_cli.render.ooxml_order`).
"""

from __future__ import annotations

from typing import Any

from tthc_cli.render import nobreak
from tthc_cli.render.ooxml_order import W, put_in_order

LANGUAGE = "vi-VN"
SIGNATURE_STYLES = frozenset({"TthcNoiNhan", "TthcNguoiKy"})
"""Paragraph styles that mark the signature table of the default templates."""
SIGNATURE_WORDS = ("Nơi nhận",)
"""…or, in an office's own template, the words that open its first cell."""


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _text(el: Any) -> str:
    return "".join(t.text or "" for t in el.iter(_w("t")))


def _is_signature(tbl: Any) -> bool:
    styles = {s.get(_w("val")) for s in tbl.iter(_w("pStyle"))}
    return bool(styles & SIGNATURE_STYLES) or _text(tbl).lstrip().startswith(SIGNATURE_WORDS)


def _ppr(p: Any) -> Any:
    ppr = p.find(_w("pPr"))
    if ppr is None:
        from lxml import etree

        ppr = etree.Element(_w("pPr"))
        p.insert(0, ppr)
    return ppr


def _keep_next(p: Any) -> None:
    ppr = _ppr(p)
    if ppr.find(_w("keepNext")) is None:
        from lxml import etree

        ppr.append(etree.Element(_w("keepNext")))


def _cant_split(tr: Any) -> None:
    from lxml import etree

    trpr = tr.find(_w("trPr"))
    if trpr is None:
        trpr = etree.Element(_w("trPr"))
        tr.insert(next((i + 1 for i, c in enumerate(tr) if c.tag in (_w("tblPrEx"),)), 0), trpr)
    if trpr.find(_w("cantSplit")) is None:
        trpr.insert(0, etree.Element(_w("cantSplit")))


def keep_signature(body: Any) -> None:
    """Keep each signature table on one page with the paragraph that precedes it."""
    for tbl in body.iterchildren(_w("tbl")):
        if not _is_signature(tbl):
            continue
        for tr in tbl.iterchildren(_w("tr")):
            _cant_split(tr)
        prev = tbl.getprevious()
        while prev is not None and prev.tag == _w("p"):
            _keep_next(prev)
            if _text(prev).strip() or prev.find(f"{_w('pPr')}/{_w('sectPr')}") is not None:
                break
            prev = prev.getprevious()


def set_language(root: Any) -> None:
    """Every ``w:lang`` (and the theme's font language) under ``root`` says vi-VN."""
    for tag in ("lang", "themeFontLang"):
        for lang in root.iter(_w(tag)):
            for attr in ("val", "eastAsia"):
                lang.set(_w(attr), LANGUAGE)


def _default_language(styles: Any) -> None:
    from lxml import etree

    defaults = styles.find(_w("docDefaults"))
    if defaults is None:
        defaults = etree.Element(_w("docDefaults"))
        styles.insert(0, defaults)
    rpr_default = defaults.find(_w("rPrDefault"))
    if rpr_default is None:
        rpr_default = etree.SubElement(defaults, _w("rPrDefault"))
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(_w("rPr"))
    if rpr is None:
        rpr = etree.SubElement(rpr_default, _w("rPr"))
    if rpr.find(_w("lang")) is None:
        etree.SubElement(rpr, _w("lang"))


def polish(document: Any) -> None:
    """Apply every rule of this module to a rendered python-docx document, in place."""
    from lxml import etree

    body = document.element.body
    keep_signature(body)
    nobreak.apply(body)
    styles = document.part.styles.element
    _default_language(styles)
    for part in document.part.package.iter_parts():
        if not str(part.partname).startswith("/word/") or not str(part.partname).endswith(".xml"):
            continue
        element = getattr(part, "element", None)
        root = element if element is not None else etree.fromstring(part.blob)
        set_language(root)
        put_in_order(root)
        if element is None:
            part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
