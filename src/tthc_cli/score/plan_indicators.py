"""The indicators a plan sets: its indicator rows joined with the indicator set's formulas."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from tthc_cli.model.metrics import MetricCatalogue
from tthc_cli.model.plan import Block, Group, Indicator, Plan, Row, Section
from tthc_cli.model.units import UnitsFile
from tthc_cli.score.assignees import AssigneeReader
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


def indicator_specs(plan: Plan, catalogue: MetricCatalogue, units: UnitsFile | None = None) -> list[IndicatorSpec]:
    """One spec per distinct (key, formula, target, assignees, precision) of the plan's rows, in document order.

    The same indicator set under NQ 01 and NQ 02 with the same target is scored once. A row's own
    ``formula:`` wins over the plan's ``formulas:``, which wins over the repository's and the shipped set.
    Each row's target applies to the units its lead names in ``units`` (see :mod:`tthc_cli.score.assignees`).
    """
    reader = AssigneeReader(units)
    specs: list[IndicatorSpec] = []
    seen: set[tuple[str, str | None, str | None, frozenset[str] | None, int | None]] = set()
    for row in plan_indicator_rows(plan):
        known = catalogue.indicators.get(row.indicator)
        formula = row.formula or (known.formula if known else None)
        origin = "row" if row.formula else catalogue.formula_origin.get(row.indicator, "shipped")
        assignees = reader.of(row)
        key = (row.indicator, formula, row.target.text if row.target else None, assignees, row.precision)
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
                assignees=assignees,
                lead=_lead_words(row),
            )
        )
        specs += _sub_specs(specs[-1], row)
    return specs


def _lead_words(row: Indicator) -> str | None:
    cell = row.lead or row.executors
    if cell is None:
        return None
    return " ".join(cell.text.split()) if cell.text else ", ".join(cell.units) or None


def _sub_specs(main: IndicatorSpec, row: Indicator) -> list[IndicatorSpec]:
    """The "trong đó" sub-targets of a row that have a formula, each scored as a row of its own."""
    subs = row.target.sub if row.target else []
    return [
        dataclasses.replace(
            main,
            name=f"{main.name} (trong đó {sub.text})",
            formula=sub.formula,
            formula_origin="row",
            target=sub.as_target(),
            unit="%" if "%" in sub.text else main.unit,
        )
        for sub in subs
        if sub.formula is not None
    ]
