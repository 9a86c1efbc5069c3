"""The body of a quyết định: thẩm quyền, căn cứ, "Theo đề nghị", "QUYẾT ĐỊNH:", the Điều, nơi nhận, chữ ký."""

from __future__ import annotations

import re
from typing import Any

from tthc_cli.importer.cursor import LABEL, LABEL_TITLE, Cursor, is_upper
from tthc_cli.importer.docxread import Para
from tthc_cli.importer.notes import Notebook
from tthc_cli.text.normalize import fold

ARTICLE = re.compile(r"^Điều\s+(\d+)\s*[.:]\s*(.*)$", re.S)
_CAPACITY = re.compile(r"^(TM|KT|Q|TL|TUQ)\s*\.\s*(\S.*)$")
_SIGNED = re.compile(r"^\(?\s*(đã ký|ký tên|đã ký và đóng dấu|ký, ghi rõ họ tên.*)\s*\)?$", re.I)
_PROPOSAL = ("theo đề nghị", "xét đề nghị", "xét tờ trình")


def strip_end(text: str) -> str:
    """A căn cứ or nơi nhận line without its final ";", "." or ","."""
    return re.sub(r"\s*[;.,]+\s*$", "", text)


def keep_footnotes(para: Para, where: str, notes: Notebook, container: Any, key: Any) -> None:
    """Footnotes of a line that has no footnotes field (a heading, an Điều's first line): kept as comments."""
    for note in para.footnotes:
        notes.keep(where, f"chú thích cuối trang: {note}", container, key)


def paragraph(para: Para) -> Any:
    """A plan paragraph: the text, or the mapping form when it cites footnotes."""
    return {"text": para.text, "footnotes": list(para.footnotes)} if para.footnotes else para.text


def read_decision(cur: Cursor, doc: dict[str, Any], notes: Notebook) -> None:
    """Thẩm quyền, căn cứ, đề nghị and the Điều, into ``doc``."""
    para = cur.para()
    if para is not None and is_upper(para.text) and not fold(para.text).startswith("quyết định"):
        doc["authority"] = para.text
        cur.take()
    bases: list[Any] = []
    while (para := cur.para()) is not None and not fold(para.text).startswith(("quyết định", "điều ")):
        cur.take()
        words = fold(para.text)
        if words.startswith(_PROPOSAL):
            doc["proposal"] = strip_end(para.text)
            continue
        if not words.startswith("căn cứ"):
            notes.add("căn cứ", f"đoạn không bắt đầu bằng 'Căn cứ', vẫn xếp vào căn cứ: {para.text[:80]}")
        para.text = strip_end(para.text)
        bases.append(paragraph(para))
    doc["bases"] = bases
    para = cur.para()
    if para is not None and fold(para.text).rstrip(":") == "quyết định":
        cur.take()
    doc["articles"] = read_articles(cur, notes)


def read_articles(cur: Cursor, notes: Notebook) -> list[Any]:
    """ "Điều 1. …" paragraphs, each with the paragraphs that follow it, up to the signature block."""
    articles: list[dict[str, Any]] = []
    while (para := cur.para()) is not None and not fold(para.text).startswith("nơi nhận"):
        m = ARTICLE.match(para.text)
        if m is None and not articles:
            break
        cur.take()
        if m is not None:
            if int(m.group(1)) != len(articles) + 1:
                notes.add(f"Điều {m.group(1)}", f"Điều được đánh số {m.group(1)}, đứng thứ {len(articles) + 1}")
            articles.append({"text": m.group(2), "paragraphs": []})
            keep_footnotes(para, f"Điều {m.group(1)}", notes, articles[-1], "text")
        elif _is_title(articles[-1]):
            articles[-1]["title"], articles[-1]["text"] = articles[-1]["text"], para.text
        else:
            articles[-1]["paragraphs"].append(paragraph(para))
    return [a if len(a) > 2 or a["paragraphs"] else a["text"] for a in articles]


def _is_title(article: dict[str, Any]) -> bool:
    """ "Điều 1. Phạm vi điều chỉnh" followed by its text: a few words without final punctuation."""
    text = article["text"]
    return (
        "title" not in article
        and not article["paragraphs"]
        and len(text.split()) <= 12
        and not text.endswith((".", ";", ":", ",", ")"))
    )


def read_signature(cur: Cursor, doc: dict[str, Any], notes: Notebook) -> None:
    """Nơi nhận and the signer, from the two-column table or from paragraphs."""
    grid = cur.grid()
    left: list[str] = []
    right: list[str] = []
    if grid is not None and grid.rows and fold(grid.rows[0].cells[0].text).startswith("nơi nhận"):
        cur.take()
        for row in grid.rows:
            left.extend(row.cells[0].paras)
            if row.cells[-1].first > 0:
                right.extend(row.cells[-1].paras)
    else:
        para = cur.para()
        if para is None or not fold(para.text).startswith("nơi nhận"):
            return
        while (para := cur.para()) is not None and (
            not left or para.text.startswith(("-", "+", "–")) or fold(para.text).startswith("lưu")
        ):
            cur.take()
            pieces = para.pieces or [para.text]
            left.append(pieces[0])
            right.extend(pieces[1:])
        while (para := cur.para()) is not None and len(para.text) < 60 and not is_label(para.text):
            cur.take()
            right.append(para.text)
    head = left[0] if left else ""
    rest = re.sub(r"^\s*nơi nhận\s*:?\s*", "", head, flags=re.I)
    lines = ([rest] if rest else []) + left[1:]
    doc["recipients"] = [strip_end(x.lstrip("-+–• ").strip()) for x in lines if x.strip(" -")]
    _signer(right, doc, notes)


def _signer(lines: list[str], doc: dict[str, Any], notes: Notebook) -> None:
    words = [x for x in lines if x.strip()]
    for x in [w for w in words if _SIGNED.match(w)]:
        notes.add("chữ ký", f"bỏ qua dòng ghi chú chữ ký: {x}")
    words = [w for w in words if not _SIGNED.match(w)]
    if len(words) < 2:
        if words:
            notes.keep("chữ ký", " / ".join(words))
        return
    signer: dict[str, Any] = {}
    m = _CAPACITY.match(words[0])
    if m:
        signer["capacity"] = f"{m.group(1)}. {m.group(2)}"
        words = words[1:]
    signer["title"] = words[0]
    signer["name"] = words[-1]
    for extra in words[1:-1]:
        notes.keep("chữ ký", extra)
    doc["signer"] = signer


def is_label(text: str) -> bool:
    """ "PHỤ LỤC", "Phụ lục II", "KẾ HOẠCH": the first line of a phụ lục or of an attached kế hoạch."""
    return bool(LABEL.match(fold(text)) or LABEL_TITLE.match(text))
