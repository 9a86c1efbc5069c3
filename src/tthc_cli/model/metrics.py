"""The metric catalogue and the indicator set: what counts exist and how indicators are computed from them.

Both ship as data (``tthc_cli/data/metrics.yaml``, ``indicators.yaml``). A repository may add or replace
entries with its own files (configuration keys ``metrics`` and ``indicators``), and a plan may override any
indicator's formula with its ``formulas:`` map; :func:`tthc_cli.load.catalogues.build_catalogue` applies these
layers in that order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from pydantic import Field

from tthc_cli.model.common import Identifier, NonEmptyStr, StrictModel
from tthc_cli.text.normalize import fold

MetricId = Identifier
"""A stable ASCII metric id, e.g. ``received_online``."""


class Metric(StrictModel):
    """One count of the catalogue."""

    id: Identifier
    label: NonEmptyStr
    """The Vietnamese label, as printed in reports."""
    aliases: list[NonEmptyStr] = Field(default_factory=list)
    """Header cells under which one-stop exports print this count."""
    description: str = ""
    over_time: Literal["sum", "first", "last"] = "sum"
    """How the count accumulates over periods (luỹ kế): a flow sums, a stock keeps its first or last value."""
    replace: bool = False
    """In a repository's file: replace the shipped metric of this id instead of adding to it (by default the
    aliases are merged and the fields given win)."""


class ConsistencyCheck(StrictModel):
    """A relation the counts of one unit must satisfy: parts adding up to a whole, or a part within a whole."""

    kind: Literal["sum", "at-most"]
    whole: Identifier
    parts: list[Identifier] = Field(default_factory=list)
    """For ``sum``: the counts that add up to ``whole``."""
    part: Identifier | None = None
    """For ``at-most``: the count that must not exceed ``whole``."""


class ColumnNames(StrictModel):
    """Header cells of the non-metric columns of a counts table (compared case-insensitively)."""

    unit: list[str] = Field(default_factory=lambda: ["unit"])
    period: list[str] = Field(default_factory=lambda: ["period"])
    metric: list[str] = Field(default_factory=lambda: ["metric"])
    value: list[str] = Field(default_factory=lambda: ["value"])
    ignore: list[str] = Field(default_factory=list)
    """Columns that are never counts ("STT", "Ghi chú"); headers starting with "tỷ lệ" are ignored too."""


class MetricsFile(StrictModel):
    """The ``metrics.yaml`` file."""

    schema_version: Literal[1] = 1
    metrics: list[Metric] = Field(default_factory=list)
    columns: ColumnNames | None = None
    totals: list[str] | None = None
    """Unit cells that mark a totals row ("Tổng cộng", "Toàn huyện")."""
    checks: list[ConsistencyCheck] | None = None
    replace: bool = False
    """In a repository's file: its ``columns``, ``totals`` and ``checks`` replace the shipped ones instead of
    adding to them."""


class IndicatorDef(StrictModel):
    """An indicator of the set: its key, name, unit and standard formula."""

    key: Identifier
    name: NonEmptyStr
    unit: str = "%"
    """"%" for a ratio, "điểm" for points, "hồ sơ" for a count."""
    formula: str | None = None
    """The standard formula over metric ids; empty for an indicator computed otherwise (``index-766``)."""
    precision: int | None = Field(default=None, ge=0, le=6)
    """Decimals of the published value when the plan row does not say (default: the plan's rounding)."""
    source: str = ""
    """Where the indicator and its formula come from."""
    note: str = ""
    replace: bool = False
    """In a repository's file: replace the shipped indicator of this key instead of overriding the fields
    given."""


class IndicatorsFile(StrictModel):
    """The ``indicators.yaml`` file."""

    schema_version: Literal[1] = 1
    indicators: list[IndicatorDef] = Field(default_factory=list)


@dataclass(frozen=True)
class MetricCatalogue:
    """The metrics and indicators in force for one scoring run, after every override."""

    metrics: dict[str, Metric]
    indicators: dict[str, IndicatorDef]
    columns: ColumnNames
    totals: tuple[str, ...]
    checks: tuple[ConsistencyCheck, ...]
    formula_origin: dict[str, str] = field(default_factory=dict)
    """Where each indicator's formula comes from: ``shipped``, a file path, or ``plan``."""

    def header_index(self) -> dict[str, str]:
        """Folded header text → metric id, for ids, labels and aliases (ids and labels win over aliases)."""
        table: dict[str, str] = {}
        for m in self.metrics.values():
            for alias in m.aliases:
                table.setdefault(fold(alias), m.id)
        for m in self.metrics.values():
            table[fold(m.label)] = m.id
            table[fold(m.id)] = m.id
        return table
