"""Một từ hoặc cụm đến năm từ bị gõ lặp liền nhau ("tỉnh tỉnh", "Tài khoản tài khoản", "giao chỉ tiêu giao chỉ tiêu").

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


MAX_RUN = 5
"""The longest phrase (in words) looked for typed twice."""


def doubled(text: str) -> Iterator[tuple[int, str]]:
    """Each phrase of one to :data:`MAX_RUN` words typed twice in a row, as (offset of the second copy, phrase)."""
    words = list(_WORD.finditer(text))
    folded = [w.group().casefold() for w in words]
    n = len(folded)

    def spaced(i: int, j: int) -> bool:
        return all(text[words[k].end() : words[k + 1].start()].isspace() for k in range(i, j))

    def repeat_at(i: int) -> int:
        """The length of the longest phrase starting at ``i`` that is typed again right after (0 if none)."""
        for size in range(min(MAX_RUN, (n - i) // 2), 0, -1):
            if folded[i : i + size] == folded[i + size : i + 2 * size] and spaced(i, i + 2 * size - 1):
                return size
        return 0

    # most texts have no repeat at all, or only one across punctuation ("một cửa, một cửa"): stop early
    if not any(folded[i] in folded[i + 1 : i + MAX_RUN + 1] for i in range(n - 1)):
        return
    allowed = reduplications()
    taken = [(s, e) for s, e, _ in misspelling_spans(text)]
    taken += [m.span() for pattern in compound_patterns() for m in pattern.finditer(text)]

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken)

    i = 0
    while i + 1 < n:
        size = repeat_at(i)
        phrase = folded[i : i + size]
        if (
            size
            and not any(c.isdigit() for w in phrase for c in w)
            and not (size == 1 and phrase[0] in allowed)
            and free(words[i].start(), words[i + 2 * size - 1].end())
        ):
            yield words[i + size].start(), text[words[i].start() : words[i + size - 1].end()]
            i += 2 * size
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
