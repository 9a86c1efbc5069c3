"""Văn bản quy phạm pháp luật được trích dẫn thiếu năm trong số hiệu.

Luật, Nghị định, Thông tư (và Quyết định, Nghị quyết là văn bản quy phạm pháp luật, theo danh mục) có số
hiệu dạng số/năm/ký hiệu. Thiếu năm thì không biết là văn bản nào: "Nghị định số 61/NĐ-CP" có thể là của
bất kỳ năm nào.

Ví dụ sai:

    document:
      bases:
        - Căn cứ Nghị định số 61/NĐ-CP ngày 23/4/2018 của Chính phủ

Ví dụ đúng:

    document:
      bases:
        - Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ
"""

from __future__ import annotations

from collections.abc import Iterator

from tthc_cli import codes
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.legal_support import NORMATIVE_TYPES, catalogue, finding, label, written_citations

CODE = codes.CITATION_MISSING_YEAR
FAMILY = "citations"
NEEDS_MODEL = False


def check(ctx: PlanContext) -> Iterator[Finding]:
    """Report normative documents cited without the year in their number."""
    cat = catalogue(ctx)
    for placed, c in written_citations(ctx):
        if c.canonical is None or c.has_year or not c.code:
            continue
        same = [d for d in cat.find_serial(c.canonical) if d.normative and d.number and d.number.count("/") >= 2]
        if c.doc_type not in NORMATIVE_TYPES and not same:
            continue
        if same and (c.date is None or any(d.year == c.date.year for d in same)):
            hint = f"viết: {next(d.number for d in same if d.number)}"
        elif c.date is not None:
            hint = f"viết: {c.serial}/{c.date.year}/{c.canonical.split('/', 1)[1]}"
        else:
            hint = "ghi số hiệu dạng số/năm/ký hiệu, ví dụ 61/2018/NĐ-CP"
        yield finding(
            ctx,
            placed.path,
            placed.text,
            c.offset,
            f"{label(c)} là văn bản quy phạm pháp luật: số hiệu phải có năm ban hành",
            hint,
        )
