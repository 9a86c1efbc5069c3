"""Reading the words of a target: comparator, value or band, count unit and "trong đó" sub-targets.

The words are read whole or not at all: a clause is understood only when every word of it belongs to a known
phrasing ("Tối thiểu 45", "trên 95%", "từ 95% trở lên", "tối thiểu 45% - 50%", "từ 80 đến dưới 90 điểm",
"tối thiểu 7.920 hồ sơ", "Không quá 5"). Words left over are returned as ``unread`` instead of a shortened
meaning, so that ``tthc validate`` reports them at the target's line (TT602) and nothing is scored against a
target that says more than was read.
"""

from __future__ import annotations

import re
from typing import Any

from tthc_cli.text.normalize import fold, fold_with_offsets

_NUM = r"(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)"
_UNIT = r"(?:\s*(%|điểm|hồ sơ|văn bản|lần|thủ tục|tthc))?"
_LEAD = r"(?:(?:phấn đấu|đạt|bảo đảm|đảm bảo|ở mức|mức)\s*)*"
_TAIL = r"(?:\s*(?:trở lên|/năm|mỗi năm|hằng năm|hàng năm))?"
_GE = r"(?:tối thiểu|ít nhất|không thấp hơn|không dưới|không ít hơn|≥|>=)\s*(?:là\s+)?(?:từ\s+)?"
_SEP = r"\s*(?:-|–|—|đến|tới)\s*(dưới|hết|không quá)?\s*"

_BAND = re.compile(rf"{_LEAD}(?:{_GE})?(?:từ\s+)?{_NUM}{_UNIT}{_SEP}{_NUM}{_UNIT}")
_SIMPLE: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"{_LEAD}{_GE}{_NUM}{_UNIT}{_TAIL}"), ">="),
    (re.compile(rf"{_LEAD}từ\s+{_NUM}{_UNIT}\s*trở lên"), ">="),
    (re.compile(rf"{_LEAD}(?:trên|lớn hơn|cao hơn|vượt|hơn|>)\s*{_NUM}{_UNIT}{_TAIL}"), ">"),
    (re.compile(rf"{_LEAD}(?:tối đa|không quá|không vượt quá|không cao hơn|không lớn hơn|≤|<=)\s*{_NUM}{_UNIT}"), "<="),
    (re.compile(rf"{_LEAD}{_NUM}{_UNIT}\s*trở xuống"), "<="),
    (re.compile(rf"{_LEAD}(?:dưới|nhỏ hơn|thấp hơn|ít hơn|<)\s*{_NUM}{_UNIT}"), "<"),
    (re.compile(rf"{_LEAD}(?:bằng|đúng)\s*{_NUM}{_UNIT}"), "="),
    (re.compile(rf"{_LEAD}{_NUM}{_UNIT}{_TAIL}"), ">="),
]
_SUB_SPLIT = re.compile(r"[,;.]?\s*(?<!\w)trong đó(?!\w)[:,]?\s*")
_SUB = re.compile(rf"(?:(tối thiểu|ít nhất|trên|tối đa|không quá|dưới)\s*)?{_NUM}\s*(%)?\s*(\S.*)?")
_SUB_OPS = {None: ">=", "tối thiểu": ">=", "ít nhất": ">=", "trên": ">", "tối đa": "<=", "không quá": "<=", "dưới": "<"}
_EDGE = " \t.;,:"


def parse_vn_number(text: str) -> float:
    """Parse a number written the Vietnamese way ("7.920", "60,67") or plainly ("60.67", "45")."""
    t = text.strip()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", t):
        return float(t.replace(".", "").replace(",", "."))
    return float(t.replace(",", "."))


def _unit(*found: str | None) -> dict[str, Any]:
    unit = next((u for u in found if u), None)
    return {"unit": unit} if unit and unit != "%" else {}


def read_clause(clause: str) -> dict[str, Any] | None:
    """The meaning of one folded clause ("tối thiểu 45%"), or ``None`` unless every word is understood."""
    t = clause.strip(_EDGE)
    m = _BAND.fullmatch(t)
    if m:
        lo, hi = parse_vn_number(m.group(1)), parse_vn_number(m.group(4))
        if lo < hi:
            return {"op": "band", "min": lo, "max": hi, "max_inclusive": m.group(3) != "dưới", **_unit(m[2], m[5])}
    for pattern, op in _SIMPLE:
        m = pattern.fullmatch(t)
        if m:
            return {"op": op, "value": parse_vn_number(m.group(1)), **_unit(m.group(2))}
    return None


def read_sub(original: str) -> dict[str, Any] | None:
    """A sub-target's words ("20% trả trước hạn") as text, comparator and value, or ``None``."""
    m = _SUB.fullmatch(fold(original).strip(_EDGE))
    if m is None:
        return None
    return {"text": original.strip(_EDGE), "op": _SUB_OPS[m.group(1)], "value": parse_vn_number(m.group(2))}


def is_placeholder(text: str) -> bool:
    """Whether the words are a skeleton's "[cần điền: …]" placeholder: no target yet, whatever its example says."""
    return fold(text).startswith("[cần điền")


def parse_target_words(text: str) -> dict[str, Any] | None:
    """Read the comparator and value (or band), the unit and the sub-targets from the words of a target.

    ``None`` when the main clause cannot be read at all. When some words are not understood, the result has
    only ``unread`` (those words) and no meaning: a target is never read shorter than it is written. A bare
    number ("100") means "at least 100", as offices score it.
    """
    if is_placeholder(text):
        return None
    norm, where = fold_with_offsets(text)
    parts = _SUB_SPLIT.split(norm, maxsplit=1)
    main = read_clause(parts[0])
    if main is None:
        return {"unread": " ".join(text.split())} if any(c.isdigit() for c in parts[0]) else None
    if len(parts) == 1:
        return main
    start = len(norm) - len(parts[1])
    original = text[where[start] :] if start < len(where) else ""
    sub = read_sub(original)
    if sub is None:
        return {"unread": " ".join(original.split()) or text}
    return {**main, "sub": [sub]}
