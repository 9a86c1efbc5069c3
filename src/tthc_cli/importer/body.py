"""A kế hoạch's own narrative (label, title, "(Ban hành kèm theo …)", intro, parts I, II …) and the attached
line shared with the phụ lục."""

from __future__ import annotations

import re
from typing import Any

from tthc_cli.importer.cursor import NUMBERED, ROMAN, Cursor
from tthc_cli.importer.decision import is_label, keep_footnotes, paragraph
from tthc_cli.importer.docxread import Para
from tthc_cli.importer.notes import Notebook
from tthc_cli.text.normalize import fold

_ATTACHED = re.compile(
    r"^\((?P<verb>[^()]*?kèm theo)\s+(?P<type>Quyết định|Kế hoạch)\s+số\s*(?P<number>.*?)\s+"
    r"(?P<date>ngày.*?)\s+của\s+(?P<by>.+)\)\s*$",
    re.I | re.S,
)


def is_attached(text: str) -> bool:
    """The "(Ban hành kèm theo …)" line."""
    return text.startswith("(") and "kèm theo" in fold(text)


def read_attached(text: str, doc: dict[str, Any], where: str, notes: Notebook) -> dict[str, Any]:
    """The attached line as ``{verb, by, date_style}``, with ``printed`` when it says something else than the
    line tthc would print from the document's number and date."""
    from tthc_cli.model.plan import Attached, Document
    from tthc_cli.render.context import attached_line
    from tthc_cli.text.normalize import squash

    m = _ATTACHED.match(text)
    if m is None:
        notes.add(where, "không tách được dòng 'kèm theo'; giữ nguyên như in")
        return {"by": doc.get("issuer", {}).get("name") or "?", "printed": text}
    out: dict[str, Any] = {"verb": m.group("verb"), "by": m.group("by")}
    if re.search(r"\d*\s*/\s*\d{1,2}\s*/\s*\d{4}|ngày\s*/", m.group("date")):
        out["date_style"] = "numeric"
    try:
        plain = {**doc, "issuer": {k: v for k, v in doc["issuer"].items() if not k.startswith("_")}}
        built = attached_line(Attached(**out), Document.model_validate(plain))
    except ValueError:
        built = ""
    if squash(built) != squash(text):
        out["printed"] = text
    out["_line"] = text
    return out


def looks_like_body(cur: Cursor) -> bool:
    """After a "KẾ HOẠCH" label and title: narrative parts (I., II. …) come before any table."""
    for item in cur.items[cur.i :]:
        if not isinstance(item, Para):
            return False
        m = NUMBERED.match(item.text)
        if m and ROMAN.match(m.group("no")):
            return True
        if is_label(item.text):
            return False
    return False


def read_parts(cur: Cursor, notes: Notebook) -> tuple[list[Any], list[dict[str, Any]]]:
    """Intro paragraphs and the numbered parts, up to the next phụ lục label, table or signature."""
    intro: list[Any] = []
    parts: list[dict[str, Any]] = []
    while (para := cur.para()) is not None and not is_label(para.text) and not fold(para.text).startswith("nơi nhận"):
        cur.take()
        m = NUMBERED.match(para.text)
        if m and ROMAN.match(m.group("no")):
            parts.append({"stt": m.group("no"), "heading": m.group("rest"), "paragraphs": []})
            keep_footnotes(para, f"phần {m.group('no')}", notes, parts[-1], "heading")
        elif parts:
            parts[-1]["paragraphs"].append(paragraph(para))
        else:
            intro.append(paragraph(para))
    return intro, parts
