"""The head of the document: cơ quan ban hành, quốc hiệu, số ký hiệu, địa danh and date, tên loại, trích yếu.

Offices lay the head out as a two-column table without borders, or as paragraphs with the two sides
separated by tabs and spaces; both are read into the same lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tthc_cli.importer.cursor import SEPARATOR, Cursor, is_upper
from tthc_cli.importer.docxread import Grid, Para
from tthc_cli.text.normalize import fold

_NATIONAL = ("cộng hoà xã hội", "độc lập - tự do")
"""The quốc hiệu and tiêu ngữ, folded (either tone placement, either dash)."""
_NUMBER = re.compile(r"^Số\s*[:.]?\s*(?P<no>[^/\s]*)\s*/\s*(?P<sym>\S.*?)\s*$", re.I)
_DATE = re.compile(
    r"^(?P<place>[^,]+?)\s*,\s*ngày\s*(?P<d>\d{1,2})?\s*(?:tháng|/)\s*(?P<m>\d{1,2})?\s*(?:năm|/)\s*(?P<y>\d{4})",
    re.I,
)
KIND_WORDS = {"quyết định": "quyet-dinh", "kế hoạch": "ke-hoach"}


@dataclass
class Head:
    """What the head of the document says."""

    issuer_lines: list[str] = field(default_factory=list)
    number: str | None = None
    symbol: str | None = None
    place: str | None = None
    date: str | None = None
    unread: list[str] = field(default_factory=list)
    """Lines of the head that are none of the above."""


def is_national(text: str) -> bool:
    """The quốc hiệu or tiêu ngữ line."""
    t = fold(text)
    return any(t.startswith(w) for w in _NATIONAL)


def read_head(cur: Cursor) -> Head | None:
    """The head (a table or tab-separated paragraphs), or ``None`` when the document does not start with one."""
    item = cur.peek()
    left: list[str] = []
    right: list[str] = []
    if isinstance(item, Grid) and any(is_national(c.text) for r in item.rows for c in r.cells):
        cur.take()
        for row in item.rows:
            if row.cells and not row.cells[0].merged_above:
                left.extend(row.cells[0].paras)
            if row.cells and row.cells[-1].first > 0 and not row.cells[-1].merged_above:
                right.extend(row.cells[-1].paras)
    elif isinstance(item, Para) and _paragraph_head(cur, left, right):
        pass
    else:
        return None
    return _head_from(left, right)


def _paragraph_head(cur: Cursor, left: list[str], right: list[str]) -> bool:
    start = cur.i
    seen_national = False
    while True:
        para = cur.para()
        if para is None or fold(para.text) in KIND_WORDS or len(left) + len(right) > 12:
            break
        pieces = para.pieces or [para.text]
        for k, piece in enumerate(pieces):
            national = is_national(piece) or bool(_DATE.match(piece))
            seen_national = seen_national or is_national(piece)
            (right if national or (k > 0 and len(pieces) > 1) else left).append(piece)
        cur.take()
    if not seen_national:
        cur.i = start
        left.clear()
        right.clear()
        return False
    return True


def _head_from(left: list[str], right: list[str]) -> Head:
    head = Head()
    for line in left:
        m = _NUMBER.match(line)
        if m:
            head.number = m.group("no").strip() or None
            head.symbol = m.group("sym").strip()
        elif line and not SEPARATOR.match(line):
            head.issuer_lines.append(line)
    for line in right:
        m = _DATE.match(line)
        if m:
            head.place = m.group("place").strip()
            parts = [m.group("y"), m.group("m"), m.group("d")]
            head.date = "-".join(p.zfill(2) if i else p for i, p in enumerate(parts) if p and all(parts[:i]))
        elif line and not SEPARATOR.match(line) and not is_national(line):
            head.unread.append(line)
    return head


def split_parent(lines: list[str]) -> tuple[list[str], list[str]]:
    """(cơ quan chủ quản lines, issuer lines): "UBND TỈNH AN GIANG" / "SỞ TƯ PHÁP" has a parent (its first line
    names a whole agency with its place), "ỦY BAN NHÂN DÂN" / "HUYỆN TRI TÔN" has none."""
    from tthc_cli.importer.places import split_place

    if len(lines) >= 2 and all(split_place(lines[0])[:2]) and split_place(lines[0])[2]:
        return lines[:1], lines[1:]
    return [], lines


def issuer_name(lines: list[str]) -> str:
    """The issuer's full name from its header lines: "ỦY BAN NHÂN DÂN" / "HUYỆN TRI TÔN" → "Ủy ban nhân dân
    huyện Tri Tôn" (the agency words in sentence case, "UBND" written out, the place name capitalised)."""
    from tthc_cli.importer.places import expand_agency, split_place

    words = expand_agency(" ".join(lines))
    if not is_upper(words):
        return words
    agency, kind, place = split_place(words)
    text = agency.lower().capitalize()
    if kind:
        text += f" {kind.lower()} {place.title()}"
    return text


def read_kind_and_title(cur: Cursor) -> tuple[str | None, str]:
    """Tên loại ("QUYẾT ĐỊNH", "KẾ HOẠCH") and trích yếu (its lines joined), up to the rule line or the
    authority line."""
    kind = None
    para = cur.para()
    if para is not None and fold(para.text) in KIND_WORDS:
        kind = KIND_WORDS[fold(para.text)]
        cur.take()
    lines: list[str] = []
    cur.skip_blank()
    while not cur.done():
        item = cur.items[cur.i]
        if not isinstance(item, Para) or SEPARATOR.match(item.text):
            break
        if lines and (is_upper(item.text) or fold(item.text).startswith(("căn cứ", "(ban hành", "(kèm theo"))):
            break
        lines.append(item.text)
        cur.i += 1
    return kind, " ".join(lines)
