"""Invariants of scoring, and published figures used as facts.

Properties: the area's ratio is Σ numerators / Σ denominators and lies between its units' smallest and
largest ratio; a row scores only its assignees. Facts: counts and the percentages printed from them in
real reports (figures only, each with its source document of the development corpus).
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tthc_cli.load.catalogues import build_catalogue, shipped_index766
from tthc_cli.model.counts import CountsSeries, PeriodCounts
from tthc_cli.model.target import Target
from tthc_cli.score.checks import check_counts
from tthc_cli.score.engine import score
from tthc_cli.score.result import AREA, IndicatorSpec, ScoreReport, Status

CAT = build_catalogue()
INDEX = shipped_index766()
ON_TIME = CAT.indicators["on-time-resolution"]


def _spec(assignees: frozenset[str] | None = None, target: str = "Tối thiểu 95") -> IndicatorSpec:
    return IndicatorSpec(
        ON_TIME.key, ON_TIME.name, "1", ON_TIME.formula, "shipped", Target.model_validate(target), "%", 2,
        assignees=assignees,
    )  # fmt: skip


def _report(units: dict[str, tuple[int, int, int]], spec: IndicatorSpec) -> ScoreReport:
    """Score (resolved, on time, late) per unit: early + on time + late = resolved."""
    counts = {
        u: {"resolved": Fraction(r), "resolved_early": Fraction(0), "resolved_on_time": Fraction(t),
            "resolved_late": Fraction(late)}
        for u, (r, t, late) in units.items()
    }  # fmt: skip
    where = {u: ("x.csv", i + 2) for i, u in enumerate(units)}
    return score([spec], CountsSeries([PeriodCounts("2024-03", counts, where)], {}), CAT, INDEX)


_UNIT = st.integers(min_value=1, max_value=50_000).flatmap(
    lambda resolved: st.integers(min_value=0, max_value=resolved).map(lambda t: (resolved, t, resolved - t))
)
_UNITS = st.dictionaries(st.sampled_from([f"u{i}" for i in range(8)]), _UNIT, min_size=1, max_size=8)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(_UNITS)
def test_area_is_sum_over_sum_and_between_its_units(units: dict[str, tuple[int, int, int]]) -> None:
    cells = _report(units, _spec()).periods[-1].cells[0]
    area = cells[AREA]
    assert area.numerator == sum(t for _, t, _ in units.values())
    assert area.denominator == sum(r for r, _, _ in units.values())
    values = [cells[u].value for u in units]
    assert all(v is not None for v in values) and area.value is not None
    assert min(v for v in values if v is not None) <= area.value <= max(v for v in values if v is not None)


@settings(max_examples=40, deadline=None, derandomize=True)
@given(_UNITS, st.sets(st.sampled_from([f"u{i}" for i in range(8)])))
def test_a_row_scores_only_its_assignees(units: dict[str, tuple[int, int, int]], assigned: set[str]) -> None:
    report = _report(units, _spec(frozenset(assigned)))
    cells = report.periods[-1].cells[0]
    for unit in units:
        assert (cells[unit].status is Status.NOT_ASSIGNED) == (unit not in assigned)
    assert (cells[AREA].status is Status.NOT_ASSIGNED) == (not set(units) <= assigned)


# Published figures: (source, resolved, resolved on time or early, late, printed on-time %, printed late %).
PUBLISHED = [
    # Lâm Đồng, quý I/2020 (1/12/2019 – 29/2/2020), toàn tỉnh.
    ("06-lamdong-bao-cao-quy-i-2020.md", 643_272, 635_593, 7_677, "98.81", "1.19"),
    # Bình Dương, năm 2021, 91 xã, phường, thị trấn.
    ("08-binhduong-cap-xa-nam-2021.md", 904_298, 904_225, 73, "99.99", "0.01"),
]


@pytest.mark.parametrize(("source", "resolved", "on_time", "late", "printed", "printed_late"), PUBLISHED)
def test_published_on_time_rates_are_reproduced(
    source: str, resolved: int, on_time: int, late: int, printed: str, printed_late: str
) -> None:
    cell = _report({"tinh": (resolved, on_time, late)}, _spec()).periods[-1].cells[0]["tinh"]
    assert cell.value == Decimal(printed), source
    late_share = Fraction(late, resolved) * 100
    assert round(Decimal(late_share.numerator) / Decimal(late_share.denominator), 2) == Decimal(printed_late)


def test_published_counts_that_do_not_add_up_are_found() -> None:
    # Lâm Đồng, quý I/2020: 635.593 on time + 7.677 late = 643.270, printed as 643.272 resolved; the pending
    # 7.172 = 5.950 not yet due + 1.222 overdue do add up.
    counts = {"resolved": 643_272, "resolved_early": 0, "resolved_on_time": 635_593, "resolved_late": 7_677,
              "pending": 7_172, "pending_on_time": 5_950, "pending_overdue": 1_222}  # fmt: skip
    series = CountsSeries([PeriodCounts("2020-Q1", {"tinh": {k: Fraction(v) for k, v in counts.items()}})])
    messages = [d.message for d in check_counts(series, CAT.checks)]
    assert len(messages) == 1 and "643.270" in messages[0] and "643.272" in messages[0]
