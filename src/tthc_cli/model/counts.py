"""Counts as the scorer takes them: per period, per unit, per metric id, exact."""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

UnitCounts = dict[str, Fraction]
"""One unit's counts in one period, by metric id."""


@dataclass(frozen=True)
class Printed:
    """A figure a report printed next to the counts ("Tỷ lệ … (%)"), kept to be checked, never scored."""

    header: str
    """The column's header as printed."""
    value: Fraction
    text: str
    """The cell as printed ("37,76"), for its decimals and for messages."""
    line: int
    column: int


@dataclass
class PeriodCounts:
    """The counts of every unit for one period."""

    period: str
    """A label such as ``2024-03``; the series is ordered by it."""
    units: dict[str, UnitCounts] = field(default_factory=dict)
    """By unit id, in the order the units were read."""
    where: dict[str, tuple[str, int]] = field(default_factory=dict)
    """Where each unit's row was read: (file, 1-based line or row)."""
    printed: dict[str, list[Printed]] = field(default_factory=dict)
    """Printed percentages of each unit's row, by unit id (see :class:`Printed`)."""


@dataclass
class CountsSeries:
    """One or more periods of counts, in chronological order, with the names of the units."""

    periods: list[PeriodCounts] = field(default_factory=list)
    unit_names: dict[str, str] = field(default_factory=dict)

    def unit_ids(self) -> list[str]:
        """Every unit id that has counts in some period, in first-seen order."""
        seen: dict[str, None] = {}
        for p in self.periods:
            for u in p.units:
                seen.setdefault(u, None)
        return list(seen)


def sum_counts(rows: list[UnitCounts], metrics: tuple[str, ...]) -> UnitCounts:
    """Σ of ``metrics`` over the rows that have every one of them (the area's counts for one formula)."""
    total = {m: Fraction(0) for m in metrics}
    for row in rows:
        if all(m in row for m in metrics):
            for m in metrics:
                total[m] += row[m]
    return total
