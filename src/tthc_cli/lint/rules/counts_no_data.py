"""Tệp không có dòng số liệu nào (ví dụ một tệp rỗng, hoặc chỉ có tiêu đề).

Một kỳ không có số liệu mà vẫn được chấm thì mọi chỉ tiêu thành "không có dữ liệu" mà không ai biết vì sao.

Ví dụ sai:

    Đơn vị,received_total

Ví dụ đúng:

    Đơn vị,received_total
    Phòng Tư pháp,10
    xã An Tức,0
"""

from __future__ import annotations

from tthc_cli import codes

CODE = codes.COUNTS_NO_DATA
