"""Công thức dùng mã số liệu không có trong danh mục số liệu (metrics.yaml).

Mỗi tên trong công thức phải là mã của một số liệu trong danh mục (gửi kèm công cụ, cộng với ``metrics``
trong cấu hình). Tên sai thường là gõ nhầm ("recieved_new"); gợi ý nêu mã gần nhất.

Ví dụ sai:

    formulas:
      online-dossiers: received_online / recieved_new * 100

Ví dụ đúng:

    formulas:
      online-dossiers: received_online / received_new * 100
"""

from __future__ import annotations

from collections.abc import Iterator

from tthc_cli import codes
from tthc_cli.formula.language import FormulaError, parse, refs
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.formulas import catalogue, did_you_mean, plan_formulas
from tthc_cli.lint.textpos import finding_at

CODE = codes.REF_UNKNOWN_METRIC
FAMILY = "formula"


def check(ctx: PlanContext) -> Iterator[Finding]:
    """Report each metric id of a formula that the catalogue does not know."""
    known = sorted(catalogue(ctx).metrics)
    for path, text in plan_formulas(ctx):
        try:
            node = parse(text)
        except FormulaError:
            continue
        for ref in refs(node):
            if ref.name not in known:
                yield finding_at(
                    ctx,
                    path,
                    text,
                    ref.offset,
                    f"Mã số liệu '{ref.name}' không có trong danh mục số liệu",
                    did_you_mean(ref.name, known) or "xem danh mục trong tthc_cli/data/metrics.yaml",
                )
