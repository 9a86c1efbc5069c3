"""Nhiệm vụ hoặc chỉ tiêu không nêu đơn vị chủ trì (thực hiện) dù bảng có cột đó.

Một việc không ai chủ trì là việc không ai làm và không ai bị đánh giá. Báo khi ô chủ trì/thực hiện để trống
(``lead: ''``) hoặc bị bỏ hẳn trong hàng của một bảng có cột ``lead`` hoặc ``executors``. Hàng giao việc
bằng một dòng chung (``assignment:``, ví dụ "Đã được phân công theo Kế hoạch số 243/KH-UBND") không bị báo.
Ô phối hợp để trống là bình thường.

Ví dụ sai:

    columns:
      - {key: stt, header: STT}
      - {key: content, header: Nội dung}
      - {key: lead, header: Cơ quan chủ trì}
    items:
      - {stt: 1, content: Tiếp nhận phản ánh và kiến nghị về TTHC}
      - {stt: 2, content: Công khai TTHC, lead: ''}

Ví dụ đúng:

    columns:
      - {key: stt, header: STT}
      - {key: content, header: Nội dung}
      - {key: lead, header: Cơ quan chủ trì}
    items:
      - {stt: 1, content: Tiếp nhận phản ánh và kiến nghị về TTHC, lead: Văn phòng HĐND và UBND huyện}
      - {stt: 2, content: Công khai TTHC, assignment: {text: Đã được phân công theo Kế hoạch số 243/KH-UBND}}
"""

from __future__ import annotations

from collections.abc import Iterator

from tthc_cli import codes
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.unit_cells import unit_cells
from tthc_cli.model.plan import Group

CODE = codes.REF_EMPTY_UNIT_CELL
FAMILY = "references"

_LEAD = ("lead", "executors")


def check(ctx: PlanContext) -> Iterator[Finding]:
    """Report empty lead cells and rows without a lead in a table that has a lead column."""
    for cell in unit_cells(ctx):
        if cell.empty and cell.field in _LEAD:
            yield Finding((*cell.row_path, cell.field), "Ô đơn vị chủ trì để trống", "ghi tên đơn vị chủ trì")
    for ref in ctx.iter_rows():
        row = ref.row
        if isinstance(row, Group) or row.assignment is not None:
            continue
        shown = [c.key for c in ref.table.columns if c.key in _LEAD]
        if shown and all(getattr(row, key) is None for key in _LEAD):
            yield Finding(
                ref.path,
                "Hàng không nêu đơn vị chủ trì (thực hiện) dù bảng có cột này",
                f"thêm '{shown[0]}:' với tên đơn vị, hoặc 'assignment:' nếu việc đã được giao ở văn bản khác",
            )
