"""Tệp lưu bằng UTF-16 (hoặc UTF-32) thay vì UTF-8; đã đọc được nhưng nên lưu lại.

Notepad gọi UTF-16 là "Unicode". Khi tệp có dấu thứ tự byte (BOM) hoặc mẫu byte NUL rõ ràng, bảng mã là
chắc chắn nên tthc đọc đúng nội dung và vẫn kiểm tra; nhưng git hiển thị tệp UTF-16 như tệp nhị phân và
nhiều công cụ khác không đọc được, nên cần lưu lại bằng UTF-8. Tệp lưu bằng bảng mã 8 bit (Windows-1258,
Windows-1252) thì không đoán chắc được: đó là lỗi TT008 và không quy tắc nào chạy trên tệp ấy.

Ví dụ sai:

    title: Kế hoạch   # tệp lưu bằng UTF-16 (Notepad: "Unicode")

Ví dụ đúng:

    title: Kế hoạch   # tệp lưu bằng UTF-8
"""

from __future__ import annotations

from tthc_cli import codes

CODE = codes.YAML_ENCODING_DECODED
