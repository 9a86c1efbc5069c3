"""Tháng từ 3 đến 12 viết có số 0 ở đầu ("ngày 05 tháng 04 năm 2023").

Theo Nghị định 30/2020/NĐ-CP, trong ngày tháng viết bằng chữ, ngày nhỏ hơn 10 và tháng 1, 2 có số 0 ở đầu;
các tháng khác thì không: "ngày 05 tháng 4 năm 2023", "ngày 16 tháng 02 năm 2024".

Ví dụ sai:

    document:
      bases:
        - Căn cứ Thông tư số 01/2023/TT-VPCP ngày 05 tháng 04 năm 2023 của Văn phòng Chính phủ

Ví dụ đúng:

    document:
      bases:
        - Căn cứ Thông tư số 01/2023/TT-VPCP ngày 05 tháng 4 năm 2023 của Văn phòng Chính phủ
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tthc_cli import codes
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.legal_support import finding, texts

CODE = codes.CITATION_DATE_FORMAT
FAMILY = "citations"
NEEDS_MODEL = False

_LEADING_ZERO = re.compile(r"(?<!\w)tháng\s+(0[3-9])(?=\s+năm\s+\d{4})", re.IGNORECASE)


def check(ctx: PlanContext) -> Iterator[Finding]:
    """Report months 3–12 written with a leading zero in worded dates."""
    for path, text in texts(ctx):
        for m in _LEADING_ZERO.finditer(text):
            yield finding(
                ctx,
                path,
                text,
                m.start(1),
                f"Tháng {int(m.group(1))} không viết số 0 ở đầu: 'tháng {m.group(1)}'",
                f"viết 'tháng {int(m.group(1))}' (chỉ tháng 1, 2 có số 0 ở đầu, theo Nghị định 30/2020/NĐ-CP)",
            )
