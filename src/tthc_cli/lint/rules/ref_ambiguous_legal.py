"""Số hiệu không kèm năm hay ngày, trùng với nhiều văn bản trong danh mục.

Văn bản không phải quy phạm pháp luật (766/QĐ-TTg, 01/NQ-CP) không ghi năm trong số hiệu, nên năm nào
cũng có thể có một văn bản cùng số. Khi danh mục có nhiều văn bản cùng số, trích dẫn phải ghi ngày ban hành
(hoặc "năm …") để biết là văn bản nào.

Ví dụ sai:

    # danh mục có 01/NQ-CP ngày 05/01/2024 và 01/NQ-CP ngày 06/01/2023
    document:
      bases:
        - Căn cứ Nghị quyết số 01/NQ-CP của Chính phủ

Ví dụ đúng:

    document:
      bases:
        - Căn cứ Nghị quyết số 01/NQ-CP ngày 05/01/2024 của Chính phủ
"""

from __future__ import annotations

from collections.abc import Iterator

from tthc_cli import codes
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.legal_support import catalogue, finding, label, match, show_date, written_citations

CODE = codes.REF_AMBIGUOUS_LEGAL
FAMILY = "references"
NEEDS_MODEL = False


def check(ctx: PlanContext) -> Iterator[Finding]:
    """Report citations whose number, without year or date, names several catalogue documents."""
    cat = catalogue(ctx)
    for placed, c in written_citations(ctx):
        m = match(c, cat)
        if m.status != "ambiguous" or c.date is not None:
            continue
        dates = ", ".join(show_date(d.date) for d in m.documents)
        yield finding(
            ctx,
            placed.path,
            placed.text,
            c.offset,
            f"{label(c)} không ghi ngày ban hành, trong khi danh mục có {len(m.documents)} văn bản cùng số ({dates})",
            "ghi thêm 'ngày … tháng … năm …' sau số hiệu",
        )
