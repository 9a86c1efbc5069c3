"""Tệp số liệu không đọc được: không giải mã được, hoặc không phải CSV/XLSX hợp lệ.

Một tệp không đọc được thì mọi chỉ tiêu tính từ nó đều sai; tthc dừng ở tệp đó và nói vì sao.

Ví dụ sai:

    (tệp CSV có byte 0x81, không giải mã được bằng UTF-8 hay Windows-1258)
    Đơn vị,received_total
    Phòng Tư pháp,10

Ví dụ đúng:

    (cùng tệp, lưu lại bằng UTF-8)
    Đơn vị,received_total
    Phòng Tư pháp,10
"""

from __future__ import annotations

from tthc_cli import codes

CODE = codes.COUNTS_UNREADABLE
