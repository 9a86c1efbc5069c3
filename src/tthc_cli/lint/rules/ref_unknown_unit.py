"""Ô đơn vị nêu một đơn vị không có trong danh mục đơn vị (units.yaml).

Mỗi ô chủ trì, phối hợp, thực hiện, chủ trì đánh giá được đối chiếu với ``units.yaml`` (tìm cạnh kế hoạch
hoặc ở thư mục cha): tên và tên gọi khác của đơn vị và nhóm đơn vị, so khớp cụm dài nhất trước; phần trong
ngoặc là điều kiện kèm theo, "chủ trì", "phối hợp", "có liên quan" là từ chỉ vai trò. Tên không khớp thường
là gõ sai ("Phòng Tư phap") hoặc đơn vị chưa khai báo; gợi ý nêu tên gần nhất. Không tìm thấy danh mục thì
chỉ có một lưu ý cho cả kế hoạch.

Ví dụ sai:

    - stt: 1
      content: Rà soát, đơn giản hóa TTHC
      lead: Phòng Tư phap, UBND các xã, thị trấn

Ví dụ đúng:

    - stt: 1
      content: Rà soát, đơn giản hóa TTHC
      lead: Phòng Tư pháp chủ trì, UBND các xã, thị trấn (trừ xã không có TTHC) phối hợp
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from tthc_cli import codes
from tthc_cli.findings import Severity
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.textpos import finding_at
from tthc_cli.lint.unit_cells import unit_cells
from tthc_cli.text.invisible import explain
from tthc_cli.units.resolve import UnitResolver

CODE = codes.REF_UNKNOWN_UNIT
FAMILY = "references"

_KEY = "units_resolve.resolver"


def resolver(ctx: PlanContext) -> UnitResolver | None:
    """The resolver of the plan's units registry (shared with other rules through ``ctx.extra``)."""
    if ctx.units is None:
        return None
    if _KEY not in ctx.extra:
        ctx.extra[_KEY] = UnitResolver(ctx.units)
    found: UnitResolver = ctx.extra[_KEY]
    return found


def check(ctx: PlanContext) -> Iterator[Finding]:
    """Report every unit name or id that the registry does not know."""
    cells = list(unit_cells(ctx))
    res = resolver(ctx)
    if res is None:
        if cells:
            where = f" ({ctx.units_path})" if ctx.units_path else ""
            yield Finding(
                ("units",) if isinstance(ctx.data, dict) and "units" in ctx.data else (),
                f"Không có danh mục đơn vị hợp lệ{where}; chưa kiểm tra tên đơn vị trong kế hoạch",
                "đặt tệp units.yaml cạnh kế hoạch (hoặc ở thư mục cha), hoặc khai báo 'units:' trong kế hoạch",
                severity=Severity.INFO,
            )
        return
    known = res.ids
    for cell in cells:
        for path, uid in cell.ids:
            if uid not in known:
                close = difflib.get_close_matches(uid, sorted(known), n=1)
                yield Finding(
                    path,
                    f"Mã đơn vị '{uid}' không có trong danh mục đơn vị",
                    explain(uid) or _hint(close[0] if close else None),
                )
        if cell.text is None:
            continue
        path, text = cell.text
        for unknown in res.resolve(text).unknown:
            yield finding_at(
                ctx,
                path,
                text,
                unknown.start,
                f"Không tìm thấy đơn vị '{unknown.text}' trong danh mục đơn vị",
                explain(unknown.text) or _hint(unknown.suggestion),
            )


def _hint(suggestion: str | None) -> str:
    if suggestion:
        return f"có phải là '{suggestion}'? Nếu là đơn vị mới, thêm vào units.yaml (tên hoặc 'aliases')"
    return "thêm đơn vị vào units.yaml, hoặc thêm cách viết này vào 'aliases' của đơn vị tương ứng"
