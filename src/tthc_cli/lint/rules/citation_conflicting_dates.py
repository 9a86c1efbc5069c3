"""Cùng một văn bản được trích dẫn với hai ngày ban hành khác nhau trong một kế hoạch.

Ví dụ Quyết định 766/QĐ-TTg ghi "ngày 23/6/2022" ở phần căn cứ và "ngày 24/6/2022" ở phần nội dung: ít
nhất một chỗ sai. Số và ngày của chính kế hoạch (``document``) và của kế hoạch cấp trên (``parent``) cũng
được so sánh. Mỗi lần trích dẫn khác ngày với lần đầu tiên đều được báo, kèm dòng của lần đầu. Văn bản
không ghi năm trong số hiệu được nhận biết theo số hiệu và năm của ngày ban hành (cùng số, khác năm là hai
văn bản khác nhau).

Ví dụ sai:

    document:
      bases:
        - Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ
        - Thực hiện Quyết định số 766/QĐ-TTg ngày 24/6/2022 của Thủ tướng Chính phủ

Ví dụ đúng:

    document:
      bases:
        - Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ
        - Thực hiện Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ
"""

from __future__ import annotations

from collections.abc import Iterator

from tthc_cli import codes
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.legal_support import Placed, catalogue, citations, date_finding, label, match, show_date

CODE = codes.CITATION_CONFLICTING_DATES
FAMILY = "citations"
NEEDS_MODEL = False


def check(ctx: PlanContext) -> Iterator[Finding]:
    """Compare every dated citation of a document with its first dated citation."""
    cat = catalogue(ctx)
    first: dict[tuple[str, int], Placed] = {}
    for placed in citations(ctx):
        c = placed.citation
        if c.date is None or not c.date.full:
            continue
        ident = c.canonical or c.name
        if ident is None:
            continue
        doc = match(c, cat).document
        key = (doc.label if doc else ident.upper(), c.year or c.date.year)
        if key not in first:
            first[key] = placed
            continue
        earlier = first[key].citation.date
        assert earlier is not None
        if (earlier.day, earlier.month, earlier.year) == (c.date.day, c.date.month, c.date.year):
            continue
        known = f" (danh mục: {show_date(doc.date)})" if doc else ""
        yield date_finding(
            ctx,
            placed,
            f"{label(c)} {'khai báo' if placed.declared else 'ghi'} ngày {c.date.show()}, "
            f"khác với ngày {earlier.show()} ở dòng {first[key].line}",
            f"thống nhất một ngày ban hành cho văn bản này{known}",
        )
