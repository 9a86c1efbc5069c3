"""Dùng anchor/alias (&, *) của YAML.

Alias làm nội dung ở một chỗ hiện ra ở chỗ khác, người xem thay đổi trong git không thấy được; alias lồng
nhau có thể nở thành hàng tỷ nút ('alias bomb') — khi đó tệp bị từ chối với lỗi.

Ví dụ sai:

    lead: &vp Văn phòng HĐND và UBND huyện
    support: *vp

Ví dụ đúng:

    lead: Văn phòng HĐND và UBND huyện
    support: Văn phòng HĐND và UBND huyện
"""

from __future__ import annotations

from tthc_cli import codes

CODE = codes.YAML_ALIAS
