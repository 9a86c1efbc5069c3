"""Số hiệu văn bản sai định dạng.

Văn bản quy phạm pháp luật viết số/năm/ký hiệu (61/2018/NĐ-CP), văn bản khác viết số/ký hiệu (766/QĐ-TTg);
các phần ngăn cách bằng "/", ký hiệu loại văn bản và cơ quan ban hành nối bằng "-". Quy tắc này báo: dấu
ngăn cách sai ("107.NĐ-CP", "01:NQ/CP"), ký hiệu dính liền ("143/QĐUBND-HC"), số thiếu ký hiệu ("Chỉ thị
05"), khoảng trắng trong số hiệu ("752 /QĐ-UBND"), số hiệu không có tên loại văn bản ("theo quy định tại
961/QĐ-UBND"), ký hiệu loại văn bản khác với tên loại ("Nghị định số 12/QĐ-UBND") và năm trong số hiệu của văn bản
không phải quy phạm pháp luật ("Kế hoạch số 243/2021/KH-UBND").

Ví dụ sai:

    document:
      bases:
        - Căn cứ Nghị định 107.NĐ-CP ngày 06/12/2021 của Chính phủ

Ví dụ đúng:

    document:
      bases:
        - Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ
"""

from __future__ import annotations

from collections.abc import Iterator

from tthc_cli import codes
from tthc_cli.legal.catalogue import LegalCatalogue
from tthc_cli.legal.citations import TYPE_CODES, Citation
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.legal_support import catalogue, finding, written_citations
from tthc_cli.model.legal import DOC_TYPE_WORDS

CODE = codes.CITATION_NUMBER_FORMAT
FAMILY = "citations"
NEEDS_MODEL = False

NOT_NORMATIVE = frozenset({"ke-hoach", "cong-van", "cong-dien", "thong-bao", "bao-cao", "to-trinh"})
"""Kinds that are never văn bản quy phạm pháp luật: their number carries no year."""

_PROBLEMS = {
    "separator": "dùng dấu '.' hoặc ':' thay cho '/'",
    "slash-in-code": "dùng '/' thay cho '-' trong ký hiệu",
    "glued-code": "thiếu dấu '-' giữa loại văn bản và cơ quan ban hành",
    "space": "có khoảng trắng trong số hiệu",
}


def _compatible(words: str, code: str) -> bool:
    return words == code or {words, code} == {"luat", "nghi-quyet"}


def _missing_code(c: Citation, cat: LegalCatalogue) -> tuple[str, str]:
    kind = c.type_from_words or "van-ban"
    docs = [
        d
        for d in cat.documents
        if d.number and d.type == kind and d.number.split("/")[0] == c.serial and c.date and d.year == c.date.year
    ]
    if len(docs) == 1:
        hint = f"ghi đủ số và ký hiệu: {DOC_TYPE_WORDS[kind]} số {docs[0].number}"
    else:
        code = next((k for k, v in TYPE_CODES.items() if v == kind), None)
        shape = f"{c.serial}/{code}-<cơ quan ban hành>" if code else f"{c.serial}/<cơ quan>-<đơn vị soạn thảo>"
        hint = f"ghi đủ số và ký hiệu, dạng {shape}"
    return f"'{c.words} {c.serial}' thiếu ký hiệu (loại văn bản - cơ quan ban hành)", hint


def problems(c: Citation, cat: LegalCatalogue) -> tuple[str, str] | None:
    """The message and hint for a malformed citation, or ``None``."""
    if "missing-code" in c.problems:
        return _missing_code(c, cat)
    said = [_PROBLEMS[p] for p in c.problems if p in _PROBLEMS]
    if said:
        return f"Số hiệu '{c.raw}' sai định dạng: {'; '.join(said)}", f"viết: {c.canonical}"
    words, code = c.type_from_words, c.type_from_code
    if "missing-kind" in c.problems:
        kind = DOC_TYPE_WORDS[code] if code else "tên loại văn bản"
        return f"Thiếu tên loại văn bản trước số hiệu '{c.number}'", f"viết: {kind} số {c.number}"
    if words and code and words != "van-ban" and not _compatible(words, code):
        return (
            f"'{c.words} số {c.number}': ký hiệu là của {DOC_TYPE_WORDS[code]}, không phải {DOC_TYPE_WORDS[words]}",
            "kiểm tra lại tên loại hoặc ký hiệu văn bản",
        )
    if c.has_year and c.doc_type in NOT_NORMATIVE and c.serial and c.code:
        kind = DOC_TYPE_WORDS[c.doc_type or "van-ban"]
        return (
            f"{kind} không phải văn bản quy phạm pháp luật: số hiệu '{c.number}' không ghi năm",
            f"viết: {c.serial}/{c.code}",
        )
    return None


def check(ctx: PlanContext) -> Iterator[Finding]:
    """Report malformed numbers."""
    cat = catalogue(ctx)
    for placed, c in written_citations(ctx):
        found = problems(c, cat)
        if found:
            yield finding(ctx, placed.path, placed.text, placed.citation.offset, found[0], found[1])
