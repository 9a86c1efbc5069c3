"""Rounding values for publication: round-half-up (as most offices print) or truncation."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Literal

RoundingMode = Literal["half-up", "truncate"]


def round_value(value: Fraction, decimals: int, mode: RoundingMode = "half-up") -> Decimal:
    """Round an exact value to ``decimals`` places.

    ``half-up`` rounds halves away from zero (60,665 → 60,67; -0,5 → -1); ``truncate`` drops the extra
    digits towards zero (40,1456 → 40,14). The result is a Decimal with exactly ``decimals`` places.
    """
    num, den = abs(value.numerator) * 10**decimals, value.denominator
    # Integer arithmetic only: floor(x + 1/2) = (2·num + den) // (2·den) for x = num / den.
    n = (2 * num + den) // (2 * den) if mode == "half-up" else num // den
    if value.numerator < 0:
        n = -n
    return Decimal(n).scaleb(-decimals)


def format_vi(value: Decimal, *, thousands: bool = True) -> str:
    """Vietnamese number text: ``,`` before decimals and ``.`` between thousands ("1.886", "60,67")."""
    text = f"{value:,f}" if thousands else f"{value:f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
