"""Một đơn vị (hoặc một chỉ số của một đơn vị) có hai lần trong cùng một kỳ.

Không biết dòng nào đúng; cộng cả hai hay lấy dòng sau đều có thể sai.

Ví dụ sai:

    Đơn vị,received_total
    Phòng Tư pháp,10
    Phòng Tư pháp,12

Ví dụ đúng:

    Đơn vị,received_total
    Phòng Tư pháp,10
    xã An Tức,12
"""

from __future__ import annotations

from tthc_cli import codes

CODE = codes.COUNTS_DUPLICATE
