"""Chỉ tiêu có lời văn mâu thuẫn với so sánh/giá trị ghi rõ, hoặc lời văn không đọc được (hết).

Khi ``op``/``value`` được ghi rõ, lời văn in ra ("Tối thiểu 45") phải nói cùng một điều; nếu không, văn
bản in một con số còn chấm điểm theo con số khác. Khi chỉ có lời văn mà không đọc được so sánh và giá trị
(ví dụ "Đạt loại tốt"), chỉ tiêu không chấm điểm được: hãy viết theo một cách quen thuộc ("Tối thiểu 45",
"Phấn đấu 100", "100%", "Từ 80 điểm trở lên", "từ 80 đến dưới 90 điểm", "Không quá 5") hoặc ghi rõ
``op``/``value``. Lời văn được đọc trọn vẹn hoặc không đọc: "Tối thiểu 45 (trừ …)" không bị rút gọn thành
"tối thiểu 45" mà được báo ở dòng của chỉ tiêu. Chỉ tiêu con sau "trong đó" ("trên 95%, trong đó 20% trả
trước hạn") cần công thức riêng (``sub: [{text: …, formula: …}]``) để được chấm. Ô giữ chỗ "[cần điền: …]" của
khung kế hoạch chưa phải là chỉ tiêu: không được chấm và không bị báo ở đây (``tthc new`` liệt kê chúng).

Ví dụ sai:

    - stt: 1
      indicator: online-payment
      name: Tỷ lệ thanh toán trực tuyến
      target: {text: Tối thiểu 45, op: '>=', value: 40}

Ví dụ đúng:

    - stt: 1
      indicator: online-payment
      name: Tỷ lệ thanh toán trực tuyến
      target: {text: Tối thiểu 45, op: '>=', value: 45}
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tthc_cli import codes
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.targets import HIGHER_IS_BETTER, LOWER_IS_BETTER, fmt, iter_targets
from tthc_cli.model.target import Target, parse_target_words
from tthc_cli.model.target_words import is_placeholder

CODE = codes.TARGET_WORDS_CONTRADICT
FAMILY = "targets"

PHRASINGS = "'Tối thiểu 45', 'Phấn đấu 100', '100%', 'Từ 80 điểm trở lên', 'từ 80 đến dưới 90 điểm', 'Không quá 5'"
_BARE = re.compile(r"\s*[\d.,]+\s*(%|điểm|hồ sơ)?\s*", re.IGNORECASE)
_OP_WORDS = {">=": "tối thiểu", ">": "trên", "<=": "tối đa", "<": "dưới", "=": "bằng", "band": "từ … đến …"}


def contradiction(target: Target) -> str | None:
    """Why the words of an explicit target disagree with its ``op``/``value``, or ``None``."""
    words = parse_target_words(target.text)
    if words is None or target.op is None:
        return None
    said = words["op"]
    bare = _BARE.fullmatch(target.text) is not None
    opposite = {said, target.op} - {None}
    if not bare and len(opposite) == 2 and opposite & HIGHER_IS_BETTER and opposite & LOWER_IS_BETTER:
        return f"lời văn nói '{_OP_WORDS[said]}' nhưng so sánh ghi '{target.op}'"
    if said == "band" or target.op == "band":
        if said == target.op and (words["min"], words["max"]) != (target.min, target.max):
            said_band = f"từ {fmt(words['min'])} đến {fmt(words['max'])}"
            return f"lời văn ghi {said_band}, giá trị ghi {fmt(target.min)}–{fmt(target.max)}"
        return None
    if target.value is not None and words.get("value") != target.value:
        return f"lời văn ghi {fmt(words.get('value'))}, giá trị ghi {fmt(target.value)}"
    return None


def check(ctx: PlanContext) -> Iterator[Finding]:
    """Report contradicting and unreadable targets."""
    for ref in iter_targets(ctx):
        t = ref.target
        if t.explicit:
            why = contradiction(t)
            if why:
                yield Finding(ref.path, f"Chỉ tiêu '{t.text}' mâu thuẫn: {why}", "sửa lời văn hoặc op/value cho khớp")
        elif t.unread:
            yield Finding(
                ref.path,
                f"Không hiểu hết lời văn của chỉ tiêu '{t.text}': '{t.unread}' chưa đọc được, "
                "nên chỉ tiêu không được chấm",
                f"viết theo một trong các cách {PHRASINGS}, hoặc ghi rõ op và value",
            )
        elif t.op is None and t.threshold is None and not is_placeholder(t.text):
            yield Finding(
                ref.path,
                f"Không đọc được so sánh và giá trị của chỉ tiêu '{t.text}'",
                f"viết theo một trong các cách {PHRASINGS}, hoặc ghi rõ op và value",
            )
        for sub in t.sub:
            if sub.formula is None or sub.op is None:
                yield Finding(
                    ref.path,
                    f"Chỉ tiêu con 'trong đó {sub.text}' chưa có {'công thức' if sub.op else 'so sánh và giá trị'} "
                    "nên không được chấm",
                    "ghi sub: [{text: …, formula: …}] với công thức của phần 'trong đó'",
                )
