"""The QĐ 766 index for one unit's counts: criterion points, group points, total and band."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from tthc_cli.formula.language import parse_cached as parse
from tthc_cli.model.index766 import Criterion, Index766
from tthc_cli.score.evaluate import Counts, evaluate
from tthc_cli.score.result import CriterionResult, GroupResult, IndexResult
from tthc_cli.score.rounding import RoundingMode, round_value

ZERO_DENOMINATOR = "mau-so-bang-0"
"""Marker in :attr:`CriterionResult.lacking` for a criterion whose denominator is 0."""


def criterion_points(criterion: Criterion, ratio: Fraction) -> Fraction:
    """Points for a ratio (in percent): linear, or full at or above the threshold; never above the max."""
    top = Fraction(str(criterion.points))
    if criterion.scoring == "threshold" and criterion.threshold:
        share = ratio / Fraction(str(criterion.threshold))
    else:
        share = ratio / 100
    return max(Fraction(0), min(top, share * top))


def score_index(unit: str, counts: Counts, index: Index766, mode: RoundingMode = "half-up") -> IndexResult:
    """The index for one unit; criteria lacking inputs get no points and are listed."""
    groups: list[GroupResult] = []
    lacking: list[str] = []
    total = Fraction(0)
    for group in index.groups:
        results: list[CriterionResult] = []
        group_points = Fraction(0)
        for c in group.criteria:
            ev = evaluate(parse(c.formula), counts)
            top = Decimal(str(c.points))
            if ev.value is None:
                why = ev.missing or (ZERO_DENOMINATOR,)
                results.append(CriterionResult(c.id, c.name, top, None, None, why, c.confirmed))
                lacking.append(c.id)
                continue
            pts = criterion_points(c, ev.value)
            group_points += pts
            results.append(
                CriterionResult(
                    c.id, c.name, top, round_value(ev.value, 2, mode), round_value(pts, 2, mode), (), c.confirmed
                )
            )
        total += group_points
        groups.append(
            GroupResult(group.id, group.name, Decimal(str(group.points)), round_value(group_points, 2, mode), results)
        )
    total_dec = round_value(total, 2, mode)
    # A total without every criterion is a lower bound, not a score: it gets no band.
    band = None
    if not lacking:
        band = next(
            (
                b
                for b in index.bands
                if total_dec >= Decimal(str(b.min)) and (b.max is None or total_dec < Decimal(str(b.max)))
            ),
            None,
        )
    return IndexResult(
        unit=unit,
        total=total_dec,
        band=band.name if band else None,
        band_confirmed=bool(band and band.confirmed),
        groups=groups,
        lacking=tuple(lacking),
    )
