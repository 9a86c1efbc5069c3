"""Hai hàng (hoặc hai mục) liền nhau mang cùng một số thứ tự.

Số trùng thường do chép một hàng rồi quên sửa số; khi dẫn chiếu "nhiệm vụ số 5" sẽ không biết là hàng nào.

Ví dụ sai:

    items:
      - {stt: 5, content: Số hóa hồ sơ và kết quả giải quyết TTHC}
      - {stt: 5, content: Thanh toán trực tuyến}

Ví dụ đúng:

    items:
      - {stt: 5, content: Số hóa hồ sơ và kết quả giải quyết TTHC}
      - {stt: 6, content: Thanh toán trực tuyến}
"""

from __future__ import annotations

from tthc_cli import codes
from tthc_cli.lint.numbering_walk import numbering_check

CODE = codes.NUMBERING_DUPLICATE
FAMILY = "numbering"

check = numbering_check(CODE)
"""Report this rule's share of the numbering issues (see :mod:`tthc_cli.lint.numbering`)."""
