"""The one scoring pipeline: plan, units registry and catalogues from the workspace, counts, score, policy.

``tthc score`` and ``tthc render report`` both call :func:`score_plan`, so the report's figures are the
figures ``tthc score`` prints, and both honour the same configuration.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from tthc_cli.load.counts import CountsRead, read_counts
from tthc_cli.score.engine import score
from tthc_cli.score.plan_indicators import indicator_specs
from tthc_cli.score.result import ScoreReport
from tthc_cli.workspace import Workspace


@dataclass(frozen=True)
class Scored:
    """A plan scored against counts, with the counts as read."""

    report: ScoreReport
    counts: CountsRead

    def latest_by_unit(self) -> dict[str, dict[str, float]]:
        """Each unit's counts of the latest period, by unit id and metric id."""
        periods = self.counts.series.periods
        units = periods[-1].units.items() if periods else []
        return {unit: {metric: float(value) for metric, value in counts.items()} for unit, counts in units}

    def latest_totals(self) -> dict[str, float]:
        """The area's counts of the latest period, by metric id."""
        totals: dict[str, float] = {}
        for unit_counts in self.latest_by_unit().values():
            for metric, value in unit_counts.items():
                totals[metric] = totals.get(metric, 0.0) + value
        return totals


def score_plan(
    ws: Workspace, plan_path: Path, counts: list[Path], *, encoding: str | None = None, sheet: str | None = None
) -> Scored:
    """Score ``counts`` against the plan at ``plan_path``; findings after the configuration's policy."""
    plan = ws.plan(plan_path)
    units = ws.units(plan_path, plan.units)
    catalogue = ws.metrics(plan.formulas)
    read = read_counts(counts, catalogue, units, encoding=encoding, sheet=sheet)
    report = score(
        indicator_specs(plan, catalogue, units),
        read.series,
        catalogue,
        ws.index766,
        mode=plan.rounding.mode,
        plan_id=plan.id,
        plan_file=str(plan_path),
        locality=plan.locality,
        findings=read.findings,
        counts_files=read.files,
        month_closes_on=plan.reporting.month_closes_on,
    )
    return Scored(dataclasses.replace(report, findings=ws.policy.apply(report.findings)), read)
