"""Một đơn vị vừa chủ trì vừa phối hợp trong cùng một nhiệm vụ.

Đơn vị chủ trì không phối hợp với chính mình; khi cùng một tên xuất hiện ở cả hai cột thì thường là gõ
nhầm cột hoặc chép nhầm dòng, và người đọc không biết ai chịu trách nhiệm chính. Đơn vị được so theo danh mục
``units.yaml`` (tên và các cách viết khác); nhóm đơn vị (ví dụ "Các đơn vị có liên quan") không bị so.

Ví dụ sai:

    - stt: 6
      content: Tổ chức gửi thông báo nhắc việc qua ứng dụng Zalo
      lead: Phòng Văn hóa và Thông tin
      support: Phòng Văn hóa và Thông tin; Văn phòng HĐND và UBND huyện

Ví dụ đúng:

    - stt: 6
      content: Tổ chức gửi thông báo nhắc việc qua ứng dụng Zalo
      lead: Phòng Văn hóa và Thông tin
      support: Văn phòng HĐND và UBND huyện
"""

from __future__ import annotations

from collections.abc import Iterator

from tthc_cli import codes
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.rules.ref_unknown_unit import resolver
from tthc_cli.lint.unit_cells import UnitCellRef, unit_cells

CODE = codes.REF_LEAD_ALSO_SUPPORT
FAMILY = "references"


def _ids(cell: UnitCellRef, ctx: PlanContext) -> set[str]:
    res = resolver(ctx)
    out = {uid for _, uid in cell.ids}
    if cell.text is not None and res is not None:
        out |= set(res.resolve(cell.text[1]).ids)
    groups = {g.id for g in ctx.units.groups} if ctx.units is not None else set()
    return out - groups


def check(ctx: PlanContext) -> Iterator[Finding]:
    """Report units named both as lead and as support of the same row."""
    if ctx.units is None:
        return
    names = {u.id: u.name for u in ctx.units.units}
    by_row: dict[tuple[str | int, ...], dict[str, UnitCellRef]] = {}
    for cell in unit_cells(ctx):
        by_row.setdefault(cell.row_path, {})[cell.field] = cell
    for row_path, cells in by_row.items():
        lead, support = cells.get("lead"), cells.get("support")
        if lead is None or support is None:
            continue
        both = sorted(_ids(lead, ctx) & _ids(support, ctx))
        if both:
            shown = ", ".join(names.get(uid, uid) for uid in both)
            yield Finding(
                (*row_path, "support"),
                f"'{shown}' vừa chủ trì vừa phối hợp trong cùng nhiệm vụ",
                "bỏ đơn vị này khỏi cột phối hợp, hoặc kiểm tra lại cột chủ trì",
            )
