"""Running ``tthc score``: request → inputs → core → reporter → exit code (imported only by the command)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from tthc_cli.errors import InputError
from tthc_cli.load.counts import expand_paths
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
    return _only_units(report, request.units) if request.units else report


def _only_units(report: ScoreReport, wanted: list[str]) -> ScoreReport:
    keys = {fold(w) for w in wanted}
    chosen = [u for u in report.units if fold(u.id) in keys or fold(u.name) in keys]
    if not chosen:
        raise InputError(f"không có đơn vị nào khớp --unit {', '.join(wanted)}")
    return dataclasses.replace(report, units=chosen)


def run_score(request: ScoreRequest, stdout: TextIO) -> int:
    """Run the command; returns the exit code."""
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
