"""Thời hạn nằm ngoài năm của kế hoạch.

Kế hoạch năm 2024 có thời hạn "Quý I/2023" hay "Trước ngày 30/4/2025" thường là gõ nhầm năm (hoặc chép lại
từ kế hoạch năm trước). Thời hạn không ghi năm ("Tháng 02", "Quý I") được hiểu là năm của kế hoạch.

Ví dụ sai:

    year: 2024
    # …
    deadline: Quý I/2023

Ví dụ đúng:

    year: 2024
    # …
    deadline: Quý I/2024
"""

from __future__ import annotations

from collections.abc import Iterator

from tthc_cli import codes
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.legal_support import dated_parts, deadlines, finding

CODE = codes.DEADLINE_OUTSIDE_YEAR
FAMILY = "deadlines"


def check(ctx: PlanContext) -> Iterator[Finding]:
    """Report written years other than the plan's."""
    if ctx.plan is None:
        return
    year = ctx.plan.year
    for path, text, parsed in deadlines(ctx):
        if parsed is None:
            continue
        for part in dated_parts(parsed):
            if part.year_explicit and part.year is not None and part.year != year:
                pos = text.find(str(part.year))
                yield finding(
                    ctx,
                    path,
                    text,
                    pos if pos >= 0 else None,
                    f"Thời hạn '{' '.join(text.split())}' thuộc năm {part.year}, ngoài năm của kế hoạch ({year})",
                    f"kiểm tra lại năm (kế hoạch năm {year})",
                )
                break
