"""Một số liệu bảng không có được suy ra từ các số liệu khác theo một đẳng thức của danh mục.

Khi một đơn vị có đủ mọi phần của một đẳng thức ``sum`` trong ``metrics.yaml`` (ví dụ trước hạn, đúng hạn,
trễ hạn) mà thiếu tổng (đã giải quyết), tổng được tính ra để chấm và được báo ở đây, để người đọc biết số đó
là suy ra chứ không phải đọc từ bảng. Ghi đủ cột trong bảng thì không có thông báo này.

Ví dụ sai:

    Đơn vị,resolved_early,resolved_on_time,resolved_late
    Phòng Tư pháp,5,4,1

Ví dụ đúng:

    Đơn vị,resolved,resolved_early,resolved_on_time,resolved_late
    Phòng Tư pháp,10,5,4,1
"""

from __future__ import annotations

from tthc_cli import codes

CODE = codes.COUNTS_DERIVED
