"""Thời hạn kết thúc trước ngày ban hành kế hoạch.

Một nhiệm vụ không thể hoàn thành trước khi kế hoạch giao nó được ban hành: kế hoạch ngày 16/02/2024 có
thời hạn "Tháng 01" hay "Trước ngày 10/02/2024" là sai. Khi kế hoạch chỉ biết tháng ban hành
(``date: 2024-02``), chỉ thời hạn kết thúc trước tháng đó mới bị báo. Với nhiều thời hạn ("Quý I hoặc Quý
II"), thời hạn muộn nhất được so sánh.

Ví dụ sai:

    document:
      date: 2024-02-16
    # …
    deadline: Tháng 01

Ví dụ đúng:

    document:
      date: 2024-02-16
    # …
    deadline: Tháng 02
"""

from __future__ import annotations

from collections.abc import Iterator

from tthc_cli import codes
from tthc_cli.deadline import due_date
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.legal_support import deadlines, plan_start

CODE = codes.DEADLINE_BEFORE_PLAN_DATE
FAMILY = "deadlines"


def check(ctx: PlanContext) -> Iterator[Finding]:
    """Report deadlines whose last day is before the plan's own date."""
    start = plan_start(ctx)
    if start is None or ctx.plan is None or ctx.plan.document.date is None:
        return
    written = ctx.plan.document.date
    shown = f"{start:%d/%m/%Y}" if written.count("-") == 2 else f"tháng {start:%m/%Y}"
    for path, text, parsed in deadlines(ctx):
        due = due_date(parsed) if parsed is not None else None
        if due is not None and due < start:
            yield Finding(
                path,
                f"Thời hạn '{' '.join(text.split())}' kết thúc ngày {due:%d/%m/%Y}, "
                f"trước ngày ban hành kế hoạch ({shown})",
                "kiểm tra lại thời hạn hoặc ngày ban hành",
            )
