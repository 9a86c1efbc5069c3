"""The linter's core: check files and return findings; no printing, no exit codes.

Library use::

    from tthc_cli.lint.engine import validate_plan
    report = validate_plan("plans/2024.yaml")
    for d in report.diagnostics:
        print(d)
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from tthc_cli.errors import ConfigError, InputError, TthcError
from tthc_cli.findings import Diagnostic, Report, Severity
from tthc_cli.lint.cache import ValidateCache
from tthc_cli.lint.collect import FileResult, collect
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.files import FileKind, expand_paths
from tthc_cli.lint.registry import RuleInfo, all_rules, lookup
from tthc_cli.lint.schema_errors import schema_findings
from tthc_cli.lint.suppress import parse_suppressions
from tthc_cli.load.bounded import check_regular
from tthc_cli.load.config import Config, load_config
from tthc_cli.load.source import read_source
from tthc_cli.load.yaml_loader import LoadedYaml, LoadIssue, load_yaml
from tthc_cli.model.plan import Plan
from tthc_cli.model.units import UnitsFile
from tthc_cli.units.lookup import find_units_file


class _Checker:
    """Checks one file: loader issues, schema, rules, suppressions, configuration."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.rules = all_rules()
        _check_codes(config)
        self.disabled = {self._canon(c) for c in config.disable} - {None}
        self.enabled = {self._canon(c) for c in config.enable} - {None}
        self.severity = {self._canon(k): Severity(v) for k, v in config.severity.items()}
        self.units_cache: dict[Path, tuple[UnitsFile | None, list[Diagnostic]]] = {}
        self.last_extra: list[Diagnostic] = []
        self.last_deps: list[Path] = []

    @staticmethod
    def _canon(code: str) -> str | None:
        info = lookup(code)
        return info.code if info else None

    def active(self, info: RuleInfo) -> bool:
        if info.code in self.disabled:
            return False
        return info.enabled_by_default or info.code in self.enabled

    def diag(self, info: RuleInfo, file: str, loaded: LoadedYaml | None, f: Finding) -> Diagnostic:
        line, column, end_line = 1, 1, None
        if loaded is not None:
            span = loaded.key_span(f.path) if f.at_key else loaded.span(f.path)
            line, column, end_line = span.line, span.column, span.end_line
            if f.offset is not None and not f.at_key and span.line == span.end_line:
                column += f.offset + _quote_width(loaded, f.path)
        if f.line is not None:
            line, column = f.line, f.column or 1
        severity = f.severity or self.severity.get(info.code) or info.severity
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

    def issue(self, issue: LoadIssue, file: str) -> Diagnostic | None:
        info = lookup(issue.rule)
        if info is None or not self.active(info):
            return None
        severity = Severity.ERROR if issue.fatal else None  # a file that could not be read is always an error
        finding = Finding(
            issue.path, issue.message, issue.hint, line=issue.line, column=issue.column, severity=severity
        )
        return self.diag(info, file, None, finding)

    def load(self, path: Path, file: str) -> tuple[str, LoadedYaml, list[Diagnostic]]:
        source = read_source(path)
        out: list[Diagnostic] = []
        if source.decode_problem:
            p = source.decode_problem
            d = self.issue(
                LoadIssue(
                    "TT008",
                    p.line,
                    p.column,
                    f"Tệp không phải UTF-8 hợp lệ (byte 0x{p.byte:02x})",
                    "lưu lại tệp với mã hóa UTF-8",
                ),
                file,
            )
            if d:
                out.append(d)
        loaded = load_yaml(source.text)
        for issue in loaded.issues:
            d = self.issue(issue, file)
            if d:
                out.append(d)
        return source.text, loaded, out

    def schema(self, model: type[BaseModel], loaded: LoadedYaml, file: str) -> tuple[Any, list[Diagnostic]]:
        data = loaded.data
        if not isinstance(data, dict):
            what = "rỗng" if data is None else ("một danh sách" if isinstance(data, list) else "một giá trị đơn")
            info = lookup("TT103")
            assert info is not None
            if not self.active(info):
                return None, []
            finding = Finding((), f"Tệp phải là một ánh xạ 'khóa: giá trị' (đang là {what})")
            return None, [self.diag(info, file, loaded, finding)]
        try:
            return model.model_validate(data), []
        except ValidationError as exc:
            out = []
            for code, path, at_key, message, hint in schema_findings(exc, data, model):
                info = lookup(code)
                if info is not None and self.active(info):
                    out.append(self.diag(info, file, loaded, Finding(path, message, hint, at_key=at_key)))
            return None, out

    def units_for(
        self, plan_path: Path, plan: Plan | None, file: str, loaded: LoadedYaml
    ) -> tuple[UnitsFile | None, Path | None, list[Diagnostic]]:
        explicit = plan.units if plan is not None else _raw_units(loaded)
        try:
            path = find_units_file(plan_path, explicit, self.config)
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
            _text, loaded, out = self.load(path, file)
        except InputError as exc:
            return None, [self._fail_diag(file, str(exc))]
        if not loaded.ok:
            return None, out
        units, errs = self.schema(UnitsFile, loaded, file)
        return units, out + errs

    def _fail_diag(
        self, file: str, message: str, loaded: LoadedYaml | None = None, path: tuple[str, ...] = ()
    ) -> Diagnostic:
        info = lookup("TT010")
        assert info is not None
        return self.diag(info, file, loaded, Finding(path, message))

    def check_plan(self, path: Path, file: str) -> list[Diagnostic]:
        text, loaded, out = self.load(path, file)
        plan = None
        if loaded.ok:
            plan, errs = self.schema(Plan, loaded, file)
            out.extend(errs)
        units, units_path, units_diags = self.units_for(path, plan, file, loaded)
        out.extend(d for d in units_diags if d.file == file)  # the plan's own `units:` could not be used
        self.last_extra = [d for d in units_diags if d.file != file]
        self.last_deps = self.dependencies(path, plan, units_path)
        ctx = PlanContext(
            file=file,
            path=path,
            loaded=loaded,
            config=self.config,
            plan=plan,
            units=units,
            units_path=units_path,
        )
        if loaded.ok and loaded.data is not None:
            out.extend(self.run_rules(ctx))
        out = self.suppress(text, loaded, file, out)
        return out

    def dependencies(self, path: Path, plan: Plan | None, units_path: Path | None) -> list[Path]:
        """The other files a plan's findings depend on (for the cache): units, parent plan, catalogues."""
        deps = [units_path] if units_path is not None else []
        if plan is not None and plan.parent is not None and plan.parent.path:
            deps.append((path.parent / plan.parent.path).resolve())
        cfg = self.config
        deps += [cfg.resolve(p) for p in [*cfg.legal, cfg.metrics, cfg.indicators] if p]
        return deps

    def run_rules(self, ctx: PlanContext) -> list[Diagnostic]:
        out: list[Diagnostic] = []
        for info in self.rules:
            if info.check is None or info.phase != "check" or not self.active(info):
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
                internal = lookup("TT999")
                assert internal is not None
                msg = f"Lỗi nội bộ trong quy tắc {info.code} ({type(exc).__name__}: {exc}); hãy báo lỗi này"
                out.append(self.diag(internal, ctx.file, ctx.loaded, Finding((), msg)))
        return out

    def suppress(self, text: str, loaded: LoadedYaml, file: str, diags: list[Diagnostic]) -> list[Diagnostic]:
        sups = parse_suppressions(text, loaded, self._canon)
        if not sups:
            return diags
        kept: list[Diagnostic] = []
        for d in diags:
            hit = next((s for s in sups if d.code in s.codes and s.first <= d.line <= s.last), None)
            if hit is None:
                kept.append(d)
            else:
                hit.used.add(d.code)
        info = lookup("TT901")
        assert info is not None
        if self.active(info):
            problems = (
                [
                    (s, "Chú thích '# tthc:' không đúng cú pháp; không tắt cảnh báo nào", "viết '# tthc: disable=MÃ'")
                    for s in sups
                    if s.malformed
                ]
                + [
                    (s, f"Mã quy tắc không tồn tại trong lệnh tắt: '{code}'", "xem danh sách bằng 'tthc rules'")
                    for s in sups
                    for code in s.unknown
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


def _check_codes(config: Config) -> None:
    """A rule code or name in the configuration that names no rule is a mistake, not a silent no-op."""
    from tthc_cli.load.counts_findings import CODES

    counts = set(CODES) | {name for name, _ in CODES.values()}  # codes of tthc score's findings on counts
    named = [*config.disable, *config.enable, *config.severity]
    unknown = [c for c in named if lookup(c) is None and not {c.strip().upper(), c.strip().lower()} & counts]
    if unknown:
        raise ConfigError(
            f"{config.source or 'cấu hình'}: mã quy tắc không tồn tại: {', '.join(unknown)}",
            hint="xem danh sách bằng 'tthc rules'",
        )


def _raw_units(loaded: LoadedYaml) -> str | None:
    """The ``units:`` of a plan whose schema failed: its registry is still checked."""
    value = loaded.data.get("units") if isinstance(loaded.data, dict) else None
    return value if isinstance(value, str) else None


def _quote_width(loaded: LoadedYaml, path: tuple[str | int, ...]) -> int:
    return 0


def _display(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def validate_paths(args: list[str], config: Config | None = None, *, cache: ValidateCache | None = None) -> Report:
    """Check every plan and units file named by ``args`` (files, folders, glob patterns).

    With a ``cache``, files whose findings are cached (and still valid) are not checked again. Raises
    :class:`InputError` when an argument names nothing usable (missing path, folder with no plans).
    """
    checker = _Checker(config or load_config())

    def check(path: Path, file: str, kind: FileKind) -> FileResult:
        hit = cache.get(path, file) if cache is not None else None
        if hit is not None:
            return hit
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
    diags = checker.check_plan(path, file)
    return diags, checker.last_extra, checker.last_deps


def validate_plan(path: str | Path, config: Config | None = None) -> Report:
    """Check one plan file (the library entry point)."""
    return validate_paths([str(path)], config)
