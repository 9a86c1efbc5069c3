"""Nhiệm vụ không có thời hạn dù bảng có cột thời gian hoàn thành.

Một việc không có thời hạn thì không ai biết khi nào là trễ. Báo khi ô ``deadline`` để trống hoặc bị bỏ hẳn
trong hàng của một bảng có cột ``deadline``. Hàng giao việc bằng một dòng chung (``assignment:``) và dòng
nhóm (``group:``) không bị báo.

Ví dụ sai:

    columns:
      - {key: stt, header: STT}
      - {key: content, header: Nội dung}
      - {key: deadline, header: Thời gian thực hiện}
    items:
      - {stt: 1, content: Báo cáo kết quả kiểm soát TTHC}

Ví dụ đúng:

    columns:
      - {key: stt, header: STT}
      - {key: content, header: Nội dung}
      - {key: deadline, header: Thời gian thực hiện}
    items:
      - {stt: 1, content: Báo cáo kết quả kiểm soát TTHC, deadline: Hàng quý}
"""

from __future__ import annotations

from collections.abc import Iterator

from tthc_cli import codes
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.model.plan import Group

CODE = codes.DEADLINE_MISSING
FAMILY = "deadlines"


def check(ctx: PlanContext) -> Iterator[Finding]:
    """Report rows without a deadline in tables that print a deadline column."""
    for ref in ctx.iter_rows():
        row = ref.row
        if isinstance(row, Group) or row.assignment is not None:
            continue
        if not any(c.key == "deadline" for c in ref.table.columns):
            continue
        if row.deadline is None:
            yield Finding(ref.path, "Hàng không có thời hạn dù bảng có cột thời gian", "thêm 'deadline:'")
        elif not row.deadline.strip():
            yield Finding((*ref.path, "deadline"), "Ô thời hạn để trống", "ghi thời hạn, ví dụ 'Quý I/2024'")
