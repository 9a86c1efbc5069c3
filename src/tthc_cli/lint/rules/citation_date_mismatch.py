"""Ngày ban hành được trích dẫn khác với danh mục văn bản, hoặc khác với năm ghi trong số hiệu.

Ví dụ Quyết định 766/QĐ-TTg ban hành ngày 23/6/2022 nhưng được ghi "ngày 24/6/2022"; hoặc "Nghị định số
61/2018/NĐ-CP ngày 23/4/2019" (năm trong số hiệu là 2018). Nếu danh mục sai, sửa danh mục (legal.yaml).

Ví dụ sai:

    document:
      bases:
        - Căn cứ Quyết định số 766/QĐ-TTg ngày 24/6/2022 của Thủ tướng Chính phủ

Ví dụ đúng:

    document:
      bases:
        - Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ
"""

from __future__ import annotations

from collections.abc import Iterator

from tthc_cli import codes
from tthc_cli.legal.citations import CitedDate
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.legal_support import catalogue, citations, date_finding, label, match, show_date
from tthc_cli.model.common import partial_date_parts
from tthc_cli.model.legal import LegalDocument

CODE = codes.CITATION_DATE_MISMATCH
FAMILY = "citations"
NEEDS_MODEL = False


def _differs(doc: LegalDocument, cited: CitedDate) -> bool:
    year, month, day = partial_date_parts(doc.date)
    if year != cited.year:
        return True
    if month is None or day is None or not cited.full:
        return False
    return (month, day) != (cited.month, cited.day)


def check(ctx: PlanContext) -> Iterator[Finding]:
    """Report dates that disagree with the catalogue or with the year in the number."""
    cat = catalogue(ctx)
    for placed in citations(ctx):
        c = placed.citation
        if c.date is None:
            continue
        if c.year is not None and c.year != c.date.year:
            yield date_finding(
                ctx,
                placed,
                f"{label(c)}: năm trong số hiệu ({c.year}) khác năm ban hành được ghi ({c.date.year})",
                "kiểm tra lại số hiệu hoặc ngày ban hành",
            )
            continue
        doc = match(c, cat).document
        if doc is not None and _differs(doc, c.date):
            yield date_finding(
                ctx,
                placed,
                f"{doc.label} ban hành {'ngày ' if doc.date.count('-') == 2 else ''}{show_date(doc.date)}, "
                f"không phải {c.date.show()}",
                f"sửa thành {show_date(doc.date)} (nếu danh mục sai, sửa legal.yaml)",
            )
