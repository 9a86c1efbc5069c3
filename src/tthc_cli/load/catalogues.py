"""Building the metric catalogue in force: shipped entries, then the repository's files, then a plan's formulas.

The one rule of overrides (``docs/score-config.md``): a repository's ``metrics.yaml`` or ``indicators.yaml``
adds to the shipped entries. An entry with the id (or key) of a shipped entry overrides the fields it gives
and keeps the others; a metric's aliases are merged (the shipped ones stay); ``replace: true`` on an entry
replaces the shipped entry whole. A new id adds an entry. The repository's ``columns`` (per role), ``totals``
and ``checks`` add to the shipped ones, or replace them when the file says ``replace: true``. A plan's
``formulas:`` replaces the formula of an indicator it names.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from tthc_cli.load.model_reader import parse_model
from tthc_cli.load.shipped import shipped_model
from tthc_cli.load.source import read_source
from tthc_cli.model.index766 import Index766
from tthc_cli.model.metrics import ColumnNames, IndicatorDef, IndicatorsFile, Metric, MetricCatalogue, MetricsFile

_Entry = TypeVar("_Entry", Metric, IndicatorDef)


def _overlay(shipped: _Entry | None, given: _Entry) -> _Entry:
    """A repository's entry over the shipped one: the fields it gives win, aliases are merged."""
    if shipped is None or given.replace:
        return given
    update: dict[str, object] = {name: getattr(given, name) for name in given.model_fields_set if name != "replace"}
    old_aliases: list[str] = getattr(shipped, "aliases", [])
    new_aliases: list[str] = getattr(given, "aliases", [])
    if old_aliases:
        update["aliases"] = list(dict.fromkeys([*old_aliases, *new_aliases]))
    return shipped.model_copy(update=update)


def _add_columns(shipped: ColumnNames, given: ColumnNames | None) -> ColumnNames:
    if given is None:
        return shipped
    roles = ("unit", "period", "metric", "value", "ignore")
    return ColumnNames(**{r: list(dict.fromkeys([*getattr(shipped, r), *getattr(given, r)])) for r in roles})


def read_metrics_file(path: Path) -> MetricsFile:
    """A repository's ``metrics.yaml``."""
    return parse_model(MetricsFile, read_source(path, what="metrics").text, str(path), what="danh mục chỉ số")


def read_indicators_file(path: Path) -> IndicatorsFile:
    """A repository's ``indicators.yaml``."""
    return parse_model(IndicatorsFile, read_source(path, what="indicators").text, str(path), what="bộ chỉ tiêu")


def shipped_index766() -> Index766:
    """The shipped definition of the Bộ chỉ số 766."""
    return shipped_model(Index766, "index766.yaml")


def build_catalogue(
    metrics_path: Path | None = None,
    indicators_path: Path | None = None,
    plan_formulas: dict[str, str] | None = None,
) -> MetricCatalogue:
    """The shipped catalogue, overlaid by the repository's files, then by a plan's ``formulas:``."""
    base = shipped_model(MetricsFile, "metrics.yaml")
    metrics = {m.id: m for m in base.metrics}
    columns, totals, checks = base.columns or ColumnNames(), base.totals or [], base.checks or []
    if metrics_path is not None:
        extra = read_metrics_file(metrics_path)
        for m in extra.metrics:
            metrics[m.id] = _overlay(metrics.get(m.id), m)
        if extra.replace:
            columns = extra.columns or columns
            totals = extra.totals if extra.totals is not None else totals
            checks = extra.checks if extra.checks is not None else checks
        else:
            columns = _add_columns(columns, extra.columns)
            totals = list(dict.fromkeys([*totals, *(extra.totals or [])]))
            checks = [*checks, *(c for c in extra.checks or [] if c not in checks)]
    inds = shipped_model(IndicatorsFile, "indicators.yaml").indicators
    indicators = {i.key: i for i in inds}
    origin = {i.key: "shipped" for i in inds if i.formula}
    if indicators_path is not None:
        for ind in read_indicators_file(indicators_path).indicators:
            indicators[ind.key] = _overlay(indicators.get(ind.key), ind)
            origin[ind.key] = str(indicators_path)
    for key, formula in (plan_formulas or {}).items():
        if key in indicators:
            indicators[key] = indicators[key].model_copy(update={"formula": formula})
            origin[key] = "plan"
    return MetricCatalogue(metrics, indicators, columns, tuple(totals), tuple(checks), origin)
