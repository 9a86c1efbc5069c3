"""From the document's items to the plain data of a plan: the document, the attached kế hoạch, the phụ lục,
and the plan keys that are derived from them (year, level, locality, id, parent plan)."""

from __future__ import annotations

import re
from typing import Any

from tthc_cli.importer.appendix import AppendixReader
from tthc_cli.importer.body import is_attached, looks_like_body, read_attached, read_parts
from tthc_cli.importer.cursor import Cursor
from tthc_cli.importer.decision import is_label, read_decision, read_signature
from tthc_cli.importer.docxread import Item
from tthc_cli.importer.header import Head, issuer_name, read_head, read_kind_and_title, split_parent
from tthc_cli.importer.notes import Notebook
from tthc_cli.importer.places import level_of, locality_of, slug, split_place
from tthc_cli.text.normalize import fold

_YEAR = re.compile(r"(?<!\d)năm\s+(20\d\d)(?!\d)", re.I)
_CITED_PLAN = re.compile(
    r"(?:Quyết định|Kế hoạch)\s+số\s+(?P<number>\d+/[^\s,;]+)\s+ngày\s+(?P<date>[^,;]*?\d{4})\s+của\s+(?P<by>[^;]*)",
    re.I,
)
_ABOVE = {"xa": "huyện", "huyen": "tỉnh"}


def read_plan(items: list[Item], orientations: list[str], overrides: dict[str, str], notes: Notebook) -> dict[str, Any]:
    """The plan's plain data (before the unprinted values of a tthc-rendered file are laid over it)."""
    cur = Cursor(items)
    head = read_head(cur)
    if head is None:
        notes.add("đầu văn bản", "không thấy phần đầu văn bản (tên cơ quan, quốc hiệu, số, địa danh và ngày)")
        head = Head()
    kind, title = read_kind_and_title(cur)
    doc = _document(head, kind, title, notes)
    body: dict[str, Any] | None = None
    if doc["kind"] == "quyet-dinh":
        read_decision(cur, doc, notes)
    else:
        body = {"label": "KẾ HOẠCH", "title": title}
        _read_body(cur, body, doc, notes)
        if not (body.get("intro") or body.get("parts") or body.get("attached")):
            body = None  # a kế hoạch that is only its phụ lục
    read_signature(cur, doc, notes)
    if doc["kind"] == "quyet-dinh":
        body = _attached_body(cur, doc, notes)
    appendices = AppendixReader(doc, overrides, orientations, notes).read(cur)
    data: dict[str, Any] = {"schema_version": 1}
    data["document"] = doc
    if body is not None:
        data["plan"] = body
    data["appendices"] = appendices
    return data


def _document(head: Head, kind: str | None, title: str, notes: Notebook) -> dict[str, Any]:
    if kind is None:
        kind = "ke-hoach" if (head.symbol or "").upper().startswith("KH") else "quyet-dinh"
        notes.add("tên loại", f"không thấy dòng 'QUYẾT ĐỊNH' hay 'KẾ HOẠCH'; đoán là {kind} theo ký hiệu")
    parent, lines = split_parent(head.issuer_lines)
    name = issuer_name(lines) if lines else "[cần điền: cơ quan ban hành]"
    doc: dict[str, Any] = {"kind": kind, "issuer": {"name": name}}
    doc["issuer"]["_header"] = lines
    if lines and _derived_lines(name) != lines:
        doc["issuer"]["header"] = lines
    if parent:
        doc["issuer"]["parent"] = issuer_name(parent)
        notes.add("cơ quan ban hành", f"cơ quan chủ quản đoán là '{doc['issuer']['parent']}'", doc["issuer"], "parent")
    if head.issuer_lines:
        built = f"tên đầy đủ '{name}' được dựng từ dòng tên cơ quan; xem lại"
        notes.add("cơ quan ban hành", built, doc["issuer"], "name")
    doc["place"] = head.place or "[cần điền: địa danh]"
    doc["number"] = head.number
    doc["symbol"] = head.symbol or "[cần điền: ký hiệu]"
    if head.date:
        doc["date"] = head.date
    doc["title"] = title or "[cần điền: trích yếu]"
    for key, missing in (("place", head.place), ("symbol", head.symbol), ("title", title)):
        if not missing:
            notes.add("đầu văn bản", f"không đọc được {key}; cần điền", doc, key)
    for line in head.unread:
        notes.keep("đầu văn bản", line, doc, "title")
    return doc


def _derived_lines(name: str) -> list[str]:
    from tthc_cli.model.plan import Document, Issuer
    from tthc_cli.render.context import issuer_lines

    stub = Document.model_construct(kind="quyet-dinh", issuer=Issuer(name=name), place="-", symbol="-", title="-")
    return issuer_lines(stub)


def _read_body(cur: Cursor, body: dict[str, Any], doc: dict[str, Any], notes: Notebook) -> None:
    para = cur.para()
    if para is not None and is_attached(para.text):
        cur.take()
        body["attached"] = read_attached(para.text, doc, "kế hoạch", notes)
    body["intro"], body["parts"] = read_parts(cur, notes)


def _attached_body(cur: Cursor, doc: dict[str, Any], notes: Notebook) -> dict[str, Any] | None:
    start = cur.i
    repeat = read_head(cur)
    para = cur.para()
    if para is None or not is_label(para.text) or fold(para.text) != "kế hoạch":
        cur.i = start
        return None
    cur.take()
    kind_title = cur.para()
    title = kind_title.text if kind_title is not None and not is_attached(kind_title.text) else ""
    if title:
        cur.take()
    if not looks_like_body(cur):
        cur.i = start
        return None
    if repeat is not None and repeat.issuer_lines != doc["issuer"].get("header", repeat.issuer_lines):
        notes.add("kế hoạch", "phần đầu của kế hoạch kèm theo ghi tên cơ quan khác với quyết định")
    body: dict[str, Any] = {"label": para.text, "title": title}
    _read_body(cur, body, doc, notes)
    return body


def derive_plan_keys(out: dict[str, Any], notes: Notebook) -> None:
    """year, level, locality, id and parent, read from the document (each a guess to confirm), into ``out``."""
    doc = out["document"]
    date = str(doc.get("date") or "")
    m = _YEAR.search(doc.get("title", ""))
    year = int(date[:4]) if date[:4].isdigit() else int(m.group(1)) if m else 2000
    locality = locality_of(doc["issuer"]["name"]) or locality_of(doc["issuer"].get("parent") or "")
    locality = locality or "[cần điền: địa bàn]"
    level = level_of(locality)
    out["id"] = f"{slug(split_place(locality)[2] or locality)}-{year}"
    out["year"] = year
    out["level"] = level or "huyen"
    out["locality"] = locality
    notes.add("kế hoạch", f"id, năm, cấp và địa bàn được suy ra từ văn bản ({out['id']}, {year}, {out['level']})")
    if level is None:
        notes.add("kế hoạch", "không suy ra được cấp (tinh/huyen/xa) từ tên cơ quan; cần điền", out, "level")
    parent = _parent(doc, year, out["level"])
    if parent is not None:
        out["parent"] = parent
        notes.add("kế hoạch", f"kế hoạch cấp trên đoán theo căn cứ: {parent['number']}", out, "parent")


def _parent(doc: dict[str, Any], year: int, level: str) -> dict[str, Any] | None:
    """The last căn cứ citing a decision or plan of the same year issued at the level directly above (the
    plan this one carries out)."""
    from tthc_cli.deadline import parse_deadline

    above = _ABOVE.get(level)
    found = None
    for basis in doc.get("bases", []):
        text = basis if isinstance(basis, str) else basis.get("text", "")
        for m in _CITED_PLAN.finditer(text):
            by = fold(m.group("by"))
            if above and above in by.split(" về ")[0].split():
                when = parse_deadline(m.group("date"))
                day = when.end if when is not None else None
                if day is not None and day.year == year:
                    found = {"number": m.group("number"), "date": day.isoformat()}
    return found
