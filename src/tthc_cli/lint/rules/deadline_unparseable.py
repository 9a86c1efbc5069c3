"""Không đọc được thời hạn hoàn thành.

Cột "Thời gian hoàn thành" được đọc thành một thời hạn có cấu trúc (một ngày, một khoảng thời gian, định
kỳ, một sự kiện, thường xuyên, theo yêu cầu, theo kế hoạch) để tính việc nào đến hạn và so sánh khi sửa
kế hoạch. Chữ không đọc được thường là lỗi gõ ("Quí I", "Thường xuyền") hoặc một cách viết mới.

Ví dụ sai:

    deadline: Tháng hai

Ví dụ đúng:

    deadline: Tháng 02/2024
"""

from __future__ import annotations

from collections.abc import Iterator

from tthc_cli import codes
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.legal_support import deadlines

CODE = codes.DEADLINE_UNPARSEABLE
FAMILY = "deadlines"

HINT = (
    "viết theo một mẫu như 'Tháng 02/2024', 'Quý I/2024', 'Trước ngày 28/02/2024', 'Hằng tháng', "
    "'Định kỳ 06 tháng', 'Thường xuyên', 'Theo yêu cầu', 'Theo kế hoạch', 'Ngay sau khi …'"
)


def check(ctx: PlanContext) -> Iterator[Finding]:
    """Report deadlines the parser cannot read."""
    for path, text, parsed in deadlines(ctx):
        if parsed is None:
            yield Finding(path, f"Không đọc được thời hạn '{' '.join(text.split())}'", HINT)
