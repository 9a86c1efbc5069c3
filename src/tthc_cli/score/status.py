"""Status, gap and the number of hồ sơ still needed, from a rounded value and a target."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

from tthc_cli.model.target import Target
from tthc_cli.score.result import Status
from tthc_cli.score.rounding import RoundingMode, round_value


def judge(value: Decimal | None, target: Target | None) -> tuple[Status, Decimal | None]:
    """The status of a published value and the gap in points (0 when met)."""
    if value is None:
        return Status.NO_DATA, None
    if target is None or target.op is None or target.threshold is None:
        return Status.NO_TARGET, None
    met = target.is_met(float(value))
    threshold = Decimal(str(target.threshold))
    if target.op in ("<=", "<"):
        gap = value - threshold
    elif target.op == "=":
        gap = abs(value - threshold)
    else:
        gap = threshold - value
    if met or gap < 0:
        gap = Decimal(0)
    return (Status.MET if met else Status.MISSED), gap.quantize(value)


def needed_dossiers(
    numerator: Fraction,
    denominator: Fraction,
    scale: Fraction,
    target: Target,
    decimals: int,
    mode: RoundingMode,
) -> int | None:
    """The fewest extra hồ sơ in the numerator, out of the same denominator, that make the target met.

    ``None`` for targets that are not "at least" targets, for a zero denominator, and when even every hồ sơ
    of the denominator would not be enough.
    """
    threshold = target.threshold
    if target.op not in (">=", ">", "band") or threshold is None or denominator <= 0:
        return None

    def meets(n: int) -> bool:
        value = round_value((numerator + n) / denominator * scale, decimals, mode)
        return target.is_met(float(value))

    if meets(0):
        return 0
    room = denominator - numerator
    guess = math.ceil(Fraction(str(threshold)) / scale * denominator - numerator)
    n = max(1, guess - 2)
    while n <= guess + 2:
        if n > room:
            return None
        if meets(n):
            return n
        n += 1
    return None
