"""Hai hàng (hoặc hai mục) liền nhau mang cùng một số thứ tự.

Số trùng thường do chép một hàng rồi quên sửa số; khi dẫn chiếu "nhiệm vụ số 5" sẽ không biết là hàng nào.

Ví dụ sai:

    items:
      - {stt: 5, content: Số hóa hồ sơ và kết quả giải quyết TTHC}
      - {stt: 5, content: Thanh toán trực tuyến}

Ví dụ đúng:

    items:
      - {stt: 5, content: Số hóa hồ sơ và kết quả giải quyết TTHC}
      - {stt: 6, content: Thanh toán trực tuyến}
"""

from __future__ import annotations

from collections.abc import Iterator

from tthc_cli import codes
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.numbering_walk import numbering_issues

CODE = codes.NUMBERING_DUPLICATE
FAMILY = "numbering"


def check(ctx: PlanContext) -> Iterator[Finding]:
    """Report the numbering issues of this rule (see :mod:`tthc_cli.lint.numbering`)."""
    for issue in numbering_issues(ctx):
        if issue.code == CODE:
            yield Finding(issue.path, issue.message, issue.hint)
