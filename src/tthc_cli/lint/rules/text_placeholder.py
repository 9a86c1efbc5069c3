"""Chỗ '[cần điền: …]' chưa được điền.

Khung kế hoạch do ``tthc new`` tạo đánh dấu mỗi chỗ người soạn phải tự viết (người ký, thời hạn, chỉ tiêu,
căn cứ) bằng '[cần điền: …]'. Một chỗ còn sót lại sẽ được in nguyên vào văn bản, nên đây là lỗi và
``tthc render`` từ chối xuất kế hoạch còn lỗi. Chỉ báo trong giá trị, không báo trong chú thích ``#``.

Ví dụ sai:

    signer: {capacity: TM. ỦY BAN NHÂN DÂN, title: CHỦ TỊCH, name: '[cần điền: họ tên người ký]'}

Ví dụ đúng:

    signer: {capacity: TM. ỦY BAN NHÂN DÂN, title: CHỦ TỊCH, name: Nguyễn Văn An}
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from tthc_cli import codes
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.textpos import finding_at

CODE = codes.TEXT_PLACEHOLDER
FAMILY = "text"
NEEDS_MODEL = False

_PLACEHOLDER = re.compile(r"\[\s*(?:cần|can)\s+(?:điền|dien)\b[^\]\n]*\]?", re.IGNORECASE)
"""The skeletons' mark, also typed without diacritics or left without its closing bracket."""


def placeholders(text: str) -> Iterator[tuple[int, str]]:
    """Each placeholder in ``text`` as (offset, the placeholder as written)."""
    for match in _PLACEHOLDER.finditer(unicodedata.normalize("NFC", text)):
        yield match.start(), match.group(0)


def check(ctx: PlanContext) -> Iterator[Finding]:
    """Report each placeholder left in any value (identifiers included: an id can be a placeholder too)."""
    for path, value in ctx.iter_strings(text_only=False):
        for offset, found in placeholders(value):
            yield finding_at(ctx, path, value, offset, f"Còn chỗ chưa điền '{found}'", "viết nội dung thật vào chỗ này")
