"""Số thứ tự bị bỏ sót (18 rồi 20), hoặc bảng không bắt đầu từ 1.

Một số bị nhảy cóc làm người đọc tưởng thiếu một nhiệm vụ, và các văn bản khác dẫn chiếu "nhiệm vụ số 20"
sẽ trỏ sai. Kiểm tra cả cột STT và cột Stt2, các mục con (9.1, 9.2 dưới 9) và hàng con của nhóm (6.1, 6.2
dưới 6). Số thứ tự đánh liên tục qua các mục (I, II…) hay đánh lại từ 1 ở mỗi mục được nhận ra từ dữ liệu:
nếu hàng đầu của mục thứ hai là 1 thì mỗi mục đánh lại từ 1. Dấu chấm sau số ("1.") không tính.

Ví dụ sai:

    items:
      - {stt: 1, content: Kế hoạch kiểm soát TTHC}
      - {stt: 2, content: Kế hoạch rà soát TTHC}
      - {stt: 4, content: Tự kiểm tra nội bộ}

Ví dụ đúng:

    items:
      - {stt: 1, content: Kế hoạch kiểm soát TTHC}
      - {stt: 2, content: Kế hoạch rà soát TTHC}
      - {stt: 3, content: Tự kiểm tra nội bộ}
"""

from __future__ import annotations

from tthc_cli import codes
from tthc_cli.lint.numbering_walk import numbering_check

CODE = codes.NUMBERING_GAP
FAMILY = "numbering"

check = numbering_check(CODE)
"""Report this rule's share of the numbering issues (see :mod:`tthc_cli.lint.numbering`)."""
