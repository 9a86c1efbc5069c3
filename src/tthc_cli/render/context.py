"""The template context of a decision or plan: every printed string, already punctuated and formatted.

Templates receive plain dicts, lists and strings (nothing a sandboxed template could misuse), and text is
cleaned of characters that XML forbids; escaping "&" and "<" is left to Jinja's autoescape.
"""

from __future__ import annotations

import re
from typing import Any

from tthc_cli.model.plan import Article, Attached, Document, Paragraph, Plan, PlanBody
from tthc_cli.render.footnotes import with_footnotes
from tthc_cli.render.vnformat import doc_number, end_document, end_with, format_date, number_line, place_date, upper
from tthc_cli.render.xmltext import clean

TYPE_NAMES = {"quyet-dinh": "QUYẾT ĐỊNH", "ke-hoach": "KẾ HOẠCH"}
"""Tên loại printed for each document kind."""
TYPE_WORDS = {"quyet-dinh": "Quyết định", "ke-hoach": "Kế hoạch"}
"""The kind as named inside a sentence ("Kèm theo Quyết định số …")."""

_LEVEL_WORD = re.compile(r"\s(?=(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s)")


def issuer_lines(doc: Document) -> list[str]:
    """The issuing agency's header lines: as printed when given, else its name split before the locality
    ("ỦY BAN NHÂN DÂN" / "HUYỆN TRI TÔN")."""
    if doc.issuer.header:
        return [clean(line) for line in doc.issuer.header]
    name = upper(clean(doc.issuer.name))
    m = _LEVEL_WORD.search(name)
    return [name[: m.start()], name[m.start() + 1 :]] if m else [name]


def attached_line(attached: Attached | None, doc: Document) -> str:
    """ "(Ban hành kèm theo Quyết định số 752/QĐ-UBND ngày 16 tháng 02 năm 2024 của …)", or "" if none; a line
    given as ``printed`` (an as-issued file) is printed as it is."""
    if attached is None:
        return ""
    if attached.printed:
        return clean(attached.printed)  # kept exactly as the issued document printed it
    number = doc_number(doc.number, doc.symbol)
    date = format_date(doc.date, attached.date_style)
    return clean(f"({attached.verb} {TYPE_WORDS[doc.kind]} số {number} {date} của {attached.by})")


def paragraph(p: Paragraph, text: str | None = None) -> dict[str, str]:
    """A paragraph as templates see it: its text (with footnote markers) and its layout style."""
    return {"text": with_footnotes(p, clean(text if text is not None else p.text)), "style": p.style}


def body_context(body: PlanBody, doc: Document) -> dict[str, Any]:
    """The kế hoạch's narrative: label, title, the attached line, intro and parts; the last paragraph
    ends with "./."."""
    intro = [paragraph(p) for p in body.intro]
    parts: list[dict[str, Any]] = [
        {
            "heading": clean(f"{part.stt}. {part.heading}" if part.stt else part.heading),
            "paragraphs": [paragraph(p) for p in part.paragraphs],
        }
        for part in body.parts
    ]
    last: list[dict[str, str]] = parts[-1]["paragraphs"] if parts and parts[-1]["paragraphs"] else intro
    if last:
        last[-1]["text"] = end_document(last[-1]["text"])
    return {
        "label": clean(body.label),
        "title": clean(body.title),
        "attached_line": attached_line(body.attached, doc),
        "intro": intro,
        "parts": parts,
    }


def _articles(articles: list[Article]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i, a in enumerate(articles, 1):
        label = f"Điều {i}." + (f" {clean(a.title)}" if a.title else "")
        out.append(
            {
                "label": label,
                "title": clean(a.title),
                "text": clean(a.text),
                "paragraphs": [paragraph(p) for p in a.paragraphs],
            }
        )
    if out:
        last = out[-1]
        if last["paragraphs"]:
            last["paragraphs"][-1]["text"] = end_document(last["paragraphs"][-1]["text"])
        else:
            last["text"] = end_document(last["text"])
    return out


def _bases(doc: Document) -> list[str]:
    lines = [with_footnotes(b, clean(b.text)) for b in doc.bases]
    if doc.proposal:
        lines.append(clean(doc.proposal))
    return [end_with(line, "." if i == len(lines) - 1 else ";") for i, line in enumerate(lines)]


def _recipients(doc: Document) -> list[str]:
    n = len(doc.recipients)
    return [f"- {end_with(clean(r), '.' if i == n - 1 else ';')}" for i, r in enumerate(doc.recipients)]


def document_context(plan: Plan) -> dict[str, Any]:
    """The ``doc`` variable: header, title, căn cứ, articles, nơi nhận and signer of the document."""
    doc = plan.document
    signer = doc.signer
    body = plan.plan if doc.kind == "ke-hoach" else None
    return {
        "kind": doc.kind,
        "is_decision": doc.kind == "quyet-dinh",
        "type_name": TYPE_NAMES[doc.kind],
        "parent": upper(clean(doc.issuer.parent)) if doc.issuer.parent else "",
        "issuer_lines": issuer_lines(doc),
        "number_line": number_line(doc.number, clean(doc.symbol)),
        "place_date": place_date(clean(doc.place), doc.date),
        "title": clean(doc.title),
        "authority": upper(clean(doc.authority)),
        "bases": _bases(doc),
        "articles": _articles(doc.articles),
        "recipients": _recipients(doc),
        "signer": (
            {"capacity": clean(signer.capacity), "title": clean(signer.title), "name": clean(signer.name)}
            if signer
            else None
        ),
        "body": body_context(body, doc) if body else {"intro": [], "parts": []},
    }


def decision_context(plan: Plan, *, include_document: bool = True) -> dict[str, Any]:
    """Everything the decision template needs except ``appendices`` (added by the writer)."""
    attached = plan.plan if plan.document.kind == "quyet-dinh" else None
    return {
        "include_document": include_document,
        "doc": document_context(plan),
        "plan": body_context(attached, plan.document) if attached else None,
        "year": plan.year,
        "locality": clean(plan.locality),
    }
