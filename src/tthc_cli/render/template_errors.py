"""Template problems in Vietnamese, located at the paragraph or table cell of the template where they are.

``tthc templates check`` and ``tthc render`` share everything here, so they agree: the structural checks
(a tag left open in its paragraph, a block opened and never closed, a closing tag with nothing to close),
the translation of Jinja's messages, and the location words ("đoạn 12", "bảng 2, dòng 1, ô 2", "đầu trang").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
OPEN = ("{{", "{%", "{#")
CLOSE = {"{{": "}}", "{%": "%}", "{#": "#}"}
BLOCKS = {"if": "endif", "for": "endfor"}
_BLOCK = re.compile(r"^\{%-?\s*(?:(?:p|tr|tc|r)\s+)?(\w+)")


@dataclass(frozen=True)
class Spot:
    """One paragraph of a template: where it is, and the texts of its runs."""

    where: str
    runs: list[str]

    @property
    def text(self) -> str:
        return "".join(self.runs)


def spots(tpl: Any) -> list[Spot]:
    """Every paragraph of the template's body, headers and footers, in document order."""
    from docx.oxml.ns import qn

    docx = tpl.get_docx()
    out: list[Spot] = []

    def runs(p: Any) -> list[str]:
        return [t.text or "" for t in p.iter(qn("w:t"))]

    paragraph = table = 0
    for child in docx.element.body.iterchildren():
        if child.tag == qn("w:p"):
            paragraph += 1
            out.append(Spot(f"đoạn {paragraph}", runs(child)))
        elif child.tag == qn("w:tbl"):
            table += 1
            for r, tr in enumerate(child.iter(qn("w:tr")), 1):
                for c, tc in enumerate(tr.iter(qn("w:tc")), 1):
                    out.extend(Spot(f"bảng {table}, dòng {r}, ô {c}", runs(p)) for p in tc.iter(qn("w:p")))
    for rel in docx.part.rels.values():
        if rel.reltype in (tpl.HEADER_URI, tpl.FOOTER_URI) and not rel.is_external:
            where = "đầu trang" if rel.reltype == tpl.HEADER_URI else "chân trang"
            out.extend(Spot(where, runs(p)) for p in rel.target_part.element.iter(qn("w:p")))
    return out


def tags(all_spots: list[Spot]) -> Iterator[tuple[Spot, str]]:
    """Every complete tag with the paragraph it is in."""
    for spot in all_spots:
        for tag in TAG.findall(spot.text):
            yield spot, tag


def split_tags(runs: list[str]) -> tuple[list[str], list[str]]:
    """(tags split across runs, tags opened but not closed in the paragraph) of one paragraph."""
    text = "".join(runs)
    bounds, pos = [], 0
    for r in runs:
        pos += len(r)
        bounds.append(pos)

    def run_of(i: int) -> int:
        return next(k for k, b in enumerate(bounds) if i < b)

    split: list[str] = []
    unclosed: list[str] = []
    i = 0
    while i < len(text) - 1:
        opener = text[i : i + 2]
        if opener not in OPEN:
            i += 1
            continue
        end = text.find(CLOSE[opener], i + 2)
        if end < 0:
            unclosed.append(text[i : i + 40])
            break
        if run_of(i) != run_of(end + 1):
            split.append(text[i : end + 2])
        i = end + 2
    return split, unclosed


def structural_errors(all_spots: list[Spot]) -> list[str]:
    """Tags left open in their paragraph, blocks never closed and closing tags with nothing to close,
    each as a located Vietnamese sentence."""
    out = []
    for spot in all_spots:
        _, unclosed = split_tags(spot.runs)
        out += [f"{spot.where}: thẻ {t!r} mở nhưng không đóng trong cùng đoạn văn" for t in unclosed]
    if out:
        return out
    stack: list[tuple[Spot, str, str]] = []
    for spot, tag in tags(all_spots):
        if stack and stack[-1][0].where.startswith("bảng") and spot.where != stack[-1][0].where:
            cell, opening, word = stack[-1]  # a block opened in a table cell must close in that cell
            out.append(f"{cell.where}: thẻ {opening} mở khối '{word}' nhưng ô bảng không có {{% {BLOCKS[word]} %}}")
            return out
        m = _BLOCK.match(tag)
        word = m.group(1) if m else ""
        if word in BLOCKS:
            stack.append((spot, tag, word))
        elif word in BLOCKS.values():
            if stack and BLOCKS[stack[-1][2]] == word:
                stack.pop()
            else:
                opened = f" (khối đang mở: {stack[-1][1]} ở {stack[-1][0].where})" if stack else ""
                out.append(f"{spot.where}: thẻ {tag} không đóng khối nào{opened}")
                return out
    out += [
        f"{spot.where}: thẻ {tag} mở khối '{word}' nhưng không có {{% {BLOCKS[word]} %}}" for spot, tag, word in stack
    ]
    return out


def where_is(all_spots: list[Spot], tag: str | None) -> str:
    """The location of the first paragraph holding ``tag`` (compared without the p/tr prefix), or ""."""
    if not tag:
        return ""
    want = _normal(tag)
    for spot, found in tags(all_spots):
        if _normal(found) == want:
            return spot.where
    return next((s.where for s in all_spots if tag.strip() and tag.strip() in s.text), "")


def _normal(tag: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"^(\{[{%])(?:p|tr|tc|r)\s", r"\1 ", tag)).strip()


_MESSAGES: list[tuple[str, str]] = [
    (r"No filter named '([^']+)'(?: found)?\.?", r"không có bộ lọc '\1'"),
    (r"No test named '([^']+)'(?: found)?\.?", r"không có phép thử '\1'"),
    (r"Encountered unknown tag '([^']+)'.*", r"thẻ lạ '\1' (không phải thẻ Jinja hoặc không có khối để đóng)"),
    (r"unexpected end of template.*expected '([^']+)'.*", r"thẻ chưa viết xong, còn thiếu '\1'"),
    (r"Unexpected end of template.*", "mẫu kết thúc khi còn khối chưa đóng"),
    (r"unexpected '([^']+)'", r"ký tự không mong đợi '\1' (thiếu dấu ngoặc?)"),
    (r"unexpected char '([^']+)'.*", r"ký tự không mong đợi '\1'"),
    (r"expected token '([^']+)', got '([^']+)'", r"cần '\1' nhưng gặp '\2' (thiếu dấu ngoặc hoặc tên?)"),
    (r"tag name expected", "thiếu tên thẻ sau '{%'"),
    (r"Expected an expression, got '([^']+)'", r"thiếu biểu thức, gặp '\1'"),
    (r"'([^']+)' is undefined", r"biến '\1' không có"),
    (r".*has no attribute '([^']+)'", r"không có thuộc tính '\1'"),
]


def translate(message: str) -> str:
    """A Jinja error message in Vietnamese (the original in parentheses when no translation fits)."""
    first = message.strip().splitlines()[0] if message.strip() else message
    for pattern, words in _MESSAGES:
        m = re.fullmatch(pattern, first, re.DOTALL)
        if m:
            return m.expand(words)
    return f"lỗi mẫu ({first})"
