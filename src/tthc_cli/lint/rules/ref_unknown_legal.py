"""Văn bản được trích dẫn không có trong danh mục văn bản pháp luật.

Danh mục (gói kèm tthc và tệp legal.yaml của kho) cho phép kiểm tra ngày ban hành và định dạng số hiệu.
Một văn bản lạ có thể là gõ nhầm số hiệu. Mức "lưu ý"; "cảnh báo" với văn bản quy phạm pháp luật (Luật,
Nghị định, Thông tư, số hiệu có năm). Mỗi văn bản chỉ báo một lần, ở lần trích dẫn đầu tiên.

Ví dụ sai:

    document:
      bases:
        - Căn cứ Quyết định số 999/QĐ-UBND ngày 01/3/2024 của Ủy ban nhân dân tỉnh

Ví dụ đúng:

    document:
      bases:
        - Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ

Văn bản của địa phương được thêm vào danh mục bằng tệp legal.yaml của kho, khai báo trong tthc.toml bằng
``legal = ["legal.yaml"]``::

    schema_version: 1
    documents:
      - {number: 999/QĐ-UBND, type: quyet-dinh, issuer: Ủy ban nhân dân tỉnh, date: 2024-03-01}
"""

from __future__ import annotations

from collections.abc import Iterator

from tthc_cli import codes
from tthc_cli.findings import Severity
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.legal_support import NORMATIVE_TYPES, catalogue, finding, label, match, written_citations

CODE = codes.REF_UNKNOWN_LEGAL
FAMILY = "references"
NEEDS_MODEL = False


def check(ctx: PlanContext) -> Iterator[Finding]:
    """Report the first citation of each document the catalogue does not know."""
    cat = catalogue(ctx)
    seen: set[tuple[str, int | None]] = set()
    for placed, c in written_citations(ctx):
        if c.canonical is None or match(c, cat).status != "unknown":
            continue
        if not c.has_year and any(d.normative for d in cat.find_serial(c.canonical)):
            continue  # a normative document cited without its year: TT304 says so
        key = (c.canonical.upper(), c.year or (c.date.year if c.date else None))
        if key in seen:
            continue
        seen.add(key)
        normative = c.has_year or c.doc_type in NORMATIVE_TYPES
        when = f" ({c.date.show()})" if c.date else ""
        yield finding(
            ctx,
            placed.path,
            placed.text,
            c.offset,
            f"{label(c)}{when} không có trong danh mục văn bản",
            "nếu số hiệu đúng, thêm văn bản vào legal.yaml của kho (number, type, issuer, date, title) "
            'và khai báo legal = ["legal.yaml"] trong tthc.toml',
            severity=Severity.WARNING if normative else None,
        )
