"""Một chỉ tiêu được giao hai mức khác nhau cho cùng đơn vị chủ trì trong một kế hoạch.

Cùng một chỉ tiêu có thể xuất hiện nhiều lần một cách hợp lệ: dưới Nghị quyết 01/NQ-CP và 02/NQ-CP với
cùng mức, hoặc với mức khác nhau cho các đơn vị khác nhau (6.1 phòng, ban: 95%; 6.2 UBND cấp xã: 80%), hoặc
với công thức riêng của dòng (``formula:``, một phép đo khác). Chỉ khi cùng công thức, cùng đơn vị chủ trì mà
hai mức khác nhau thì không biết chấm theo mức nào; lỗi được báo ở lần thứ hai.

Ví dụ sai:

    items:
      - {stt: 1, indicator: digitisation, name: Tỷ lệ số hóa hồ sơ, target: Tối thiểu 80, lead: Bộ phận Một cửa}
      - {stt: 2, indicator: digitisation, name: Tỷ lệ số hóa hồ sơ, target: Tối thiểu 60, lead: Bộ phận Một cửa}

Ví dụ đúng:

    items:
      - {stt: 1, indicator: digitisation, name: Tỷ lệ số hóa hồ sơ, target: Tối thiểu 80, lead: Phòng Tư pháp}
      - {stt: 2, indicator: digitisation, name: Tỷ lệ số hóa hồ sơ, target: Tối thiểu 60, lead: UBND các xã}
      - {stt: 3, indicator: digitisation, name: Tỷ lệ số hóa hồ sơ, target: Tối thiểu 80, lead: Phòng Tư pháp}
"""

from __future__ import annotations

from collections.abc import Iterator

from tthc_cli import codes
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.targets import TargetRef, iter_targets, lead_ids
from tthc_cli.model.plan import Indicator
from tthc_cli.model.target import Target

CODE = codes.TARGET_CONFLICTING
FAMILY = "targets"


def _level(t: Target) -> tuple[object, ...]:
    return (t.op, t.value, t.min, t.max, t.max_inclusive, t.unit)


def check(ctx: PlanContext) -> Iterator[Finding]:
    """Report an indicator given a second, different target for the same lead units."""
    seen: dict[tuple[str, str | None, tuple[str, ...]], TargetRef] = {}
    for ref in iter_targets(ctx):
        row = ref.row
        if not isinstance(row, Indicator) or (ref.target.op is None and ref.target.threshold is None):
            continue
        key = (row.indicator, row.formula, lead_ids(ctx, row.lead or row.executors))
        first = seen.setdefault(key, ref)
        if first is not ref and _level(first.target) != _level(ref.target):
            line = ctx.loaded.span(first.path).line
            yield Finding(
                ref.path,
                f"Chỉ tiêu '{row.indicator}' đã được giao mức '{first.target.text}' (dòng {line}) cho cùng đơn vị "
                f"chủ trì; ở đây là '{ref.target.text}'",
                "thống nhất một mức, hoặc ghi rõ đơn vị chủ trì khác nhau cho từng mức",
            )
