"""Trường không có trong lược đồ (thường là gõ sai tên).

Trường gõ sai tên bị bỏ qua âm thầm ở các công cụ khác; ở đây nó là lỗi, kèm gợi ý tên đúng.

Ví dụ sai:

    - content: Kế hoạch kiểm soát TTHC
      deadlin: Tháng 02

Ví dụ đúng:

    - content: Kế hoạch kiểm soát TTHC
      deadline: Tháng 02
"""

from __future__ import annotations

from tthc_cli import codes

CODE = codes.SCHEMA_UNKNOWN_FIELD
