"""Cấu trúc lồng nhau quá sâu.

Một kế hoạch không bao giờ sâu quá mười cấp; tệp lồng hàng trăm cấp là tệp hỏng hoặc tệp độc hại và bị từ
chối trước khi phân tích.

Ví dụ sai:

    a: [[[[[[[[[[ … (hàng trăm cấp) … ]]]]]]]]]]

Ví dụ đúng:

    a: [[[[[[[[[[ … (hàng trăm cấp) … ]]]]]]]]]]
"""

from __future__ import annotations

from tthc_cli import codes

CODE = codes.YAML_TOO_DEEP
