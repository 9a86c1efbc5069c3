"""Chuỗi không ở dạng Unicode dựng sẵn (NFC).

Chữ tiếng Việt có hai cách mã hóa trông giống hệt nhau: dựng sẵn ("ệ" là một ký tự) và tổ hợp ("e" + dấu
mũ + dấu nặng rời). Văn bản dán từ PDF hoặc gõ bằng bộ gõ cũ thường ở dạng tổ hợp; khi đó tìm kiếm, so
khớp tên đơn vị, sắp xếp và kiểm tra chính tả đều sai dù mắt không thấy gì khác. Vị trí chỉ vào ký tự đầu
tiên bị tổ hợp.

Ví dụ sai:

    locality: "huyện Tri Tôn"

Ví dụ đúng:

    locality: "huyện Tri Tôn"
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from tthc_cli import codes
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.textpos import finding_at, strings

CODE = codes.TEXT_NOT_NFC
FAMILY = "text"
NEEDS_MODEL = False


def first_unnormalised(text: str) -> int | None:
    """Offset of the first character whose cluster changes under NFC, or ``None`` if ``text`` is NFC."""
    if unicodedata.is_normalized("NFC", text):
        return None
    start = 0
    for i, ch in enumerate(text):
        if not unicodedata.combining(ch):
            start = i
        cluster_end = i + 1
        while cluster_end < len(text) and unicodedata.combining(text[cluster_end]):
            cluster_end += 1
        cluster = text[start:cluster_end]
        if not unicodedata.is_normalized("NFC", cluster):
            return start
    return 0


def check(ctx: PlanContext) -> Iterator[Finding]:
    """Report each string that is not NFC, at its first decomposed character."""
    for path, value in strings(ctx):
        offset = first_unnormalised(value)
        if offset is None:
            continue
        shown = unicodedata.normalize("NFC", value[offset : offset + 3])
        yield finding_at(
            ctx,
            path,
            value,
            offset,
            f"Chữ tiếng Việt ở dạng tổ hợp (dấu rời), không phải dạng dựng sẵn NFC, bắt đầu từ '{shown}'",
            "gõ lại đoạn này bằng bộ gõ Unicode dựng sẵn, hoặc chạy 'tthc fmt' để chuẩn hóa về NFC",
        )
