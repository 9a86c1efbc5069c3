"""Một số được viết quá dài (hơn 30 ký tự).

Không con số nào trong kế hoạch (năm, chỉ tiêu, số lượng) dài đến thế; một số như vậy là tệp hỏng, dán
nhầm, hoặc cố ý làm treo công cụ. Giá trị được giữ như chuỗi, không chuyển thành số, và bị báo ở đúng vị
trí.

Ví dụ sai:

    year: 20242024202420242024202420242024

Ví dụ đúng:

    year: 2024
"""

from __future__ import annotations

from tthc_cli import codes

CODE = codes.YAML_NUMBER_TOO_LONG
