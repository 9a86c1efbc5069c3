"""Cấu trúc lồng nhau quá sâu.

Một kế hoạch không bao giờ sâu quá mười cấp; tệp lồng hàng trăm cấp là tệp hỏng hoặc tệp độc hại và bị từ
chối trước khi phân tích.

Ví dụ sai:

    a: [[[[[[[[[[ … (hàng trăm cấp) … ]]]]]]]]]]

Ví dụ đúng:

    a: [[[[[[[[[[ … (hàng trăm cấp) … ]]]]]]]]]]
"""

from __future__ import annotations

from tthc_cli.findings import Severity

CODE = "TT007"
NAME = "yaml.too-deep"
SEVERITY = Severity.ERROR
FAMILY = "yaml"
PHASE = "load"
NEEDS_MODEL = False
