"""Lỗi nội bộ của một quy tắc.

Một quy tắc gặp lỗi lập trình; các quy tắc khác vẫn chạy. Hãy báo lỗi kèm tệp kế hoạch.

Ví dụ sai:

    # (không có ví dụ: đây là lỗi của tthc)
    id: x

Ví dụ đúng:

    id: x
"""

from __future__ import annotations

from tthc_cli import codes

CODE = codes.INTERNAL_ERROR
FAMILY = "internal"
PHASE = "load"
NEEDS_MODEL = False
