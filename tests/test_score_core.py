"""The scoring core: real figures of seeds 003 and 004, status, gaps, series, the 766 index, checks."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tthc_cli.load.catalogues import build_catalogue, shipped_index766
from tthc_cli.model.counts import CountsSeries, PeriodCounts
from tthc_cli.model.metrics import ConsistencyCheck
from tthc_cli.model.target import Target
from tthc_cli.score.checks import check_counts
from tthc_cli.score.engine import score
from tthc_cli.score.index766 import score_index
from tthc_cli.score.result import AREA, IndicatorSpec, Status
from tthc_cli.score.rounding import round_value
from tthc_cli.score.status import judge, needed_dossiers

CAT = build_catalogue()
INDEX = shipped_index766()

# Seed 004: Lấp Vò, 15/02–12/3/2024, huyện and xã.
HUYEN = dict(carried_over=65, received_new=243, received_total=308, received_online=192, resolved=225,
             resolved_early=198, resolved_on_time=22, resolved_late=5, pending=83, pending_on_time=82,
             pending_overdue=1, results_returned=209, digitised_results=196, digitised_components=201,
             feedback_received=0)  # fmt: skip
XA = dict(carried_over=80, received_new=1806, received_total=1886, received_online=1624, resolved=1722,
          resolved_early=1544, resolved_on_time=175, resolved_late=3, pending=154, pending_on_time=154,
          pending_overdue=0, results_returned=1690, digitised_results=1688, digitised_components=1495,
          feedback_received=0)  # fmt: skip


def _counts(d: dict[str, int]) -> dict[str, Fraction]:
    return {k: Fraction(v) for k, v in d.items()}


def _spec(key: str, target: str | None = None, formula: str | None = None, precision: int = 2) -> IndicatorSpec:
    ind = CAT.indicators[key]
    return IndicatorSpec(
        key, ind.name, None, formula or ind.formula, "shipped",
        Target.model_validate(target) if target else None, ind.unit, precision,
    )  # fmt: skip


def _series(*periods: tuple[str, dict[str, dict[str, int]]]) -> CountsSeries:
    return CountsSeries(
        [PeriodCounts(p, {u: _counts(c) for u, c in units.items()}, {u: ("x.csv", i + 2) for i, u in enumerate(units)})
         for p, units in periods],
        {"huyen": "Cấp huyện", "xa": "Cấp xã"},
    )  # fmt: skip


def _value(report: object, i: int, unit: str) -> Decimal | None:
    return report.latest.cells[i][unit].value  # type: ignore[attr-defined,no-any-return]


SEED_004 = [
    ("online-dossiers", "huyen", "79.01"),  # 192 / 243
    ("online-dossiers", "xa", "89.92"),  # 1624 / 1806
    ("on-time-resolution", "huyen", "97.78"),  # (198 + 22) / 225
    ("on-time-resolution", "xa", "99.83"),  # (1544 + 175) / 1722
    ("digitisation", "huyen", "93.78"),  # 196 / 209
    ("digitisation", "xa", "99.88"),  # 1688 / 1690
    ("online-dossiers", AREA, "88.63"),  # (192 + 1624) / (243 + 1806)
    ("digitisation", AREA, "99.21"),  # (196 + 1688) / (209 + 1690)
]


@pytest.mark.parametrize(("key", "unit", "expected"), SEED_004)
def test_seed_004_ratios(key: str, unit: str, expected: str) -> None:
    report = score([_spec(key, "Tối thiểu 50")], _series(("2024-03", {"huyen": HUYEN, "xa": XA})), CAT, INDEX)
    assert _value(report, 0, unit) == Decimal(expected)


def test_seed_004_components_digitised_with_a_plan_formula() -> None:
    spec = _spec("digitisation", "Tối thiểu 80", formula="digitised_components / received_new * 100")
    report = score([spec], _series(("2024-03", {"huyen": HUYEN, "xa": XA})), CAT, INDEX)
    assert _value(report, 0, "huyen") == Decimal("82.72")  # 201 / 243
    assert _value(report, 0, "xa") == Decimal("82.78")  # 1495 / 1806


@pytest.mark.parametrize(
    ("num", "den", "decimals", "expected"),
    [(2243, 3697, 2, "60.67"), (11748, 29264, 2, "40.14"), (11748, 29264, 1, "40.1")],
)
def test_seed_003_digitisation(num: int, den: int, decimals: int, expected: str) -> None:
    """Seed 003 prints 60,67% and 40,1% (the second with one decimal)."""
    counts = {"u": {"digitised_results": num, "results_returned": den}}
    report = score([_spec("digitisation", "Tối thiểu 80", precision=decimals)], _series(("2023", counts)), CAT, INDEX)
    cell = report.latest.cells[0]["u"]  # type: ignore[union-attr]
    assert cell.value == Decimal(expected)
    assert cell.status is Status.MISSED


def test_gap_and_needed_dossiers() -> None:
    report = score([_spec("on-time-resolution", "100")], _series(("2024-03", {"huyen": HUYEN})), CAT, INDEX)
    cell = report.latest.cells[0]["huyen"]  # type: ignore[union-attr]
    assert (cell.status, cell.gap, cell.needed) == (Status.MISSED, Decimal("2.22"), 5)
    assert (cell.numerator, cell.denominator) == (220, 225)


def test_needed_counts_rounding() -> None:
    """79,995% is published as 80,00%: the last hồ sơ that gets there is enough."""
    target = Target.model_validate("Tối thiểu 80")
    assert needed_dossiers(Fraction(15999), Fraction(20000), Fraction(100), target, 2, "half-up") == 0
    assert needed_dossiers(Fraction(15998), Fraction(20000), Fraction(100), target, 2, "half-up") == 1
    assert needed_dossiers(Fraction(15998), Fraction(20000), Fraction(100), target, 2, "truncate") == 2
    assert needed_dossiers(Fraction(1), Fraction(10), Fraction(100), Target.model_validate("100"), 2, "half-up") == 9
    assert (
        needed_dossiers(Fraction(1), Fraction(10), Fraction(100), Target.model_validate("Tối đa 5"), 2, "half-up")
        is None
    )


def test_truncation_per_plan() -> None:
    assert round_value(Fraction(2243, 3697) * 100, 2, "truncate") == Decimal("60.67")
    assert round_value(Fraction(79999, 1000), 2, "truncate") == Decimal("79.99")
    assert round_value(Fraction(79995, 1000), 2, "half-up") == Decimal("80.00")
    assert round_value(Fraction(-5, 10), 0, "half-up") == Decimal("-1")


def test_zero_denominator_is_no_data_not_zero() -> None:
    counts = {"huyen": {"feedback_on_time": 0, "feedback_received": 0}}
    report = score([_spec("feedback-on-time", "100")], _series(("2024-03", counts)), CAT, INDEX)
    cell = report.latest.cells[0]["huyen"]  # type: ignore[union-attr]
    assert (cell.value, cell.status, cell.zero_division) == (None, Status.NO_DATA, True)


def test_missing_count_is_no_data_and_area_uses_units_with_data() -> None:
    counts = {"huyen": {"received_online": 10, "received_new": 20}, "xa": {"received_new": 5}}
    report = score([_spec("online-dossiers", "Tối thiểu 50")], _series(("2024-03", counts)), CAT, INDEX)
    row = report.latest.cells[0]  # type: ignore[union-attr]
    assert row["xa"].status is Status.NO_DATA and row["xa"].missing == ("received_online",)
    assert row[AREA].value == Decimal("50.00")


def test_judge_other_comparators() -> None:
    assert judge(Decimal("4.00"), Target.model_validate("Tối đa 5"))[0] is Status.MET
    status, gap = judge(Decimal("7.50"), Target.model_validate("Tối đa 5"))
    assert (status, gap) == (Status.MISSED, Decimal("2.50"))
    assert judge(Decimal("85.00"), Target.model_validate("tối thiểu từ 80 đến dưới 90 điểm"))[0] is Status.MET
    assert judge(Decimal("85.00"), None)[0] is Status.NO_TARGET
    assert judge(None, Target.model_validate("100"))[0] is Status.NO_DATA


def test_series_change_and_year_to_date() -> None:
    jan = {"huyen": {"received_online": 50, "received_new": 100, "pending": 9, "carried_over": 4}}
    feb = {"huyen": {"received_online": 90, "received_new": 100, "pending": 7, "carried_over": 9}}
    specs = [_spec("online-dossiers", "Tối thiểu 50")]
    series = _series(("2024-01", jan), ("2024-02", feb))
    report = score(specs, series, CAT, INDEX)
    cell = report.latest.cells[0]["huyen"]  # type: ignore[union-attr]
    assert (cell.value, cell.previous, cell.change) == (Decimal("90.00"), Decimal("50.00"), Decimal("40.00"))
    assert report.ytd is not None and report.ytd.cells[0]["huyen"].value == Decimal("70.00")
    from tthc_cli.score.series import accumulate

    acc = accumulate(series.periods, CAT.metrics).units["huyen"]
    assert (acc["received_new"], acc["pending"], acc["carried_over"]) == (Fraction(200), Fraction(7), Fraction(4))


def test_index_766_points_and_lacking_criteria() -> None:
    result = score_index("huyen", _counts(dict(HUYEN, feedback_on_time=0)), INDEX)
    by_id = {c.id: c for g in result.groups for c in g.criteria}
    # 79,01% online is above the 50% threshold: full 6 points.
    assert by_id["ho-so-truc-tuyen"].points == Decimal("6.00")
    # linear: 97,78% of 10 points.
    assert by_id["giai-quyet-dung-han"].points == Decimal("9.78")
    assert "pakn-dung-han" in result.lacking and by_id["pakn-dung-han"].lacking == ("mau-so-bang-0",)
    assert "hai-long" in result.lacking and not result.complete
    assert sum(g.points for g in INDEX.groups) == 100


def test_index_766_band_of_a_complete_unit() -> None:
    full = {m: Fraction(100) for m in CAT.metrics}
    result = score_index("u", full, INDEX)
    assert result.complete and result.total == Decimal("100.00") and result.band == "Xuất sắc"
    tot = {m: Fraction(85 if m in ("procedures_published_on_time",) else 100) for m in CAT.metrics}
    assert score_index("u", tot, INDEX).band == "Xuất sắc"


def test_consistency_checks_are_located_findings() -> None:
    bad = dict(HUYEN, resolved_late=6, received_online=300)
    found = check_counts(_series(("2024-03", {"huyen": bad, "xa": XA})), CAT.checks)
    texts = [(d.code, d.line, d.message) for d in found]
    assert all(code == "TT805" and line == 2 for code, line, _ in texts)
    assert any("resolved_early + resolved_on_time + resolved_late = 226 khác resolved = 225" in m for *_, m in texts)
    assert any("received_online = 300 lớn hơn received_new = 243" in m for *_, m in texts)
    assert len(found) == 2
    assert check_counts(_series(("2024-03", {"huyen": HUYEN, "xa": XA})), CAT.checks) == []


def test_sum_check_needs_every_part() -> None:
    check = ConsistencyCheck(kind="sum", whole="w", parts=["a", "b"])
    assert check_counts(_series(("p", {"u": {"w": 3, "a": 1}})), (check,)) == []


counts_pairs = st.lists(
    st.integers(0, 10_000).flatmap(lambda d: st.tuples(st.integers(0, d), st.just(d))), min_size=1, max_size=8
)


@given(counts_pairs)
def test_ratio_bounds_and_area_between_units(pairs: list[tuple[int, int]]) -> None:
    units = {f"u{i}": {"received_online": n, "received_new": d} for i, (n, d) in enumerate(pairs)}
    report = score([_spec("online-dossiers", "Tối thiểu 50", precision=6)], _series(("p", units)), CAT, INDEX)
    row = report.latest.cells[0]  # type: ignore[union-attr]
    values = [row[u].value for u in units if row[u].value is not None]
    for v in values:
        assert v is not None and 0 <= v <= 100
    area = row[AREA].value
    if values:
        assert area is not None
        assert min(v for v in values if v is not None) <= area <= max(v for v in values if v is not None)
    else:
        assert area is None
