"""Một khóa xuất hiện hai lần trong cùng một ánh xạ.

YAML giữ giá trị sau và âm thầm bỏ giá trị trước, nên một chỉ tiêu có thể biến mất mà không ai thấy.

Ví dụ sai:

    - content: Kế hoạch kiểm soát TTHC
      deadline: Tháng 02
      deadline: Quý I

Ví dụ đúng:

    - content: Kế hoạch kiểm soát TTHC
      deadline: Quý I
"""

from __future__ import annotations

from tthc_cli import codes

CODE = codes.YAML_DUPLICATE_KEY
