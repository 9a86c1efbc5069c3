"""Ô gộp nằm trong vùng số liệu của tệp XLSX; chỉ ô đầu tiên của vùng gộp được đọc.

Ô gộp trong vùng số liệu làm các ô còn lại rỗng; số liệu có thể bị thiếu.

Ví dụ sai:

    (tệp XLSX có ô A2:A3 gộp, nằm trong vùng số liệu)
    Đơn vị,received_total
    Phòng Tư pháp,10

Ví dụ đúng:

    (tệp XLSX mỗi đơn vị một dòng, không gộp ô trong vùng số liệu)
"""

from __future__ import annotations

from tthc_cli import codes

CODE = codes.COUNTS_MERGED_CELL
