"""Không tìm thấy dòng tiêu đề có cột đơn vị.

Không có tiêu đề thì không biết cột nào là chỉ số nào.

Ví dụ sai:

    Phòng Tư pháp,10
    xã An Tức,5

Ví dụ đúng:

    Đơn vị,received_total
    Phòng Tư pháp,10
    xã An Tức,5
"""

from __future__ import annotations

from tthc_cli import codes

CODE = codes.COUNTS_NO_HEADER
