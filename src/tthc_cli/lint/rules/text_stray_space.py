"""Dấu cách thừa: hai dấu cách liền nhau, trước , ; : . ) hoặc sau ( và /, ở đầu hoặc cuối chuỗi; ký tự
vô hình (dấu cách độ rộng 0, BOM, gạch nối mềm) trong chữ.

Dấu cách thừa thường do cắt dán từ Word hoặc PDF; trong văn bản in ra nó làm lệch dòng và sai quy tắc trình
bày (dấu câu viết liền chữ trước nó). Chỗ để trống có chủ ý cho số văn bản chưa cấp ("số      /QĐ-UBND")
và dấu ba chấm ("…", "...") không bị báo.

Ví dụ sai:

    content: 'Công khai thông  tin về TTHC ( cập nhật 01 lần/ tháng ) , tiếp nhận,  giải quyết '

Ví dụ đúng:

    content: Công khai thông tin về TTHC (cập nhật 01 lần/tháng), tiếp nhận, giải quyết …
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tthc_cli import codes
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.textpos import finding_at, strings

CODE = codes.TEXT_STRAY_SPACE
FAMILY = "text"
NEEDS_MODEL = False

_CHECKS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"(?<=\S) {2,}(?=[^\s/….])"), "Hai dấu cách liền nhau", "chỉ để một dấu cách"),
    (
        re.compile(r"(?<=\S) +(?=[,;:)]|\.(?![./]))"),
        "Dấu cách trước dấu câu",
        "viết dấu câu liền sau chữ đứng trước nó, bỏ dấu cách",
    ),
    (re.compile(r"(?<=\() +(?=\S)"), "Dấu cách sau dấu '('", "viết chữ liền sau dấu '('"),
    (re.compile(r"(?<=\w/) +(?=\w)"), "Dấu cách sau dấu '/'", "viết liền hai phía dấu '/' (ví dụ 'tháng/01 lần')"),
    (re.compile(r"^[ \t]+(?=\S)"), "Dấu cách thừa ở đầu chuỗi", "xóa dấu cách ở đầu"),
    (re.compile(r"(?<=\S)[ \t]+$", re.MULTILINE), "Dấu cách thừa ở cuối dòng", "xóa dấu cách ở cuối"),
    (
        re.compile("[\u00ad\u200b-\u200d\u2060-\u2064\ufeff]"),
        "Ký tự vô hình trong chữ (dấu cách độ rộng 0, BOM hoặc gạch nối mềm)",
        "xóa ký tự này; thường do dán từ trang web hoặc tệp khác, nó làm tên đơn vị, số hiệu không khớp",
    ),
)


def stray_spaces(text: str) -> Iterator[tuple[int, str, str]]:
    """Each stray space in ``text`` as (offset, message, hint), in reading order."""
    found = [(m.start(), message, hint) for pattern, message, hint in _CHECKS for m in pattern.finditer(text)]
    seen: set[int] = set()
    for offset, message, hint in sorted(found):
        if offset not in seen:
            seen.add(offset)
            yield offset, message, hint


def check(ctx: PlanContext) -> Iterator[Finding]:
    """Report each stray space at its position."""
    for path, value in strings(ctx):
        for offset, message, hint in stray_spaces(value):
            yield finding_at(ctx, path, value, offset, message, hint)
