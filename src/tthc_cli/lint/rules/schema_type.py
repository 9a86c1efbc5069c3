"""Giá trị sai kiểu (chuỗi, số, danh sách, ánh xạ, true/false).

Ví dụ 'articles' phải là danh sách, 'year' phải là số; YAML không tự đổi kiểu cho bạn.

Ví dụ sai:

    year: năm 2024

Ví dụ đúng:

    year: 2024
"""

from __future__ import annotations

from tthc_cli import codes

CODE = codes.SCHEMA_WRONG_TYPE
