"""Chỉ tiêu thấp hơn chỉ tiêu cấp trên giao cho cùng chỉ tiêu.

Chỉ tiêu được giao theo tầng: huyện không giao cho mình thấp hơn mức tỉnh giao, xã không thấp hơn mức
huyện giao (phụ lục của kế hoạch thị trấn Di Lăng: "không nhỏ hơn chỉ tiêu của Trung ương, Tỉnh giao").
Khi cấp trên giao mức riêng cho từng đơn vị (cột chủ trì), mỗi hàng được so với mức cấp trên giao cho cùng
đơn vị chủ trì (hoặc cho nhóm có đơn vị đó, ví dụ "UBND các xã"); chỉ khi cấp trên không giao riêng cho đơn
vị đó mới so với mọi mức của chỉ tiêu (như kế hoạch do ``tthc cascade`` viết ra).
Khi kế hoạch có ``parent: {path: …}``, kế hoạch cấp trên được đọc và so từng chỉ tiêu cùng khóa
``indicator`` (cùng nguồn, ví dụ 01/NQ-CP, nếu cấp trên giao theo nhiều nguồn). Không đọc được kế hoạch cấp
trên thì báo một lần ở ``parent.path``.

Ví dụ sai:

    parent: {path: tinh-2024.yaml}
    items:
      - {stt: 1, indicator: online-payment, name: Tỷ lệ thanh toán trực tuyến, target: Tối thiểu 40}

Ví dụ đúng:

    parent: {path: tinh-2024.yaml}
    items:
      - {stt: 1, indicator: online-payment, name: Tỷ lệ thanh toán trực tuyến, target: Tối thiểu 50}
"""

from __future__ import annotations

from collections.abc import Iterator

from tthc_cli import codes
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.targets import (
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    covered,
    fmt,
    iter_targets,
    lead_ids,
    parent_context,
    parent_plan,
)
from tthc_cli.model.plan import Indicator

CODE = codes.TARGET_BELOW_PARENT
FAMILY = "targets"


def check(ctx: PlanContext) -> Iterator[Finding]:
    """Compare each indicator's target with the parent plan's target for the same indicator."""
    parent, path, problem = parent_plan(ctx)
    if problem is not None:
        yield Finding(
            ("parent", "path"),
            f"Không đọc được kế hoạch cấp trên '{path}': {problem}",
            "sửa đường dẫn 'parent.path' (tính từ thư mục của kế hoạch này) hoặc sửa tệp kế hoạch cấp trên",
        )
        return
    if parent is None or path is None:
        return
    theirs: dict[str, list[Indicator]] = {}
    for ref in iter_targets(parent_context(ctx, parent, path)):
        if isinstance(ref.row, Indicator):
            theirs.setdefault(ref.row.indicator, []).append(ref.row)
    for ref in iter_targets(ctx):
        row, mine = ref.row, ref.target
        if not isinstance(row, Indicator) or mine.threshold is None or row.indicator not in theirs:
            continue
        candidates = [p for p in theirs[row.indicator] if p.source == row.source] or theirs[row.indicator]
        mine_ids = set(lead_ids(ctx, row.lead or row.executors))
        same_unit = [p for p in candidates if mine_ids & covered(ctx, p)]
        candidates = same_unit or candidates
        for other in candidates:
            up = other.target
            if up is None or up.threshold is None:
                continue
            higher = mine.op in HIGHER_IS_BETTER and up.op in HIGHER_IS_BETTER and mine.threshold < up.threshold
            lower = mine.op in LOWER_IS_BETTER and up.op in LOWER_IS_BETTER and mine.threshold > up.threshold
            if higher or lower:
                yield Finding(
                    ref.path,
                    f"Chỉ tiêu '{mine.text}' kém hơn mức cấp trên giao cho '{row.indicator}' ({up.text})",
                    f"giao ít nhất {fmt(up.threshold)} như kế hoạch cấp trên, hoặc ghi rõ lý do trong 'note'",
                )
                break
