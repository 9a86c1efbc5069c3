"""Running ``tthc score``: request → inputs → core → reporter → exit code (imported only by the command)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from tthc_cli.errors import InputError
from tthc_cli.load.counts import expand_paths
from tthc_cli.load.gc_pause import paused_gc
from tthc_cli.model.units import UnitsFile
from tthc_cli.output.atomic import atomic_write_bytes, atomic_write_text
from tthc_cli.report.score_formats import ScoreFormat, render_score, write_score
from tthc_cli.score.pipeline import score_plan
from tthc_cli.score.result import ScoreReport
from tthc_cli.text.normalize import fold
from tthc_cli.workspace import Workspace


@dataclass(frozen=True)
class ScoreRequest:
    """The options of one ``tthc score`` run."""

    counts: list[str]
    plan: Path | None = None
    fmt: str = "table"
    output: Path | None = None
    fail_on_missed: bool = False
    encoding: str | None = None
    sheet: str | None = None
    units: list[str] = field(default_factory=list)
    config: Path | None = None


def build_report(request: ScoreRequest) -> ScoreReport:
    """Read the plan and the counts and score them (no output)."""
    ws = Workspace.open(request.config)
    plan_path = ws.find_plan(request.plan)
    scored = score_plan(ws, plan_path, expand_paths(request.counts), encoding=request.encoding, sheet=request.sheet)
    report = scored.report
    units = ws.units(plan_path, ws.plan(plan_path).units)
    return _only_units(report, request.units, units) if request.units else report


def _only_units(report: ScoreReport, wanted: list[str], registry: UnitsFile | None) -> ScoreReport:
    """The report limited to the units named by ``--unit``: an id, a name or an alias in the units registry
    (a group stands for its members); a name that matches no unit of the report is an error, not ignored."""
    from tthc_cli.units.groups import members
    from tthc_cli.units.resolve import UnitResolver

    resolver = UnitResolver(registry) if registry is not None else None
    keep: set[str] = set()
    for name in wanted:
        ids = {u.id for u in report.units if fold(name) in (fold(u.id), fold(u.name))}
        uid = resolver.lookup(name) if resolver is not None else None
        if uid is not None:
            ids |= members(registry, uid)
        if not ids & {u.id for u in report.units}:
            raise InputError(
                f"không có đơn vị nào khớp --unit {name}", hint="dùng mã, tên hoặc tên gọi khác trong units.yaml"
            )
        keep |= ids
    return dataclasses.replace(report, units=[u for u in report.units if u.id in keep])


def run_score(request: ScoreRequest, stdout: TextIO) -> int:
    """Run the command; returns the exit code."""
    with paused_gc():  # counts, results and report rows are trees: collecting cycles would only cost time
        return _run(request, stdout)


def _run(request: ScoreRequest, stdout: TextIO) -> int:
    fmt = ScoreFormat(request.fmt)
    if fmt is ScoreFormat.XLSX and request.output is None:
        raise InputError("định dạng xlsx cần --output TỆP.xlsx")
    report = build_report(request)
    if request.output is not None:
        data = render_score(report, fmt)
        if isinstance(data, bytes):
            atomic_write_bytes(request.output, data)
        else:
            atomic_write_text(request.output, data)
    else:
        write_score(report, fmt, stdout)
    if report.has_errors or (request.fail_on_missed and report.missed):
        return 1
    return 0
