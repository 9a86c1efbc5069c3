"""Targets as printed ("Tối thiểu 45", "Từ 80 điểm trở lên", "từ 80 đến dưới 90 điểm") and their meaning.

The words are read by :mod:`tthc_cli.model.target_words`."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, model_validator

from tthc_cli.model.common import StrictModel
from tthc_cli.model.target_words import parse_target_words, parse_vn_number, read_sub

Comparator = Literal[">=", ">", "<=", "<", "=", "band"]

__all__ = ["Comparator", "SubTarget", "Target", "parse_target_words", "parse_vn_number"]


class SubTarget(StrictModel):
    """A target inside a target: "trên 95%, trong đó 20% trả trước hạn" has the sub-target "20% trả trước
    hạn", scored with its own ``formula`` (and so its own base) as a row of its own."""

    text: str
    """The words as printed after "trong đó"."""
    op: Comparator | None = None
    value: float | None = None
    formula: str | None = None
    """What the sub-target measures, e.g. ``resolved_early / resolved * 100``; without it the sub-target is
    reported (TT602) and not scored."""

    @model_validator(mode="before")
    @classmethod
    def _from_words(cls, data: Any) -> Any:
        if isinstance(data, str):
            data = {"text": data}
        if isinstance(data, dict) and isinstance(data.get("text"), str) and "op" not in data:
            read = read_sub(data["text"])
            if read:
                data = {**data, "op": read["op"], "value": read["value"]}
        return data

    def as_target(self) -> Target:
        """The sub-target as a target of its own, for scoring."""
        return Target(text=self.text, op=self.op, value=self.value, explicit=True)


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
    sub: list[SubTarget] = Field(default_factory=list)
    """Targets inside this one ("trong đó 20% trả trước hạn"), read from the words or written out."""
    unread: str | None = None
    """Words of ``text`` that could not be understood; the target then has no meaning until they are
    rewritten or ``op``/``value`` are given (``tthc validate`` reports it, TT602)."""

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
