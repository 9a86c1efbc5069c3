"""Một tệp cần đọc không đọc được: không có, là thư mục, thiết bị hoặc FIFO, quá lớn, nằm ngoài kho.

Kế hoạch trỏ tới tệp khác qua ``units:`` và ``parent.path``; tệp đó phải là tệp thường nằm trong kho (thư
mục của tthc.toml hoặc gốc kho git). Tệp không đọc được thì các quy tắc cần nó không chạy được, nên lỗi
được báo ngay ở dòng đã nêu đường dẫn, với lý do cụ thể, không phải như một lỗi cú pháp YAML.

Ví dụ sai:

    units: /dev/zero

Ví dụ đúng:

    units: units.yaml
"""

from __future__ import annotations

from tthc_cli import codes

CODE = codes.INPUT_UNREADABLE
FAMILY = "yaml"
