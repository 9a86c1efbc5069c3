"""Tệp có nhiều tài liệu YAML (ngăn cách bằng '---').

Chỉ tài liệu đầu tiên được đọc; phần sau bị bỏ qua. Mỗi kế hoạch nên ở một tệp.

Ví dụ sai:

    id: tri-ton-2024
    ---
    id: tri-ton-2025

Ví dụ đúng:

    id: tri-ton-2024
"""

from __future__ import annotations

from tthc_cli import codes

CODE = codes.YAML_MULTI_DOCUMENT
