"""Scoring a series of counts against a plan's indicators: the core of ``tthc score``."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from tthc_cli.errors import InputError
from tthc_cli.findings import Diagnostic
from tthc_cli.formula.language import FormulaError, Node, metric_ids, parse
from tthc_cli.model.counts import CountsSeries, PeriodCounts, sum_counts
from tthc_cli.model.index766 import Index766
from tthc_cli.model.metrics import ConsistencyCheck, MetricCatalogue
from tthc_cli.score.checks import check_counts, derive_counts
from tthc_cli.score.evaluate import Ratio, evaluate, ratio_parts, split_ratio
from tthc_cli.score.index766 import PreparedIndex, score_index
from tthc_cli.score.printed import check_printed
from tthc_cli.score.result import AREA, Cell, IndexResult, IndicatorSpec, PeriodResult, ScoreReport, Status, UnitInfo
from tthc_cli.score.rounding import RoundingMode, round_value
from tthc_cli.score.series import accumulate, with_changes
from tthc_cli.score.status import judge, needed_dossiers

NOT_ASSIGNED = Cell(None, Status.NOT_ASSIGNED)
"""The cell of a unit the row does not give its target to ("không giao")."""

INDEX_KEY = "index-766"
"""The indicator whose value is the 766 index total rather than a formula."""


@dataclass(frozen=True)
class _Compiled:
    spec: IndicatorSpec
    node: Node | None
    ratio: Ratio | None
    bounds: tuple[tuple[str, str], ...] = ()
    """(part, whole) of the catalogue's "at most" checks between the ratio's numerator and denominator: when
    a part exceeds its whole the value is impossible (41.151,85 %) and is shown but never judged."""
    needs: tuple[str, ...] = ()
    """The metric ids of ``node``, worked out once rather than for every unit."""


def _compile(spec: IndicatorSpec, checks: tuple[ConsistencyCheck, ...] = ()) -> _Compiled:
    if spec.formula is None:
        return _Compiled(spec, None, None)
    try:
        node = parse(spec.formula)
    except FormulaError as exc:  # never "no data": a figure that cannot be computed must stop the run
        raise InputError(
            f"chỉ tiêu '{spec.key}': công thức sai cú pháp: {exc.message} (ký tự thứ {exc.offset + 1})",
            hint="chạy tthc validate để xem vị trí",
        ) from None
    ratio = split_ratio(node)
    if ratio is None:
        return _Compiled(spec, node, None, needs=metric_ids(node))
    top, bottom = set(metric_ids(ratio.numerator)), set(metric_ids(ratio.denominator))
    bounds = tuple((c.part, c.whole) for c in checks if c.part in top and c.whole in bottom and c.part is not None)
    return _Compiled(spec, node, ratio, bounds, metric_ids(node))


def _dec(value: Fraction) -> Decimal:
    if value.denominator == 1:
        return Decimal(value.numerator)
    return round_value(value, 0 if value.denominator == 1 else 4)


def score_cell(c: _Compiled, counts: dict[str, Fraction], mode: RoundingMode) -> Cell:
    """One indicator on one unit's (or the area's) counts."""
    spec = c.spec
    if c.node is None:
        return Cell(None, Status.NO_DATA)
    ev = evaluate(c.node, counts, needs=c.needs)
    parts = ratio_parts(c.ratio, counts) if c.ratio and ev.value is not None else None
    num, den = (_dec(parts[0]), _dec(parts[1])) if parts else (None, None)
    if ev.value is None:
        return Cell(None, Status.NO_DATA, missing=ev.missing, zero_division=ev.zero_division)
    value = round_value(ev.value, spec.precision, mode)
    if any(counts[p] > counts[w] for p, w in c.bounds if p in counts and w in counts):
        return Cell(value, Status.NO_DATA, numerator=num, denominator=den)  # TT805 says which count is wrong
    status, gap = judge(value, spec.target)
    needed = None
    if status is Status.MISSED and c.ratio and parts and spec.target:
        needed = needed_dossiers(parts[0], parts[1], c.ratio.scale, spec.target, spec.precision, mode)
    return Cell(value, status, gap, needed, num, den)


def _index_cell(spec: IndicatorSpec, result: IndexResult | None) -> Cell:
    if result is None or len(result.lacking) == sum(len(g.criteria) for g in result.groups):
        return Cell(None, Status.NO_DATA, missing=result.lacking if result else ())
    value = result.total.quantize(Decimal(1).scaleb(-spec.precision))
    if result.lacking:
        # A total without every criterion is provisional: shown, but not judged against the target.
        return Cell(value, Status.NO_DATA, missing=result.lacking)
    status, gap = judge(value, spec.target)
    return Cell(value, status, gap)


def score_period(
    compiled: list[_Compiled],
    period: PeriodCounts,
    unit_ids: list[str],
    index: PreparedIndex | None,
    mode: RoundingMode,
) -> tuple[PeriodResult, list[IndexResult]]:
    """Every indicator for every unit and for the area in one period, and the 766 index of each (``index``
    ``None``: the plan has no 766 row, and the index is not worked out)."""
    present = [u for u in unit_ids if u in period.units]
    rows = [period.units[u] for u in present]
    indexes: list[IndexResult] = []
    if index is not None:
        all_metrics = tuple(dict.fromkeys(m for r in rows for m in r))
        area_all = {m: sum((r[m] for r in rows if m in r), Fraction(0)) for m in all_metrics}
        indexes = [score_index(u, period.units[u], index, mode) for u in present]
        indexes.append(score_index(AREA, area_all, index, mode))
    by_unit = {r.unit: r for r in indexes}
    cells: list[dict[str, Cell]] = []
    for c in compiled:
        mine = [u for u in present if c.spec.applies_to(u)]
        if c.spec.key == INDEX_KEY and c.node is None:
            row = {u: _index_cell(c.spec, by_unit.get(u)) for u in [*mine, AREA]}
        else:
            row = {u: score_cell(c, period.units[u], mode) for u in mine}
            metrics = c.needs
            have = [r for r in rows if all(m in r for m in metrics)]
            row[AREA] = score_cell(c, sum_counts(have, metrics), mode) if have else _area_missing(row)
        if len(mine) < len(present):
            # The area's figure is the whole area's: a row given to some units only does not have one.
            row[AREA] = NOT_ASSIGNED
        cells.append({u: row.get(u, NOT_ASSIGNED) for u in [*present, AREA]})
    return PeriodResult(period.period, cells), indexes


def _area_missing(row: dict[str, Cell]) -> Cell:
    missing = tuple(dict.fromkeys(m for cell in row.values() for m in cell.missing))
    return Cell(None, Status.NO_DATA, missing=missing)


def score(
    specs: list[IndicatorSpec],
    series: CountsSeries,
    catalogue: MetricCatalogue,
    index: Index766,
    *,
    mode: RoundingMode = "half-up",
    plan_id: str = "",
    plan_file: str = "",
    locality: str = "",
    findings: list[Diagnostic] | None = None,
    counts_files: list[str] | None = None,
    month_closes_on: int | None = None,
) -> ScoreReport:
    """Score every period of ``series``; the luỹ kế and the 766 index are for the latest period."""
    derived = derive_counts(series, catalogue.checks)
    compiled = [_compile(s, catalogue.checks) for s in specs]
    # prepared once for every period; not at all without a 766 row (30.000 units: seconds of work)
    wanted = PreparedIndex.of(index) if any(s.key == INDEX_KEY for s in specs) else None
    unit_ids = series.unit_ids()
    periods: list[PeriodResult] = []
    latest_index: list[IndexResult] = []
    for period in series.periods:
        result, latest_index = score_period(compiled, period, unit_ids, wanted, mode)
        periods.append(result)
    ytd = None
    if len(series.periods) > 1:
        ytd, _ = score_period(
            compiled, accumulate(series.periods, catalogue.metrics, month_closes_on), unit_ids, wanted, mode
        )
    all_findings = [
        *(findings or []),
        *derived,
        *check_counts(series, catalogue.checks),
        *check_printed(specs, series, catalogue, mode),
    ]
    return ScoreReport(
        plan_id=plan_id,
        plan_file=plan_file,
        locality=locality,
        indicators=specs,
        units=[UnitInfo(u, series.unit_names.get(u, u)) for u in unit_ids],
        periods=with_changes(periods),
        ytd=ytd,
        index766=latest_index,
        findings=all_findings,
        counts_files=list(counts_files or []),
    )
