"""Số thứ tự giảm dần: một hàng mang số nhỏ hơn hàng đứng trước nó.

Thường do di chuyển hàng mà không đánh số lại; thứ tự in ra không còn khớp với số.

Ví dụ sai:

    # hàng "Kế hoạch truyền thông" được chuyển lên mà không đánh số lại
    items:
      - stt: 1
        content: Kế hoạch kiểm soát TTHC
      - stt: 3
        content: Kế hoạch truyền thông
      - stt: 2
        content: Kế hoạch rà soát TTHC

Ví dụ đúng:

    items: [{stt: 1, content: Kiểm soát TTHC}, {stt: 2, content: Rà soát TTHC}, {stt: 3, content: Truyền thông}]
"""

from __future__ import annotations

from tthc_cli import codes
from tthc_cli.lint.numbering_walk import numbering_check

CODE = codes.NUMBERING_ORDER
FAMILY = "numbering"

check = numbering_check(CODE)
"""Report this rule's share of the numbering issues (see :mod:`tthc_cli.lint.numbering`)."""
