"""Một cột (hoặc một ô tên chỉ số ở bảng dài) không ứng với chỉ số nào của danh mục chỉ số.

Cột không nhận ra thì không được tính; nếu đó là một chỉ số thật, thêm bí danh vào metrics.yaml.

Ví dụ sai:

    Đơn vị,received_total,Cột lạ
    Phòng Tư pháp,10,3

Ví dụ đúng:

    Đơn vị,received_total,received_online
    Phòng Tư pháp,10,3
"""

from __future__ import annotations

from tthc_cli import codes

CODE = codes.COUNTS_UNKNOWN_METRIC
