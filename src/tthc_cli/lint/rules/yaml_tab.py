"""Thụt lề bằng ký tự tab.

YAML không cho phép tab để thụt lề; trình soạn thảo hiển thị giống dấu cách nên lỗi khó thấy.

Ví dụ sai:

    document:
        place: Tri Tôn

Ví dụ đúng:

    document:
      place: Tri Tôn
"""

from __future__ import annotations

from tthc_cli import codes

CODE = codes.YAML_TAB
