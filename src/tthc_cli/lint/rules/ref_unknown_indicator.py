"""Mã chỉ tiêu không có trong bộ chỉ tiêu (indicators.yaml).

``indicator:`` của một dòng chỉ tiêu và mỗi khóa của ``formulas:`` phải là mã trong bộ chỉ tiêu (gửi kèm công
cụ, cộng với ``indicators`` trong cấu hình), để ``tthc score`` biết công thức. Một dòng có mã lạ nhưng tự ghi
``formula:`` vẫn chấm được, nên chỉ là cảnh báo.

Ví dụ sai:

    - stt: 1
      indicator: online-dossier
      name: Tỷ lệ hồ sơ trực tuyến
      target: Tối thiểu 50

Ví dụ đúng:

    - stt: 1
      indicator: online-dossiers
      name: Tỷ lệ hồ sơ trực tuyến
      target: Tối thiểu 50
"""

from __future__ import annotations

from collections.abc import Iterator

from tthc_cli import codes
from tthc_cli.findings import Severity
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.formulas import catalogue, did_you_mean

CODE = codes.REF_UNKNOWN_INDICATOR
FAMILY = "formula"


def check(ctx: PlanContext) -> Iterator[Finding]:
    """Report indicator keys of rows and of ``formulas:`` that the indicator set does not know."""
    if ctx.plan is None:
        return
    known = sorted(catalogue(ctx).indicators)
    for path, row in ctx.iter_indicators():
        if row.indicator not in known:
            yield Finding(
                (*path, "indicator"),
                f"Mã chỉ tiêu '{row.indicator}' không có trong bộ chỉ tiêu",
                did_you_mean(row.indicator, known) or "xem bộ chỉ tiêu trong tthc_cli/data/indicators.yaml",
                severity=Severity.WARNING if row.formula else None,
            )
    for key in ctx.plan.formulas:
        if key not in known:
            yield Finding(
                ("formulas", key),
                f"Công thức cho mã chỉ tiêu '{key}' không có trong bộ chỉ tiêu",
                did_you_mean(key, known),
                at_key=True,
            )
