"""Thiếu trường bắt buộc.

Mỗi phần của kế hoạch có những trường bắt buộc (ví dụ văn bản phải có 'kind', 'issuer', 'title').

Ví dụ sai:

    document:
      kind: quyet-dinh
      place: Tri Tôn

Ví dụ đúng:

    document:
      kind: quyet-dinh
      place: Tri Tôn
      symbol: QĐ-UBND
      title: Về việc ban hành Kế hoạch …
      issuer: {name: Ủy ban nhân dân huyện Tri Tôn}
"""

from __future__ import annotations

from tthc_cli import codes

CODE = codes.SCHEMA_MISSING_FIELD
