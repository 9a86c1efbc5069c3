"""Tệp không phải UTF-8 hợp lệ.

Kế hoạch phải lưu bằng UTF-8 để giữ đúng dấu tiếng Việt; tệp lưu bằng mã hóa khác (Windows-1258, TCVN3)
hiện sai chữ. Vị trí là byte không hợp lệ đầu tiên.

Ví dụ sai:

    place: Tri T\xf4n   # byte 0xf4 của Windows-1258

Ví dụ đúng:

    place: Tri Tôn
"""

from __future__ import annotations

from tthc_cli import codes

CODE = codes.YAML_ENCODING
FAMILY = "yaml"
PHASE = "load"
NEEDS_MODEL = False
