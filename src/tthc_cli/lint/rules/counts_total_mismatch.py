"""Dòng tổng cộng của bảng khác tổng các dòng đơn vị.

Bảng tính có dòng tổng cộng gõ tay hoặc công thức sai vùng; tthc tự cộng và so với dòng tổng.

Ví dụ sai:

    Đơn vị,received_total
    Phòng Tư pháp,10
    xã An Tức,5
    Tổng cộng,16

Ví dụ đúng:

    Đơn vị,received_total
    Phòng Tư pháp,10
    xã An Tức,5
    Tổng cộng,15
"""

from __future__ import annotations

from tthc_cli import codes

CODE = codes.COUNTS_TOTAL_MISMATCH
