"""The rules that set a sub-unit's target from the target from above and last year's result, as data.

``from-results`` is the rule of seed 001's phụ lục: when last year's result is below the target from above,
the target is the one from above; otherwise last year's result plus the increase, never below the target from
above. "Tăng thêm 10%" is read as 10 *points* (``increase_mode: points``) because these targets are rates
already written in %; ``increase_mode: percent`` reads it as 10 % of last year's result instead.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from pydantic import Field

from tthc_cli.model.common import StrictModel

RuleName = Literal["from-results", "as-parent", "parent-plus", "max-parent-results"]
CAPPED = frozenset({"%", "điểm"})
"""Units whose values cannot exceed 100."""


class Rule(StrictModel):
    """How one indicator's target is set for each sub-unit."""

    rule: RuleName = "from-results"
    """from-results (seed 001), as-parent, parent-plus (``points`` above the parent), max-parent-results."""
    increase: float = Field(default=10, ge=0, le=100)
    """The increase on last year's result (from-results, max-parent-results)."""
    increase_mode: Literal["points", "percent"] = "points"
    """points: last year + ``increase``; percent: last year × (1 + ``increase``/100)."""
    points: float = Field(default=0, ge=0, le=100)
    """For parent-plus: how many points above the parent's target."""


class CascadeRules(StrictModel):
    """A ``--rules`` file: the default rule and the rule of particular indicators (by indicator key)."""

    schema_version: Literal[1] = 1
    default: Rule = Field(default_factory=Rule)
    indicators: dict[str, Rule] = Field(default_factory=dict)

    def for_indicator(self, key: str) -> Rule:
        """The rule in force for ``key``."""
        return self.indicators.get(key, self.default)


def q(value: Decimal) -> Decimal:
    """``value`` to two decimals, half up, without trailing zeros."""
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP).normalize() + 0


def _pts(value: Decimal) -> str:
    text = f"{q(value):f}"
    return text.replace(".", ",")


def derive(rule: Rule, parent: Decimal, last: Decimal | None, unit: str) -> tuple[Decimal, str]:
    """The sub-unit's threshold and how it was reached, in Vietnamese words."""
    cap = Decimal(100) if unit in CAPPED else None
    inc = Decimal(str(rule.increase))
    plus = Decimal(str(rule.points))
    if rule.rule == "as-parent":
        value, why = parent, f"bằng cấp trên ({_pts(parent)})"
    elif rule.rule == "parent-plus":
        value, why = parent + plus, f"cấp trên + {_pts(plus)} = {_pts(parent)} + {_pts(plus)}"
    elif last is None:
        value, why = parent, "không có kết quả năm trước: bằng cấp trên"
    elif rule.rule == "from-results" and last < parent:
        value, why = parent, f"kết quả năm trước {_pts(last)} < cấp trên {_pts(parent)}: bằng cấp trên"
    else:
        if rule.increase_mode == "points":
            grown, how = last + inc, f"{_pts(last)} + {_pts(inc)}"
        else:
            grown, how = last * (1 + inc / 100), f"{_pts(last)} × (1 + {_pts(inc)}%)"
        value = max(parent, grown)
        first = f"kết quả năm trước {_pts(last)} ≥ cấp trên {_pts(parent)}: " if rule.rule == "from-results" else ""
        why = f"{first}max(cấp trên {_pts(parent)}; {how} = {_pts(grown)})"
    if cap is not None and value > cap:
        value, why = cap, f"{why}; không quá {_pts(cap)}"
    return q(value), why
