"""Running ``tthc cascade``: parent plan + last year's counts + units → child plan and derivation table."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from tthc_cli.cascade.child import child_plan_text
from tthc_cli.cascade.derive import derivation_table, derive_targets
from tthc_cli.cascade.rules import CascadeRules, Rule
from tthc_cli.cli.score_run import ScoreRequest, build_report
from tthc_cli.errors import InputError
from tthc_cli.model.units import UnitsFile
from tthc_cli.output.atomic import atomic_write_text
from tthc_cli.workspace import Workspace


@dataclass(frozen=True)
class CascadeRequest:
    """The options of one ``tthc cascade`` run."""

    parent: Path
    results: list[str]
    units: Path
    output: Path
    rules: Path | None = None
    rule: str | None = None
    increase_mode: str | None = None
    config: Path | None = None


def _rules(ws: Workspace, request: CascadeRequest) -> CascadeRules:
    rules = CascadeRules()
    if request.rules is not None:
        rules = ws.require(request.rules, CascadeRules, "tệp quy tắc")
    if request.rule or request.increase_mode:
        changes = {k: v for k, v in {"rule": request.rule, "increase_mode": request.increase_mode}.items() if v}
        rules = rules.model_copy(update={"default": Rule.model_validate({**rules.default.model_dump(), **changes})})
    return rules


def run_cascade(request: CascadeRequest, stdout: TextIO) -> int:
    """Write the child plan and print the derivation table; returns the exit code."""
    if request.output.resolve() == request.parent.resolve():
        raise InputError("tệp ghi ra (-o) không được trùng kế hoạch cấp trên")
    ws = Workspace.open(request.config)
    rules = _rules(ws, request)
    units = ws.require(request.units, UnitsFile)
    report = build_report(ScoreRequest(counts=request.results, plan=request.parent, config=request.config))
    if report.has_errors:
        raise InputError("số liệu năm trước có lỗi", hint="chạy tthc score để xem")
    rows = derive_targets(report, units, rules)
    if not rows:
        raise InputError(f"{request.parent}: không có chỉ tiêu nào có mức giao để phân bổ")
    parent = ws.plan(request.parent)
    text = child_plan_text(ws, parent, request.parent, request.units, request.output, rows)
    atomic_write_text(request.output, text)
    stdout.write(derivation_table(rows))
    return 0
