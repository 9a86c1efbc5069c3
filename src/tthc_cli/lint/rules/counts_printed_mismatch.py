"""Tỷ lệ in trong bảng số liệu không khớp với số liệu theo công thức và cách làm tròn của kế hoạch.

Một bảng số liệu có thể kèm các tỷ lệ mà báo cáo đã in (cột có tiêu đề "Tỷ lệ … (%)", hoặc mang mã hay tên
một chỉ tiêu). ``tthc score`` tính lại từng tỷ lệ từ số liệu cùng dòng theo công thức của dòng chỉ tiêu cùng
tên và cách làm tròn của kế hoạch; tỷ lệ không tính lại được là lỗi ở ô đó, với lời giải thích gần nhất tìm
được: làm tròn hay cắt bớt, một mẫu số hay tử số khác, hai chữ số bị đảo, một chữ số bị gõ lặp. Ví dụ dưới
đây dùng chỉ tiêu ``on-time-resolution``: (trước hạn + đúng hạn) / đã giải quyết × 100.

Ví dụ sai:

    Đơn vị,resolved,resolved_early,resolved_on_time,resolved_late,Tỷ lệ hồ sơ giải quyết đúng hạn (%)
    xã An Tức,6776,2000,521,4255,"37,76"

Ví dụ đúng:

    Đơn vị,resolved,resolved_early,resolved_on_time,resolved_late,Tỷ lệ hồ sơ giải quyết đúng hạn (%)
    xã An Tức,6776,2000,521,4255,"37,20"
"""

from __future__ import annotations

from tthc_cli import codes

CODE = codes.COUNTS_PRINTED_MISMATCH
