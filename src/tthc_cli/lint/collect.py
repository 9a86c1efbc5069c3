"""Assembling a :class:`Report` from per-file results (shared by the engine and the cached path)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tthc_cli.errors import InputError
from tthc_cli.findings import Diagnostic, Report, sorted_diagnostics
from tthc_cli.load.kinds import FileKind

FileResult = tuple[list[Diagnostic], list[Diagnostic]]
"""(findings about the file, findings about the units registry it uses)."""


def collect(targets: list[tuple[Path, FileKind]], check: Callable[[Path, str, FileKind], FileResult]) -> Report:
    """Run ``check`` on every target and put the results in one report, in reading order.

    A file that cannot be read (:class:`InputError`) becomes a one-line failure; findings silenced by a
    suppression comment go to :attr:`Report.suppressed`. Findings about a units
    registry are kept unless that registry is itself a target (then its own findings already say it).
    """
    report = Report()
    checked: set[Path] = set()
    extras: list[Diagnostic] = []
    for path, kind in targets:
        file = str(path)
        try:
            diags, extra = check(path, file, kind)
        except InputError as exc:
            report.failures.append(str(exc))
            continue
        checked.add(path.resolve())
        report.files.append(file)
        report.diagnostics.extend(diags)
        extras.extend(extra)
    report.diagnostics.extend(d for d in extras if Path(d.file).resolve() not in checked)
    found = sorted_diagnostics(report.diagnostics)
    report.diagnostics = [d for d in found if d.suppressed is None]
    report.suppressed = [d for d in found if d.suppressed is not None]
    return report
