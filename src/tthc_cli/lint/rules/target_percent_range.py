"""Chỉ tiêu tỷ lệ (%) nằm ngoài khoảng 0–100.

Một tỷ lệ phần trăm không thể vượt 100 hay âm; con số như 450% thường là gõ thừa chữ số hoặc nhầm đơn vị
tính (hồ sơ thành %). Tỷ lệ được nhận ra từ đơn vị tính "%", dấu "%" trong chỉ tiêu, hoặc tên chỉ tiêu bắt
đầu bằng "Tỷ lệ" mà không ghi đơn vị tính khác.

Ví dụ sai:

    - stt: 1
      indicator: online-dossiers
      name: Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận
      measure: '%'
      target: Tối thiểu 450

Ví dụ đúng:

    - stt: 1
      indicator: online-dossiers
      name: Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận
      measure: '%'
      target: Tối thiểu 45
"""

from __future__ import annotations

from collections.abc import Iterator

from tthc_cli import codes
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.targets import fmt, is_percent, iter_targets

CODE = codes.TARGET_PERCENT_RANGE
FAMILY = "targets"


def check(ctx: PlanContext) -> Iterator[Finding]:
    """Report percentage targets whose value or band lies outside 0–100."""
    for ref in iter_targets(ctx):
        if not is_percent(ref):
            continue
        t = ref.target
        bad = [v for v in (t.value, t.min, t.max) if v is not None and not 0 <= v <= 100]
        if bad:
            yield Finding(
                ref.path,
                f"Chỉ tiêu tỷ lệ {fmt(bad[0])}% nằm ngoài khoảng 0–100%",
                "kiểm tra lại con số, hoặc đơn vị tính nếu chỉ tiêu là số lượng (hồ sơ, văn bản…)",
            )
