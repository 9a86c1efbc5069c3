"""Dòng số liệu ghi một đơn vị không có trong danh mục đơn vị (hoặc để trống tên đơn vị).

Số liệu của một đơn vị không ai biết là của ai sẽ bị bỏ ngoài tổng; tên viết sai thường là nguyên nhân.

Ví dụ sai:

    Đơn vị,received_total
    Phòng Tư phap,10

Ví dụ đúng:

    Đơn vị,received_total
    Phòng Tư pháp,10
"""

from __future__ import annotations

from tthc_cli import codes

CODE = codes.COUNTS_UNKNOWN_UNIT
