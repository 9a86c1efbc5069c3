"""The linter's core: check files and return findings; no printing, no exit codes.

Library use::

    from tthc_cli.lint.engine import validate_plan
    report = validate_plan("plans/2024.yaml")
    for d in report.diagnostics:
        print(d)
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from tthc_cli import codes
from tthc_cli.errors import InputError, TthcError
from tthc_cli.findings import Diagnostic, Report, Severity
from tthc_cli.lint.cache import ValidateCache
from tthc_cli.lint.collect import FileResult, collect
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.files import expand_paths
from tthc_cli.lint.registry import RuleInfo, all_rules, lookup
from tthc_cli.lint.suppress import parse_suppressions
from tthc_cli.load.bounded import check_regular
from tthc_cli.load.gc_pause import paused_gc
from tthc_cli.load.kinds import FileKind
from tthc_cli.load.model_reader import ModelRead
from tthc_cli.load.yaml_loader import LoadedYaml
from tthc_cli.model.config import Config
from tthc_cli.model.legal import LegalFile
from tthc_cli.model.metrics import IndicatorsFile, MetricsFile
from tthc_cli.model.plan import Plan
from tthc_cli.model.report import ReportFile
from tthc_cli.model.units import UnitsFile
from tthc_cli.workspace import Workspace

M = TypeVar("M", bound=BaseModel)


class _Checker:
    """Checks one file: reading problems (loader, schema), rules, suppressions, configuration."""

    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace
        self.policy = workspace.policy
        self.rules = all_rules()
        self.units_cache: dict[Path, tuple[UnitsFile | None, list[Diagnostic]]] = {}
        self.last_extra: list[Diagnostic] = []
        self.last_deps: list[Path] = []

    def diag(self, info: RuleInfo, file: str, loaded: LoadedYaml | None, f: Finding) -> Diagnostic:
        line, column, end_line = 1, 1, None
        if loaded is not None:
            span = loaded.key_span(f.path) if f.at_key else loaded.span(f.path)
            line, column, end_line = span.line, span.column, span.end_line
            if f.offset is not None and not f.at_key and span.line == span.end_line:
                column += f.offset
        if f.line is not None:
            line, column = f.line, f.column or 1
        severity = f.severity or self.policy.severity_of(info.code)
        return Diagnostic(
            code=info.code,
            name=info.name,
            severity=severity,
            message=f.message,
            file=file,
            line=line,
            column=column,
            path=f.path,
            hint=f.hint,
            end_line=end_line,
        )

    def problems(self, read: ModelRead[Any], file: str) -> list[Diagnostic]:
        """The reading problems of a file as findings (a file that could not be read is always an error)."""
        out = []
        for p in read.problems:
            info = lookup(p.code)
            if info is None or not self.policy.active(info.code):
                continue
            severity = Severity.ERROR if p.fatal else None
            finding = Finding(p.path, p.message, p.hint, p.at_key, line=p.line, column=p.column, severity=severity)
            out.append(self.diag(info, file, read.loaded if p.line is None else None, finding))
        return out

    def read(self, path: Path, model: type[M], file: str) -> tuple[ModelRead[M], list[Diagnostic]]:
        read = self.ws.read(path, model)
        return read, self.problems(read, file)

    def units_for(
        self, plan_path: Path, plan: Plan | None, file: str, loaded: LoadedYaml
    ) -> tuple[UnitsFile | None, Path | None, list[Diagnostic]]:
        explicit = plan.units if plan is not None else _raw_units(loaded)
        try:
            path = self.ws.units_path(plan_path, explicit)
            if path is not None and explicit:
                check_regular(path, what="units")
        except InputError as exc:  # said at the plan's `units:` line: the plan named the path
            return None, None, [self._fail_diag(file, str(exc), loaded, ("units",))]
        if path is None:
            return None, None, []
        key = path.resolve()
        if key not in self.units_cache:
            self.units_cache[key] = self.check_units(path, _display(path))
        units, diags = self.units_cache[key]
        return units, path, diags

    def check_units(self, path: Path, file: str) -> tuple[UnitsFile | None, list[Diagnostic]]:
        try:
            read, out = self.read(path, UnitsFile, file)
        except InputError as exc:
            return None, [self._fail_diag(file, str(exc))]
        return read.model, self.suppress(read.text, read.loaded, file, out)

    def check_data(self, path: Path, file: str, model: type[BaseModel]) -> list[Diagnostic]:
        read, out = self.read(path, model, file)
        return self.suppress(read.text, read.loaded, file, out)

    def check_report(self, path: Path, file: str) -> list[Diagnostic]:
        """A báo cáo's own words (``--report``): its schema, then the rules that read text (spelling, citations,
        spaces, placeholders), as in a plan."""
        read, out = self.read(path, ReportFile, file)
        ctx = PlanContext(file=file, path=path, loaded=read.loaded, workspace=self.ws)
        if read.loaded.ok and read.loaded.data is not None:
            out = [*out, *self.run_rules(ctx)]
        return self.suppress(read.text, read.loaded, file, out)

    def _fail_diag(
        self, file: str, message: str, loaded: LoadedYaml | None = None, path: tuple[str, ...] = ()
    ) -> Diagnostic:
        info = lookup(codes.INPUT_UNREADABLE)
        assert info is not None
        return self.diag(info, file, loaded, Finding(path, message))

    def check_plan(self, path: Path, file: str) -> list[Diagnostic]:
        read, out = self.read(path, Plan, file)
        plan = read.model
        units, units_path, units_diags = self.units_for(path, plan, file, read.loaded)
        out.extend(d for d in units_diags if d.file == file)  # the plan's own `units:` could not be used
        self.last_extra = [d for d in units_diags if d.file != file]
        self.last_deps = self.dependencies(path, plan)
        ctx = PlanContext(
            file=file,
            path=path,
            loaded=read.loaded,
            workspace=self.ws,
            plan=plan,
            units=units,
            units_path=units_path,
        )
        if read.loaded.ok and read.loaded.data is not None:
            out = _unfilled_first([*out, *self.run_rules(ctx)])
        return self.suppress(read.text, read.loaded, file, out)

    def dependencies(self, path: Path, plan: Plan | None) -> list[Path]:
        """The other files a plan's findings depend on (for the cache): its units registry and every place one
        could appear nearer, the parent plan, the catalogues."""
        try:
            deps = self.ws.units_candidates(path, plan.units if plan is not None else None)
        except InputError:  # the plan's units: leaves the repository: reported, and nothing of it is read
            deps = []
        if plan is not None and plan.parent is not None and plan.parent.path:
            deps.append((path.parent / plan.parent.path).resolve())
        return deps + self.ws.dependencies()

    def run_rules(self, ctx: PlanContext) -> list[Diagnostic]:
        out: list[Diagnostic] = []
        for info in self.rules:
            if info.check is None or info.phase != "check" or not self.policy.active(info.code):
                continue
            if info.needs_model and ctx.plan is None:
                continue
            try:
                for finding in info.check(ctx):
                    out.append(self.diag(info, ctx.file, ctx.loaded, finding))
            except TthcError:  # e.g. a bad legal.yaml named in the configuration: one line, not a rule bug
                raise
            except Exception as exc:  # a rule bug must not hide the other findings
                if os.environ.get("TTHC_DEBUG"):
                    raise
                internal = lookup(codes.INTERNAL_ERROR)
                assert internal is not None
                msg = f"Lỗi nội bộ trong quy tắc {info.code} ({type(exc).__name__}: {exc}); hãy báo lỗi này"
                out.append(self.diag(internal, ctx.file, ctx.loaded, Finding((), msg)))
        return out

    def suppress(self, text: str, loaded: LoadedYaml, file: str, diags: list[Diagnostic]) -> list[Diagnostic]:
        sups = parse_suppressions(text, loaded, codes.lookup)
        if not sups:
            return diags
        kept: list[Diagnostic] = []
        for d in diags:
            hit = next((s for s in sups if d.code in s.codes and s.first <= d.line <= s.last), None)
            if hit is None:
                kept.append(d)
            else:
                hit.used.add(d.code)
                kept.append(dataclasses.replace(d, suppressed=hit.reason))
        info = lookup(codes.SUPPRESSION_UNUSED)
        assert info is not None
        if self.policy.active(info.code):
            problems = (
                [
                    (s, f"Mã quy tắc không tồn tại trong lệnh tắt: '{code}'", "xem danh sách bằng 'tthc rules'")
                    for s in sups
                    for code in s.unknown
                ]
                + [
                    (s, "Chú thích '# tthc: …' viết sai nên không tắt gì", "viết '# tthc: disable=MÃ -- lý do'")
                    for s in sups
                    if s.malformed
                ]
                + [
                    (s, f"Lệnh tắt '{code}' không tắt cảnh báo nào", "xóa chú thích '# tthc: disable=…' này")
                    for s in sups
                    for code in s.codes
                    if code not in s.used
                ]
            )
            for s, message, hint in problems:
                kept.append(self.diag(info, file, None, Finding((), message, hint, line=s.line, column=s.column)))
        return kept


def _raw_units(loaded: LoadedYaml) -> str | None:
    """The ``units:`` of a plan whose schema failed: its registry is still checked."""
    value = loaded.data.get("units") if isinstance(loaded.data, dict) else None
    return value if isinstance(value, str) else None


def _unfilled_first(diags: list[Diagnostic]) -> list[Diagnostic]:
    """A value still holding '[cần điền: …]' gets that one finding: what other rules say about the same
    value (an unreadable deadline, a citation in the placeholder's example) is about text to be replaced."""
    unfilled = {d.path for d in diags if d.code == codes.TEXT_PLACEHOLDER}
    return [d for d in diags if d.code == codes.TEXT_PLACEHOLDER or d.path not in unfilled]


def _display(path: Path) -> str:
    # forward slashes on every system: GitHub annotations and SARIF need them, and PowerShell accepts them
    try:
        return Path(os.path.relpath(path)).as_posix()
    except ValueError:
        return path.as_posix()


def validate_paths(
    args: list[str], workspace: Workspace | Config | None = None, *, cache: ValidateCache | None = None
) -> Report:
    """Check every plan, units registry and catalogue named by ``args`` (files, folders, glob patterns).

    ``workspace`` is the open workspace of the command (a bare :class:`Config` is opened as one; none: the
    configuration found from the current folder). With a ``cache``, files whose findings are cached (and
    still valid) are not checked again. Raises :class:`InputError` when an argument names nothing usable
    (missing path, folder with no plans).
    """
    if not isinstance(workspace, Workspace):
        workspace = Workspace(workspace) if workspace is not None else Workspace.open()
    checker = _Checker(workspace)

    def check(path: Path, file: str, kind: FileKind) -> FileResult:
        hit = cache.get(path, file) if cache is not None else None
        if hit is not None:
            return hit
        with paused_gc():  # one file's nodes, models and findings are trees: collected once, after
            diags, extra, deps = _check_one(checker, path, file, kind)
        if cache is not None:
            cache.put(path, file, diags, extra, deps)
        return diags, extra

    return collect(expand_paths(args), check)


def _check_one(
    checker: _Checker, path: Path, file: str, kind: FileKind
) -> tuple[list[Diagnostic], list[Diagnostic], list[Path]]:
    """(findings, findings about the file's units registry, the files the findings depend on)."""
    if kind == "units":
        return checker.check_units(path, file)[1], [], []
    if kind in _DATA_MODELS:
        return checker.check_data(path, file, _DATA_MODELS[kind]), [], []
    if kind == "report":
        return checker.check_report(path, file), [], []
    diags = checker.check_plan(path, file)
    return diags, checker.last_extra, checker.last_deps


_DATA_MODELS: dict[str, type[BaseModel]] = {"legal": LegalFile, "metrics": MetricsFile, "indicators": IndicatorsFile}
"""The catalogues a repository keeps beside its plans, each checked against its own schema."""


def validate_plan(path: str | Path, config: Workspace | Config | None = None) -> Report:
    """Check one plan file (the library entry point)."""
    return validate_paths([str(path)], config)
