"""Chữ đúng chính tả nhưng sai từ: ghép với chữ bên cạnh không thành từ nào, đổi một lỗi gõ thì thành từ.

"nhân dan", "kiến nghi", "điên tử", "trị trấn", "đúng hạng": mỗi chữ là âm tiết có thật nên không phải lỗi
chính tả, nhưng cùng chữ bên cạnh không thành từ; đổi dấu hoặc một chữ cái ("dân", "nghị", "điện", "thị",
"hạn") thì thành từ có trong từ điển (danh sách từ tiếng Việt và thuật ngữ hành chính trong
``tthc_cli/data/lexicon/``). Chỉ báo khi cách đọc mới phủ thêm ít nhất hai âm tiết thành từ, không cướp
chữ bên cạnh khỏi một từ đang đúng, và không nghi các hư từ thường gặp ("các", "của", "và"); không xét chữ
viết hoa (tên riêng), chữ viết tắt, mã và số.

Ví dụ sai:

    content: Tiếp nhận kiến nghi của nhân dan tại các xã, phường, trị trấn; giải quyết đúng hạng

Ví dụ đúng:

    content: Tiếp nhận kiến nghị của nhân dân tại các xã, phường, thị trấn; giải quyết đúng hạn
"""

from __future__ import annotations

from collections.abc import Iterator

from tthc_cli import codes
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.spelling_support import doubted, hint
from tthc_cli.lint.textpos import finding_at

CODE = codes.TEXT_WRONG_WORD
FAMILY = "text"
NEEDS_MODEL = False


def check(ctx: PlanContext) -> Iterator[Finding]:
    """Report each valid syllable that makes a word with its neighbours only when changed by one slip."""
    for path, value, m in doubted(ctx):
        if m.kind == "context":
            word = value[m.start : m.end]
            yield finding_at(
                ctx, path, value, m.start, f"Có thể gõ nhầm: '{word}' không thành từ với chữ bên cạnh", hint(m)
            )
