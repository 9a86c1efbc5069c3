"""Building the metric catalogue in force: shipped entries, then the repository's files, then a plan's formulas.

The one rule of overrides (``docs/score-config.md``): an entry of the repository's ``metrics.yaml`` or
``indicators.yaml`` with the id (or key) of a shipped entry replaces it, and a new id adds an entry; the
repository's ``columns``, ``totals`` and ``checks``, when given, replace the shipped ones; a plan's
``formulas:`` replaces the formula of an indicator it names.
"""

from __future__ import annotations

from pathlib import Path

from tthc_cli.load.model_reader import parse_model
from tthc_cli.load.shipped import shipped_model
from tthc_cli.load.source import read_source
from tthc_cli.model.index766 import Index766
from tthc_cli.model.metrics import ColumnNames, IndicatorsFile, MetricCatalogue, MetricsFile


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
        metrics.update({m.id: m for m in extra.metrics})
        columns = extra.columns or columns
        totals = extra.totals if extra.totals is not None else totals
        checks = extra.checks if extra.checks is not None else checks
    inds = shipped_model(IndicatorsFile, "indicators.yaml").indicators
    indicators = {i.key: i for i in inds}
    origin = {i.key: "shipped" for i in inds if i.formula}
    if indicators_path is not None:
        for ind in read_indicators_file(indicators_path).indicators:
            indicators[ind.key] = ind
            origin[ind.key] = str(indicators_path)
    for key, formula in (plan_formulas or {}).items():
        if key in indicators:
            indicators[key] = indicators[key].model_copy(update={"formula": formula})
            origin[key] = "plan"
    return MetricCatalogue(metrics, indicators, columns, tuple(totals), tuple(checks), origin)
