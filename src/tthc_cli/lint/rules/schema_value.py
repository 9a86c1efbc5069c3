"""Giá trị không hợp lệ (ngoài danh sách cho phép, sai định dạng, để trống…).

Ví dụ 'kind' chỉ nhận quyet-dinh hoặc ke-hoach; ngày viết dạng 2024-02-16 hoặc 2024-02.

Ví dụ sai:

    document:
      kind: quyết định
      date: 16/02/2024

Ví dụ đúng:

    document:
      kind: quyet-dinh
      date: 2024-02-16
"""

from __future__ import annotations

from tthc_cli import codes

CODE = codes.SCHEMA_INVALID_VALUE
