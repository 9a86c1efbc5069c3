"""Số mục sai dạng: số La Mã không hợp lệ hoặc không liên tục (I, II, III…), số con không thuộc mục cha.

Các phần và mục lớn (I, II, III…) đánh số La Mã liên tục từ I; mục của phụ lục đánh số 1, 2, 3…; mục con
dưới mục 9 là 9.1, 9.2…; hàng con của nhóm 6 là 6.1, 6.2…. Cũng báo số thứ tự không đọc được.

Ví dụ sai:

    sections:
      - stt: I
        title: Thực hiện cơ chế một cửa, một cửa liên thông
      - stt: IIII
        title: Đổi mới cơ chế một cửa, một cửa liên thông
      - stt: 3
        title: Thanh toán trực tuyến

Ví dụ đúng:

    sections:
      - stt: I
        title: Thực hiện cơ chế một cửa, một cửa liên thông
      - stt: II
        title: Đổi mới cơ chế một cửa, một cửa liên thông
      - stt: III
        title: Thanh toán trực tuyến
"""

from __future__ import annotations

from tthc_cli import codes
from tthc_cli.lint.numbering_walk import numbering_check

CODE = codes.NUMBERING_ROMAN
FAMILY = "numbering"

check = numbering_check(CODE)
"""Report this rule's share of the numbering issues (see :mod:`tthc_cli.lint.numbering`)."""
