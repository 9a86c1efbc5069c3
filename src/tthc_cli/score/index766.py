"""The QĐ 766 index for one unit's counts: criterion points, group points, total and band."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from tthc_cli.formula.language import Node, metric_ids
from tthc_cli.formula.language import parse_cached as parse
from tthc_cli.model.index766 import Band, Criterion, Index766, IndexGroup
from tthc_cli.score.evaluate import Counts, evaluate
from tthc_cli.score.result import CriterionResult, GroupResult, IndexResult
from tthc_cli.score.rounding import RoundingMode, round_value

ZERO_DENOMINATOR = "mau-so-bang-0"
"""Marker in :attr:`CriterionResult.lacking` for a criterion whose denominator is 0."""


@dataclass(frozen=True)
class _Prepared:
    """A criterion with what scoring it needs worked out once, not once per unit."""

    criterion: Criterion
    node: Node
    needs: tuple[str, ...]
    top: Fraction
    top_decimal: Decimal
    threshold: Fraction | None

    def lacking(self, why: tuple[str, ...]) -> CriterionResult:
        """The result of a unit whose counts lack ``why`` (one object for every such unit)."""
        return _lacking(self.criterion.id, self.criterion.name, self.top_decimal, why, self.criterion.confirmed)

    @classmethod
    def of(cls, c: Criterion) -> _Prepared:
        node = parse(c.formula)
        threshold = Fraction(str(c.threshold)) if c.scoring == "threshold" and c.threshold else None
        return cls(c, node, metric_ids(node), Fraction(str(c.points)), Decimal(str(c.points)), threshold)


@functools.lru_cache(maxsize=1024)
def _lacking(cid: str, name: str, top: Decimal, why: tuple[str, ...], confirmed: bool) -> CriterionResult:
    return CriterionResult(cid, name, top, None, None, why, confirmed)


def _points(p: _Prepared, ratio: Fraction) -> Fraction:
    """Points for a ratio (in percent): linear, or full at or above the threshold; never above the max."""
    share = ratio / p.threshold if p.threshold is not None else ratio / 100
    return max(Fraction(0), min(p.top, share * p.top))


@dataclass(frozen=True)
class PreparedIndex:
    """An :class:`Index766` ready to score many units: formulas parsed, weights converted."""

    index: Index766
    groups: tuple[tuple[IndexGroup, Decimal, tuple[_Prepared, ...]], ...]
    bands: tuple[tuple[Band, Decimal, Decimal | None], ...]

    @classmethod
    def of(cls, index: Index766) -> PreparedIndex:
        groups = tuple((g, Decimal(str(g.points)), tuple(_Prepared.of(c) for c in g.criteria)) for g in index.groups)
        bands = tuple((b, Decimal(str(b.min)), Decimal(str(b.max)) if b.max is not None else None) for b in index.bands)
        return cls(index, groups, bands)


def score_index(
    unit: str, counts: Counts, index: Index766 | PreparedIndex, mode: RoundingMode = "half-up"
) -> IndexResult:
    """The index for one unit; criteria lacking inputs get no points and are listed."""
    prepared = index if isinstance(index, PreparedIndex) else PreparedIndex.of(index)
    groups: list[GroupResult] = []
    lacking: list[str] = []
    total = Fraction(0)
    for group, group_top, criteria in prepared.groups:
        results: list[CriterionResult] = []
        group_points = Fraction(0)
        for p in criteria:
            c = p.criterion
            missing = tuple(m for m in p.needs if m not in counts)
            ev = evaluate(p.node, counts, needs=p.needs) if not missing else None
            if ev is None or ev.value is None:
                results.append(p.lacking(missing or (ZERO_DENOMINATOR,)))
                lacking.append(c.id)
                continue
            pts = _points(p, ev.value)
            group_points += pts
            results.append(
                CriterionResult(
                    c.id,
                    c.name,
                    p.top_decimal,
                    round_value(ev.value, 2, mode),
                    round_value(pts, 2, mode),
                    (),
                    c.confirmed,
                )
            )
        total += group_points
        groups.append(GroupResult(group.id, group.name, group_top, round_value(group_points, 2, mode), results))
    total_dec = round_value(total, 2, mode)
    # A total without every criterion is a lower bound, not a score: it gets no band.
    band = None
    if not lacking:
        band = next(
            (b for b, low, high in prepared.bands if total_dec >= low and (high is None or total_dec < high)), None
        )
    return IndexResult(
        unit=unit,
        total=total_dec,
        band=band.name if band else None,
        band_confirmed=bool(band and band.confirmed),
        groups=groups,
        lacking=tuple(lacking),
    )
