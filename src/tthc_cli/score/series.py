"""Series of periods: luỹ kế (year to date) and the change from the previous period."""

from __future__ import annotations

import dataclasses
import itertools
import re
from fractions import Fraction

from tthc_cli.errors import InputError
from tthc_cli.model.counts import PeriodCounts, UnitCounts
from tthc_cli.model.metrics import Metric
from tthc_cli.model.period import read_period
from tthc_cli.score.result import PeriodResult

_YEAR = re.compile(r"^(\d{4})")


def year_of(period: str, month_closes_on: int | None = None) -> str | None:
    """The reporting year of a period label: the year its range ends in ("2022-12-15..2023-03-14" → "2023",
    under the reporting calendar, see :meth:`~tthc_cli.model.period.Period.reporting_year`), else the year the
    label starts with ("2024-03" → "2024"), if any."""
    try:
        read = read_period(period)
    except InputError:
        read = None
    if read is not None:
        return str(read.reporting_year(month_closes_on))
    m = _YEAR.match(period)
    return m.group(1) if m else None


def accumulate(
    periods: list[PeriodCounts], metrics: dict[str, Metric], month_closes_on: int | None = None
) -> PeriodCounts:
    """Luỹ kế up to the last period: the periods of its reporting year (all periods when labels carry no year).

    Flows are summed; stocks keep their first (``carried_over``) or last (``pending``) value, as set by
    each metric's ``over_time`` in the catalogue.
    """
    last = periods[-1]
    year = year_of(last.period, month_closes_on)
    chosen = [p for p in periods if year is None or year_of(p.period, month_closes_on) == year]
    out = PeriodCounts(period=f"luỹ kế đến {last.period}")
    for p in chosen:
        for unit, counts in p.units.items():
            acc = out.units.setdefault(unit, {})
            out.where.setdefault(unit, p.where.get(unit, ("", 0)))
            _merge(acc, counts, metrics)
    return out


def _merge(acc: UnitCounts, counts: UnitCounts, metrics: dict[str, Metric]) -> None:
    for metric, value in counts.items():
        how = metrics[metric].over_time if metric in metrics else "sum"
        if metric not in acc or how == "last":
            acc[metric] = Fraction(value)
        elif how == "sum":
            acc[metric] += value


def with_changes(results: list[PeriodResult]) -> list[PeriodResult]:
    """Each period's cells with the previous period's value and the change from it."""
    out = results[:1]
    for prev, cur in itertools.pairwise(results):
        cells = []
        for prev_row, row in zip(prev.cells, cur.cells, strict=False):
            new_row = {}
            for unit, cell in row.items():
                before = prev_row.get(unit)
                old = before.value if before else None
                change = cell.value - old if cell.value is not None and old is not None else None
                new_row[unit] = dataclasses.replace(cell, previous=old, change=change)
            cells.append(new_row)
        out.append(PeriodResult(cur.period, cells))
    return out
