"""The indicators a plan sets: its indicator rows joined with the indicator set's formulas."""

from __future__ import annotations

from collections.abc import Iterator

from tthc_cli.model.metrics import MetricCatalogue
from tthc_cli.model.plan import Block, Group, Indicator, Plan, Row, Section
from tthc_cli.score.result import IndicatorSpec


def _rows(rows: list[Row]) -> Iterator[Indicator]:
    for row in rows:
        if isinstance(row, Indicator):
            yield row
        elif isinstance(row, Group):
            yield from _rows(row.items)


def _sections(sections: list[Section]) -> Iterator[Indicator]:
    for s in sections:
        yield from _rows(s.items)
        yield from _sections(s.sections)


def _blocks(blocks: list[Block]) -> Iterator[Indicator]:
    for b in blocks:
        if b.indicator is not None:
            yield b.indicator
        if b.table is not None:
            yield from _rows(b.table.items)
            yield from _sections(b.table.sections)
        yield from _blocks(b.blocks)


def plan_indicator_rows(plan: Plan) -> list[Indicator]:
    """Every indicator row of the plan, in document order."""
    return [row for appendix in plan.appendices for row in _blocks(appendix.blocks)]


def indicator_specs(plan: Plan, catalogue: MetricCatalogue) -> list[IndicatorSpec]:
    """One spec per distinct (key, formula, target) of the plan's indicator rows, in document order.

    The same indicator set under NQ 01 and NQ 02 with the same target is scored once. A row's own
    ``formula:`` wins over the plan's ``formulas:``, which wins over the repository's and the shipped set.
    """
    specs: list[IndicatorSpec] = []
    seen: set[tuple[str, str | None, str | None]] = set()
    for row in plan_indicator_rows(plan):
        known = catalogue.indicators.get(row.indicator)
        formula = row.formula or (known.formula if known else None)
        origin = "row" if row.formula else catalogue.formula_origin.get(row.indicator, "shipped")
        key = (row.indicator, formula, row.target.text if row.target else None)
        if key in seen:
            continue
        seen.add(key)
        precision = row.precision
        if precision is None:
            precision = known.precision if known and known.precision is not None else plan.rounding.decimals
        specs.append(
            IndicatorSpec(
                key=row.indicator,
                name=" ".join(row.name.split()),
                no=row.stt,
                formula=formula,
                formula_origin=origin,
                target=row.target,
                unit=known.unit if known else (row.measure or "%"),
                precision=precision,
            )
        )
    return specs
