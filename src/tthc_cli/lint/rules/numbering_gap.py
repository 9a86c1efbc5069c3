"""Số thứ tự bị bỏ sót (18 rồi 20), hoặc bảng không bắt đầu từ 1.

Một số bị nhảy cóc làm người đọc tưởng thiếu một nhiệm vụ, và các văn bản khác dẫn chiếu "nhiệm vụ số 20"
sẽ trỏ sai. Kiểm tra cả cột STT và cột Stt2, các mục con (9.1, 9.2 dưới 9) và hàng con của nhóm (6.1, 6.2
dưới 6). Số thứ tự đánh liên tục qua các mục (I, II…) hay đánh lại từ 1 ở mỗi mục được nhận ra từ dữ liệu:
nếu hàng đầu của mục thứ hai là 1 thì mỗi mục đánh lại từ 1. Dấu chấm sau số ("1.") không tính.

Ví dụ sai:

    sections:
      - stt: I
        title: Ban hành văn bản
        items:
          - {stt: 1, content: Kế hoạch kiểm soát TTHC}
          - {stt: 2, content: Kế hoạch rà soát TTHC}
      - stt: II
        title: Kiểm tra
        items:
          - {stt: 4, content: Tự kiểm tra nội bộ}

Ví dụ đúng:

    sections:
      - stt: I
        title: Ban hành văn bản
        items:
          - {stt: 1, content: Kế hoạch kiểm soát TTHC}
          - {stt: 2, content: Kế hoạch rà soát TTHC}
      - stt: II
        title: Kiểm tra
        items:
          - {stt: 3, content: Tự kiểm tra nội bộ}
"""

from __future__ import annotations

from collections.abc import Iterator

from tthc_cli import codes
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.numbering_walk import numbering_issues

CODE = codes.NUMBERING_GAP
FAMILY = "numbering"


def check(ctx: PlanContext) -> Iterator[Finding]:
    """Report the numbering issues of this rule (see :mod:`tthc_cli.lint.numbering`)."""
    for issue in numbering_issues(ctx):
        if issue.code == CODE:
            yield Finding(issue.path, issue.message, issue.hint)
