"""Giá trị yes/no/on/off không đặt trong nháy.

Theo YAML 1.2 (tthc dùng) đó là chuỗi, nhưng nhiều công cụ YAML 1.1 hiểu là true/false, nên cùng một tệp
được hiểu hai cách.

Ví dụ sai:

    note: no

Ví dụ đúng:

    note: 'no'
"""

from __future__ import annotations

from tthc_cli import codes

CODE = codes.YAML_YAML11_BOOLEAN
