"""Các số liệu của một đơn vị mâu thuẫn nhau: tổng các phần khác toàn bộ, hoặc một phần lớn hơn toàn bộ.

Các quan hệ (đã giải quyết = trước hạn + đúng hạn + trễ hạn; trực tuyến ≤ tiếp nhận …) là dữ liệu
trong danh mục chỉ số; số liệu trái với chúng cho tỷ lệ không tin được.

Ví dụ sai:

    Đơn vị,resolved,resolved_early,resolved_on_time,resolved_late
    Phòng Tư pháp,10,5,3,1

Ví dụ đúng:

    Đơn vị,resolved,resolved_early,resolved_on_time,resolved_late
    Phòng Tư pháp,10,5,4,1
"""

from __future__ import annotations

from tthc_cli import codes

CODE = codes.COUNTS_INCONSISTENT
