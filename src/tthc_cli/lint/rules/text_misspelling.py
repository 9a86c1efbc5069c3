"""Lỗi chính tả: một chữ không thể là âm tiết tiếng Việt ("giải quyêt", "cải cácch", "trưc tuyến").

Âm tiết tiếng Việt là một tập đóng: phụ âm đầu, vần và thanh theo quy tắc chính tả (k trước i/e/ê/y, gh và
ngh trước i/e/ê, q chỉ đi với u, vần tận cùng -p/-t/-c/-ch chỉ mang thanh sắc hoặc nặng, dấu thanh đặt
đúng nguyên âm theo kiểu cũ "hòa" hoặc kiểu mới "hoà"). Chữ không thể có, hoặc không có trong từ điển
âm tiết, được báo kèm gợi ý là các âm tiết cách một lỗi gõ (thêm, bớt, thay một chữ cái, đổi dấu, gõ Telex
khi tắt bộ gõ), ưu tiên âm tiết ghép được thành từ với chữ bên cạnh. Không báo chữ viết tắt (UBND,
HĐND), mã, số, địa chỉ web, tên riêng trong danh mục đơn vị và danh mục văn bản.

Danh sách ``tthc_cli/data/misspellings.yaml`` giữ những lỗi mà bộ kiểm tra không tự tìm được (mỗi mục đã
gặp trong hơn một văn bản thật), báo cùng mã này với cách sửa ghi trong danh sách.

Ví dụ sai:

    content: Giải quyêt thủ tục hành chính và cải cácch hành chính, dịch vụ công trưc tuyến

Ví dụ đúng:

    content: Giải quyết thủ tục hành chính và cải cách hành chính, dịch vụ công trực tuyến
"""

from __future__ import annotations

from collections.abc import Iterator

from tthc_cli import codes
from tthc_cli.findings import YamlPath
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.spelling_support import doubted, hint
from tthc_cli.lint.textpos import finding_at, strings
from tthc_cli.lint.wordlists import misspelling_spans
from tthc_cli.text.syllable import parse

CODE = codes.TEXT_MISSPELLING
FAMILY = "text"
NEEDS_MODEL = False


def check(ctx: PlanContext) -> Iterator[Finding]:
    """Report each word that is no Vietnamese syllable, and each listed misspelling, at its position."""
    found: list[tuple[YamlPath, str, int, str, str | None]] = []
    for path, value in strings(ctx):
        for start, end, entry in misspelling_spans(value):
            found.append((path, value, start, f"Sai chính tả: '{value[start:end]}'", f"sửa thành '{entry.right}'"))
    for path, value, m in doubted(ctx):
        if m.kind == "invalid":
            word = value[m.start : m.end]
            why = "không thể là âm tiết tiếng Việt" if parse(word) is None else "không có trong từ điển tiếng Việt"
            found.append((path, value, m.start, f"Sai chính tả: '{word}' {why}", hint(m)))
    for path, value, start, message, fix in found:
        yield finding_at(ctx, path, value, start, message, fix)
