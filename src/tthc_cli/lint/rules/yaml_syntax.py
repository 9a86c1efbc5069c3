"""Lỗi cú pháp YAML, có vị trí dòng và cột.

Tệp không đọc được như YAML (thiếu dấu ':', thụt lề sai, ngoặc không đóng…). Khi gặp lỗi này, tệp
không được kiểm tra tiếp.

Ví dụ sai:

    document:
      title: Về việc: ban hành: kế hoạch
      place: [Tri Tôn

Ví dụ đúng:

    document:
      title: 'Về việc: ban hành kế hoạch'
      place: Tri Tôn
"""

from __future__ import annotations

from tthc_cli import codes

CODE = codes.YAML_SYNTAX
