"""Số thứ tự giảm dần: một hàng mang số nhỏ hơn hàng đứng trước nó.

Thường do di chuyển hàng mà không đánh số lại; thứ tự in ra không còn khớp với số.

Ví dụ sai:

    items:
      - {stt: 1, content: Kế hoạch kiểm soát TTHC}
      - {stt: 3, content: Kế hoạch truyền thông}
      - {stt: 2, content: Kế hoạch rà soát TTHC}

Ví dụ đúng:

    items:
      - {stt: 1, content: Kế hoạch kiểm soát TTHC}
      - {stt: 2, content: Kế hoạch rà soát TTHC}
      - {stt: 3, content: Kế hoạch truyền thông}
"""

from __future__ import annotations

from collections.abc import Iterator

from tthc_cli import codes
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.numbering_walk import numbering_issues

CODE = codes.NUMBERING_ORDER
FAMILY = "numbering"


def check(ctx: PlanContext) -> Iterator[Finding]:
    """Report the numbering issues of this rule (see :mod:`tthc_cli.lint.numbering`)."""
    for issue in numbering_issues(ctx):
        if issue.code == CODE:
            yield Finding(issue.path, issue.message, issue.hint)
