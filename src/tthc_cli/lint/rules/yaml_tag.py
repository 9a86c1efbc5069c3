"""Thẻ YAML không được phép (!!python/object, !tag…).

Kế hoạch chỉ chứa chuỗi, số, danh sách và ánh xạ; thẻ lạ có thể là ý đồ tạo đối tượng tùy ý khi tệp được
đọc bằng công cụ khác. tthc không bao giờ tạo đối tượng từ thẻ.

Ví dụ sai:

    place: !!python/object/apply:os.system [ls]

Ví dụ đúng:

    place: Tri Tôn
"""

from __future__ import annotations

from tthc_cli import codes

CODE = codes.YAML_UNSAFE_TAG
