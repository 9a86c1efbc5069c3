"""Lệnh tắt '# tthc: disable=…' không tắt cảnh báo nào (hoặc nêu mã không tồn tại).

Lệnh tắt thừa che đi lỗi sau này; khi lỗi đã sửa, hãy xóa lệnh tắt.

Ví dụ sai:

    title: Kế hoạch kiểm soát TTHC  # tthc: disable=TT702

Ví dụ đúng:

    title: Kế hoạch kiểm kiểm soát TTHC  # tthc: disable=TT702
"""

from __future__ import annotations

from tthc_cli import codes

CODE = codes.SUPPRESSION_UNUSED
FAMILY = "suppression"
PHASE = "load"
NEEDS_MODEL = False
