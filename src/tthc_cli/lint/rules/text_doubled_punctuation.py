"""Dấu câu gõ lặp: ";;", ",,", "::", ".." (trừ dấu ba chấm "…"/"..." và "./." kết thúc văn bản).

Dấu câu lặp là lỗi gõ phím thường gặp khi ghép nhiều ô hoặc nhiều dòng, và lọt vào văn bản đã ký.

Ví dụ sai:

    support: Phòng Nội vụ; Phòng Tài chính - Kế hoạch;; Các cơ quan khác có liên quan

Ví dụ đúng:

    support: Phòng Nội vụ; Phòng Tài chính - Kế hoạch; Các cơ quan khác có liên quan
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tthc_cli import codes
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.textpos import finding_at

CODE = codes.TEXT_DOUBLED_PUNCTUATION
FAMILY = "text"
NEEDS_MODEL = False

_DOUBLED = re.compile(r"([;,:])\s*\1|(?<![.\w/])\.\.(?!\.)|(?<=\w)\.\.(?![./])")


def check(ctx: PlanContext) -> Iterator[Finding]:
    """Report repeated ';', ',', ':' and a doubled '.' that is not an ellipsis."""
    for path, text in ctx.iter_strings():
        if not any(ch in text for ch in ";,:."):
            continue
        for m in _DOUBLED.finditer(text):
            if text[m.start() : m.end() + 1].startswith("...") or text[max(0, m.start() - 1) : m.end()] == "...":
                continue
            mark = m.group(1) or "."
            yield finding_at(ctx, path, text, m.start(), f"Dấu '{mark}' bị gõ lặp", f"chỉ giữ một dấu '{mark}'")
