"""Lỗi chính tả thường gặp trong thuật ngữ hành chính ("kiếm soát", "cá nhận", "Thường xuyền").

Danh sách lỗi và cách sửa là dữ liệu (``tthc_cli/data/misspellings.yaml``), bổ sung dần từ những gì người
rà soát tìm thấy. So khớp trọn từ, không phân biệt hoa thường (trừ mục chỉ sai cách viết hoa như
"Bộ Trưởng"); gợi ý cho biết cách viết đúng.

Ví dụ sai:

    content: Tiếp nhận phản ánh của cá nhận về hoạt động kiếm soát thủ tục hành chính

Ví dụ đúng:

    content: Tiếp nhận phản ánh của cá nhân về hoạt động kiểm soát thủ tục hành chính
"""

from __future__ import annotations

from collections.abc import Iterator

from tthc_cli import codes
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.textpos import finding_at, strings
from tthc_cli.lint.wordlists import misspelling_spans

CODE = codes.TEXT_MISSPELLING
FAMILY = "text"
NEEDS_MODEL = False


def check(ctx: PlanContext) -> Iterator[Finding]:
    """Report each listed misspelling at its position, with the correction as hint."""
    for path, value in strings(ctx):
        for start, end, entry in misspelling_spans(value):
            yield finding_at(
                ctx,
                path,
                value,
                start,
                f"Sai chính tả: '{value[start:end]}'",
                f"sửa thành '{entry.right}'",
            )
