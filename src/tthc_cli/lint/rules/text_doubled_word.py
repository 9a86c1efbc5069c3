"""Một từ hoặc cụm hai từ bị gõ lặp liền nhau ("tỉnh tỉnh", "kiểm kiểm soát", "Tài khoản tài khoản").

Lỗi gõ lặp rất khó thấy khi đọc lại nhưng nằm nguyên trong văn bản đã ký. So sánh không phân biệt hoa
thường; bỏ qua con số và các từ láy đúng của tiếng Việt ("ngày ngày", "người người", "nhà nhà" — danh sách
trong ``tthc_cli/data/reduplications.yaml``), cũng như chỗ hai từ ghép có chung một tiếng ("phân công công
việc"). Cụm đã có trong danh sách lỗi chính tả (TT704, ví dụ "một cửa một cửa liên thông") chỉ được
báo ở đó.

Ví dụ sai:

    title: Hoạt động kiểm kiểm soát thủ tục hành chính trên địa bàn tỉnh tỉnh Đồng Tháp

Ví dụ đúng:

    title: Phân công công việc kiểm soát thủ tục hành chính; ngày ngày cập nhật trên Cổng Dịch vụ công
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tthc_cli import codes
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.textpos import finding_at, strings
from tthc_cli.lint.wordlists import compound_patterns, misspelling_spans, reduplications

CODE = codes.TEXT_DOUBLED_WORD
FAMILY = "text"
NEEDS_MODEL = False

_WORD = re.compile(r"\w+")


def doubled(text: str) -> Iterator[tuple[int, str]]:
    """Each doubled word or two-word phrase as (offset of the repeated copy, the phrase)."""
    words = list(_WORD.finditer(text))
    folded = [w.group().casefold() for w in words]
    n = len(folded)

    def spaced(i: int, j: int) -> bool:
        return all(text[words[k].end() : words[k + 1].start()].isspace() for k in range(i, j))

    # most texts have no repeat at all, or only one across punctuation ("một cửa, một cửa"): stop early
    repeats = any(
        (folded[i] == folded[i + 1] and spaced(i, i + 1))
        or (i + 3 < n and folded[i] == folded[i + 2] and folded[i + 1] == folded[i + 3] and spaced(i, i + 3))
        for i in range(n - 1)
    )
    if not repeats:
        return
    allowed = reduplications()
    taken = [(s, e) for s, e, _ in misspelling_spans(text)]
    taken += [m.span() for pattern in compound_patterns() for m in pattern.finditer(text)]

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken)

    i = 0
    while i + 1 < len(words):
        w = folded[i]
        if not any(c.isdigit() for c in w) and w == folded[i + 1] and w not in allowed and spaced(i, i + 1):
            if free(words[i].start(), words[i + 1].end()):
                yield words[i + 1].start(), words[i].group()
            i += 2
            continue
        if (
            i + 3 < len(words)
            and folded[i : i + 2] == folded[i + 2 : i + 4]
            and not any(c.isdigit() for c in w + folded[i + 1])
            and spaced(i, i + 3)
            and free(words[i].start(), words[i + 3].end())
        ):
            yield words[i + 2].start(), text[words[i].start() : words[i + 1].end()]
            i += 4
            continue
        i += 1


def check(ctx: PlanContext) -> Iterator[Finding]:
    """Report each doubled word or phrase at its second copy."""
    for path, value in strings(ctx):
        for offset, phrase in doubled(value):
            yield finding_at(
                ctx,
                path,
                value,
                offset,
                f"'{phrase}' bị gõ lặp hai lần liền nhau",
                f"xóa một lần '{phrase}'; nếu lặp có chủ ý, thêm '# tthc: disable={CODE}' ở cuối dòng",
            )
