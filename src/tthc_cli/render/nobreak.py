"""Legal numbers and dates that never break across lines: "61/2018/NĐ-CP", "388/UBND-TH", "12/3/2024".

A narrow cell would otherwise print "61/2018/N" on one line and "Đ-CP" on the next, or break after a "/"
or "-". Inside such a token every hyphen becomes Word's non-breaking hyphen (``w:noBreakHyphen``, shown as
an ordinary "-") and every "/" before a letter is followed by a word joiner (U+2060, zero width), which
forbids a break after it in Word and LibreOffice alike (a "/" before a digit never breaks: Unicode line
breaking keeps "23/02/2024" whole). Copying the text out of the document or its PDF gives the same
characters back, apart from the invisible joiner.
"""

from __future__ import annotations

import re
from typing import Any

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
JOINER = "\u2060"
_WORD = r"[^\W_]+"
TOKEN = re.compile(
    rf"(?<![\w-])(?:(?<!/)\d+(?:/{_WORD})+(?:-{_WORD})*|[A-ZĐ]{{2,}}(?:-{_WORD})+)",
    re.UNICODE,
)
"""A number with its symbol ("752/QĐ-UBND", "61/2018/NĐ-CP"), a date ("28/02/2024") or a bare symbol
("QĐ-UBND" after the blank of a number not yet given, "KH-UBND")."""


_BEFORE_LETTER = re.compile(r"/(?=[^\W\d_])")


def pieces(text: str) -> list[str]:
    """``text`` cut at the hyphens to be made non-breaking, joiners already inserted after "/": the odd
    positions hold "-" (one non-breaking hyphen each)."""
    out: list[str] = [""]
    pos = 0
    for m in TOKEN.finditer(text):
        out[-1] += text[pos : m.start()]
        token = _BEFORE_LETTER.sub("/" + JOINER, m.group())
        parts = token.split("-")
        out[-1] += parts[0]
        for part in parts[1:]:
            out += ["-", part]
        pos = m.end()
    out[-1] += text[pos:]
    return out


def apply(root: Any) -> None:
    """Make every legal number and date in the ``w:t`` texts under ``root`` unbreakable, in place."""
    from lxml import etree

    space = "{http://www.w3.org/XML/1998/namespace}space"
    for t in list(root.iter(f"{{{W}}}t")):
        text = t.text or ""
        if "/" not in text and "-" not in text:
            continue
        split = pieces(text)
        if len(split) == 1 and split[0] == text:
            continue
        t.text = split[0]
        t.set(space, "preserve")
        anchor = t
        for k, piece in enumerate(split[1:], 1):
            if k % 2:
                new = etree.Element(f"{{{W}}}noBreakHyphen")
            else:
                if not piece:
                    continue
                new = etree.Element(f"{{{W}}}t")
                new.text = piece
                new.set(space, "preserve")
            anchor.addnext(new)
            anchor = new
