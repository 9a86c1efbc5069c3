"""The child order that the OOXML schema (ECMA-376, WordprocessingML) prescribes for property elements.

Word answers a document whose ``w:pPr``, ``w:rPr``, ``w:tblPr``, ``w:tcPr`` or ``w:sectPr`` children are out
of order with a repair prompt; LibreOffice silently accepts them. Templates edited by hand, python-docx
helpers that append, and the XML tthc writes itself all pass through :func:`put_in_order` after rendering,
so every part is valid whatever its origin. :func:`order_problems` is the check the tests use.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _names(words: str) -> tuple[str, ...]:
    return tuple(words.split())


ORDER: dict[str, tuple[str, ...]] = {
    "pPr": _names(
        "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd "
        "tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi "
        "adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc "
        "textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange"
    ),
    "rPr": _names(
        "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof "
        "snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText "
        "vertAlign rtl cs em lang eastAsianLayout specVanish oMath ins del moveFrom moveTo rPrChange"
    ),
    "tblPr": _names(
        "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc tblCellSpacing "
        "tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription tblPrChange"
    ),
    "tcPr": _names(
        "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign "
        "hideMark headers cellIns cellDel cellMerge tcPrChange"
    ),
    "sectPr": _names(
        "headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders lnNumType "
        "pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi rtlGutter docGrid "
        "printerSettings sectPrChange"
    ),
}
"""Children of each property element in schema order (``headerReference`` and ``footerReference`` form
one choice group and may interleave)."""

_RANK = {parent: {name: i for i, name in enumerate(names)} for parent, names in ORDER.items()}
_RANK["sectPr"]["footerReference"] = _RANK["sectPr"]["headerReference"]
_SINGLE = {"tblLayout", "tblLook", "tblBorders", "tblW", "jc", "pStyle", "keepNext", "ind", "spacing", "lang"}
"""Children that may occur only once (a repeated one is dropped, keeping the last)."""


_NS = f"{{{W}}}"
_TAGS = {f"{_NS}{parent}": parent for parent in ORDER}


def _local(el: Any) -> str:
    tag = el.tag
    return tag[len(_NS) :] if isinstance(tag, str) and tag.startswith(_NS) else ""


def _property_elements(root: Any) -> Iterator[Any]:
    return iter(root.iter(*_TAGS))


def put_in_order(root: Any) -> None:
    """Sort the children of every property element under ``root`` into schema order, in place."""
    for prop in _property_elements(root):
        if len(prop) < 2:
            continue
        rank = _RANK[_TAGS[prop.tag]]
        children = [c for c in prop if isinstance(c.tag, str)]
        names = [_local(c) for c in children]
        ranks = [rank.get(name, len(rank)) for name in names]
        repeated = len(set(names)) != len(names)
        if not repeated and all(a <= b for a, b in itertools.pairwise(ranks)):
            continue
        kept = children
        if repeated:
            seen: set[str] = set()
            kept = []
            for child, name in reversed(list(zip(children, names, strict=True))):
                if name in _SINGLE and name in seen:
                    prop.remove(child)
                    continue
                seen.add(name)
                kept.insert(0, child)
        ordered = sorted(kept, key=lambda c: rank.get(_local(c), len(rank)))
        if ordered != kept:
            for child in kept:
                prop.remove(child)
            prop.extend(ordered)


def order_problems(root: Any) -> list[str]:
    """Every property element under ``root`` whose children break the schema order, one line each."""
    out = []
    for prop in _property_elements(root):
        name = _TAGS[prop.tag]
        rank = _RANK[name]
        names = [_local(c) for c in prop if isinstance(c.tag, str)]
        unknown = [n for n in names if n not in rank]
        ranks = [rank[n] for n in names if n in rank]
        repeated = sorted({n for n in names if n in _SINGLE and names.count(n) > 1})
        if unknown or ranks != sorted(ranks) or repeated:
            out.append(f"{name}: {' '.join(names)}")
    return out
