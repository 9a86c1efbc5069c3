"""Công thức chỉ tiêu không đúng cú pháp.

Công thức (trong ``formulas:`` của kế hoạch hoặc ``formula:`` của một dòng chỉ tiêu) là biểu thức số học trên
mã số liệu: ``+ - * /`` (hoặc ``× ÷``), ngoặc đơn, số và ``sum(…)``. Công thức sai cú pháp thì ``tthc score``
không tính được chỉ tiêu đó; cột báo lỗi chỉ đúng ký tự có vấn đề.

Ví dụ sai:

    formulas:
      online-dossiers: received_online / (received_new * 100

Ví dụ đúng:

    formulas:
      online-dossiers: received_online / received_new * 100
"""

from __future__ import annotations

from collections.abc import Iterator

from tthc_cli import codes
from tthc_cli.formula.language import FormulaError, parse
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.formulas import plan_formulas
from tthc_cli.lint.textpos import finding_at

CODE = codes.FORMULA_SYNTAX
FAMILY = "formula"


def check(ctx: PlanContext) -> Iterator[Finding]:
    """Report each formula that does not parse, at the offending character."""
    for path, text in plan_formulas(ctx):
        try:
            parse(text)
        except FormulaError as exc:
            yield finding_at(
                ctx,
                path,
                text,
                min(exc.offset, max(len(text) - 1, 0)),
                f"Công thức sai cú pháp: {exc.message} (ký tự thứ {exc.offset + 1})",
                "công thức gồm mã số liệu, số, + - * / và ngoặc đơn, ví dụ received_online / received_new * 100",
            )
