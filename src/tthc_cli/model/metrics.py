"""The metric catalogue and the indicator set: what counts exist and how indicators are computed from them.

Both ship as data (``tthc_cli/data/metrics.yaml``, ``indicators.yaml``). A repository may add or replace
entries with its own files (configuration keys ``metrics`` and ``indicators``), and a plan may override any
indicator's formula with its ``formulas:`` map; :func:`build_catalogue` applies these layers in that order.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import BaseModel, Field

from tthc_cli.model.common import Identifier, NonEmptyStr, StrictModel

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


class IndicatorsFile(StrictModel):
    """The ``indicators.yaml`` file."""

    schema_version: Literal[1] = 1
    indicators: list[IndicatorDef] = Field(default_factory=list)


def fold(text: str) -> str:
    """Normalise a header or unit name for matching: NFC, case-folded, inner spaces collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


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


_M = TypeVar("_M", bound=BaseModel)


def parse_model(model: type[_M], text: str, name: str) -> _M:
    """Parse YAML text with the project loader and validate it as ``model`` (errors raise InputError)."""
    from tthc_cli.load.data_file import parse_data_file

    return parse_data_file(model, text, name)


def _read(path: Path, what: str) -> str:
    from tthc_cli.load.source import read_source

    return read_source(path, what=what).text


def _shipped(name: str) -> str:
    return resources.files("tthc_cli.data").joinpath(name).read_text(encoding="utf-8")


def load_metrics_file(text: str, name: str = "metrics.yaml") -> MetricsFile:
    """Parse and validate the text of a ``metrics.yaml`` file."""
    return parse_model(MetricsFile, text, name)


def load_indicators_file(text: str, name: str = "indicators.yaml") -> IndicatorsFile:
    """Parse and validate the text of an ``indicators.yaml`` file."""
    return parse_model(IndicatorsFile, text, name)


def build_catalogue(
    metrics_path: Path | None = None,
    indicators_path: Path | None = None,
    plan_formulas: dict[str, str] | None = None,
) -> MetricCatalogue:
    """The shipped catalogue, overlaid by the repository's files, then by a plan's ``formulas:``.

    Entries of the repository's files replace shipped entries with the same id or key and add new ones;
    its ``columns``, ``totals`` and ``checks``, when given, replace the shipped ones.
    """
    base = load_metrics_file(_shipped("metrics.yaml"), "tthc_cli/data/metrics.yaml")
    metrics = {m.id: m for m in base.metrics}
    columns, totals, checks = base.columns or ColumnNames(), base.totals or [], base.checks or []
    if metrics_path is not None:
        extra = load_metrics_file(_read(metrics_path, "metrics"), str(metrics_path))
        metrics.update({m.id: m for m in extra.metrics})
        columns = extra.columns or columns
        totals = extra.totals if extra.totals is not None else totals
        checks = extra.checks if extra.checks is not None else checks
    inds = load_indicators_file(_shipped("indicators.yaml"), "tthc_cli/data/indicators.yaml").indicators
    indicators = {i.key: i for i in inds}
    origin = {i.key: "shipped" for i in inds if i.formula}
    if indicators_path is not None:
        for ind in load_indicators_file(_read(indicators_path, "indicators"), str(indicators_path)).indicators:
            indicators[ind.key] = ind
            origin[ind.key] = str(indicators_path)
    for key, formula in (plan_formulas or {}).items():
        if key in indicators:
            indicators[key] = indicators[key].model_copy(update={"formula": formula})
            origin[key] = "plan"
    return MetricCatalogue(metrics, indicators, columns, tuple(totals), tuple(checks), origin)


def shipped_catalogue() -> MetricCatalogue:
    """The catalogue as shipped, without overrides."""
    return build_catalogue()
