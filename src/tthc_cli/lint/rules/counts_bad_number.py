"""Ô số liệu chứa chữ không phải là một số.

Một ô đọc sai làm sai tỷ lệ của cả đơn vị; tthc không đoán, mà chỉ ra ô đó.

Ví dụ sai:

    Đơn vị,received_total
    Phòng Tư pháp,mười

Ví dụ đúng:

    Đơn vị,received_total
    Phòng Tư pháp,10
"""

from __future__ import annotations

from tthc_cli import codes

CODE = codes.COUNTS_BAD_NUMBER
