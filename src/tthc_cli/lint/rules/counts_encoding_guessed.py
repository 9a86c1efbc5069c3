"""Tệp không phải UTF-8 và đã được đọc theo Windows-1258.

Bảng tính cũ lưu CSV theo bảng mã của Windows; tthc đọc được, nhưng nên lưu lại bằng UTF-8.

Ví dụ sai:

    (tệp CSV lưu bằng Windows-1258: các byte không phải UTF-8 của chữ có dấu)
    Đơn vị,received_total
    Phòng Tư pháp,10

Ví dụ đúng:

    (cùng tệp, lưu lại bằng UTF-8: không có phát hiện nào)
"""

from __future__ import annotations

from tthc_cli import codes

CODE = codes.COUNTS_ENCODING_GUESSED
