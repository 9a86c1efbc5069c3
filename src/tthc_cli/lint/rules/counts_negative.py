"""Số hồ sơ âm.

Không có số hồ sơ âm; thường là lỗi gõ hoặc một công thức trong bảng tính.

Ví dụ sai:

    Đơn vị,received_total
    Phòng Tư pháp,-10

Ví dụ đúng:

    Đơn vị,received_total
    Phòng Tư pháp,10
"""

from __future__ import annotations

from tthc_cli import codes

CODE = codes.COUNTS_NEGATIVE
