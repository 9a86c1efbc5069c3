"""Targets as printed ("Tối thiểu 45", "Từ 80 điểm trở lên", "từ 80 đến dưới 90 điểm") and their meaning."""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import model_validator

from tthc_cli.model.common import StrictModel
from tthc_cli.text.normalize import fold

Comparator = Literal[">=", ">", "<=", "<", "=", "band"]

_NUM = r"(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)"


def parse_vn_number(text: str) -> float:
    """Parse a number written the Vietnamese way ("7.920", "60,67") or plainly ("60.67", "45")."""
    t = text.strip()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", t):
        return float(t.replace(".", "").replace(",", "."))
    return float(t.replace(",", "."))


_BAND = re.compile(rf"từ\s+{_NUM}\s*(?:%|điểm)?\s+đến\s+(dưới|hết|không quá)?\s*{_NUM}")
_RULES: list[tuple[re.Pattern[str], Comparator]] = [
    (re.compile(rf"(?:tối thiểu|ít nhất|không thấp hơn|không dưới)\s*(?:từ\s+)?{_NUM}"), ">="),
    (re.compile(rf"từ\s+{_NUM}\s*(?:%|điểm|hồ sơ)?\s*trở lên"), ">="),
    (re.compile(rf"(?:phấn đấu|đạt)\s*(?:tối thiểu\s*)?{_NUM}"), ">="),
    (re.compile(rf"(?:tối đa|không quá|không vượt quá)\s*{_NUM}"), "<="),
    (re.compile(rf"(?:dưới|nhỏ hơn|thấp hơn)\s*{_NUM}"), "<"),
    (re.compile(rf"(?:trên|lớn hơn|cao hơn|vượt)\s*{_NUM}"), ">"),
    (re.compile(rf"^{_NUM}\s*(?:%|điểm|hồ sơ)?$"), ">="),
]
_UNIT = re.compile(r"(%|điểm|hồ sơ|văn bản|lần)")


def parse_target_words(text: str) -> dict[str, Any] | None:
    """Read the comparator and value from the words of a target; ``None`` if they cannot be read.

    A bare number ("100") means "at least 100", as offices score it.
    """
    t = fold(text)
    m = _BAND.search(t)
    if m:
        return {
            "op": "band",
            "min": parse_vn_number(m.group(1)),
            "max": parse_vn_number(m.group(3)),
            "max_inclusive": m.group(2) != "dưới",
        }
    for pattern, op in _RULES:
        m = pattern.search(t)
        if m:
            out: dict[str, Any] = {"op": op, "value": parse_vn_number(m.group(1))}
            rest = t[m.end() :]
            u = _UNIT.match(rest.strip())
            if u and u.group(1) != "%":
                out["unit"] = u.group(1)
            return out
    return None


class Target(StrictModel):
    """A target: the words as printed and what they mean.

    Write just the words (``target: Tối thiểu 45``) and the comparator and value are read from them, or
    give ``op`` and ``value`` explicitly; ``tthc validate`` reports words that contradict the value.
    """

    text: str
    """The words as printed in the plan, e.g. "Tối thiểu 45"."""
    op: Comparator | None = None
    """Comparator; ``band`` for "từ 80 đến dưới 90 điểm"."""
    value: float | None = None
    """The threshold (for every comparator but ``band``)."""
    min: float | None = None
    """Lower end of a band (inclusive)."""
    max: float | None = None
    """Upper end of a band."""
    max_inclusive: bool = False
    """Whether the upper end of a band is included ("đến hết 90" rather than "đến dưới 90")."""
    unit: str | None = None
    """Unit of a count target, e.g. "hồ sơ"; percentages leave it empty."""
    basis: str | None = None
    """How a count was derived, e.g. "30 hồ sơ/ngày x 22 ngày/tháng x 12 tháng"."""
    explicit: bool = False
    """True when ``op``/``value`` were written in the file rather than read from the words."""

    @model_validator(mode="before")
    @classmethod
    def _from_words(cls, data: Any) -> Any:
        if isinstance(data, bool):
            return data
        if isinstance(data, (int, float)):
            data = {"text": str(data).replace(".", ",")}
        if isinstance(data, str):
            data = {"text": data}
        if isinstance(data, dict) and "text" in data and isinstance(data["text"], str):
            data = dict(data)
            if "op" in data or "value" in data or "min" in data:
                data.setdefault("explicit", True)
            else:
                parsed = parse_target_words(data["text"])
                if parsed:
                    for k, v in parsed.items():
                        data.setdefault(k, v)
        return data

    def is_met(self, value: float) -> bool:
        """Whether ``value`` meets this target (an unreadable target is never met)."""
        if self.op == "band":
            lo = self.min if self.min is not None else float("-inf")
            return value >= lo
        if self.value is None or self.op is None:
            return False
        return {
            ">=": value >= self.value,
            ">": value > self.value,
            "<=": value <= self.value,
            "<": value < self.value,
            "=": value == self.value,
        }[self.op]

    @property
    def threshold(self) -> float | None:
        """The value a result must reach: ``value``, or the lower end of a band."""
        return self.min if self.op == "band" else self.value
