"""Tệp không phải UTF-8 hợp lệ.

Kế hoạch phải lưu bằng UTF-8 để giữ đúng dấu tiếng Việt; tệp lưu bằng bảng mã 8 bit (Windows-1258,
Windows-1252, TCVN3) đọc theo UTF-8 sẽ ra chữ sai. Thông báo nêu bảng mã đoán được và lệnh chuyển tệp sang
UTF-8 (iconv, PowerShell); vị trí là byte không hợp lệ đầu tiên. Đây là lỗi duy nhất của tệp: không quy
tắc nào chạy trên chữ đã đọc sai, và ``tthc render`` không xuất tệp ấy (kể cả với ``--force``).

Ví dụ sai:

    place: Tri T\xf4n   # byte 0xf4 của Windows-1258

Ví dụ đúng:

    place: Tri Tôn
"""

from __future__ import annotations

from tthc_cli import codes

CODE = codes.YAML_ENCODING
