"""Reading counts files (CSV, TSV, XLSX) into a series of periods, with findings for every bad cell.

Counts come as offices really have them: UTF-8 with or without BOM, UTF-16, Windows-1258 (detected or
named); ``,`` ``;`` or tab separators (detected); Vietnamese or plain numbers; header cells as metric ids
or Vietnamese labels and aliases (``metrics.yaml``); wide (a row per unit) or long (unit, metric, value)
layout; an optional period column; XLSX sheets with title rows, merged headers and totals rows. The
findings' codes are documented in :mod:`tthc_cli.load.counts_findings`.
"""

from __future__ import annotations

import glob
from dataclasses import dataclass, field
from pathlib import Path

from tthc_cli import codes
from tthc_cli.errors import InputError
from tthc_cli.findings import Diagnostic
from tthc_cli.load.counts_grid import read_csv_grid
from tthc_cli.load.counts_numbers import period_from_name, period_order
from tthc_cli.load.counts_table import read_table
from tthc_cli.load.counts_xlsx import read_xlsx_grid
from tthc_cli.model.counts import CountsSeries, PeriodCounts
from tthc_cli.model.metrics import MetricCatalogue
from tthc_cli.model.units import UnitsFile
from tthc_cli.units.match import UnitMatcher

XLSX_SUFFIXES = (".xlsx", ".xlsm")


@dataclass
class CountsRead:
    """The series read from every file, and the findings."""

    series: CountsSeries
    findings: list[Diagnostic] = field(default_factory=list)
    files: list[str] = field(default_factory=list)


def expand_paths(patterns: list[str]) -> list[Path]:
    """Paths as given, with glob patterns expanded here too (shells on Windows do not expand them)."""
    out: list[Path] = []
    for pattern in patterns:
        if any(ch in pattern for ch in "*?[") and not Path(pattern).exists():
            matches = sorted(glob.glob(pattern))
            if not matches:
                raise InputError(f"{pattern}: không có tệp nào khớp")
            out.extend(Path(m) for m in matches)
        else:
            out.append(Path(pattern))
    return list(dict.fromkeys(out))


def read_counts(
    paths: list[Path],
    catalogue: MetricCatalogue,
    units: UnitsFile | None,
    *,
    encoding: str | None = None,
    sheet: str | None = None,
) -> CountsRead:
    """Read every file; periods come from a period column, else the file name ("2024-03"), else the file's
    position. A period found in several files is merged unit by unit (a unit twice is a finding)."""
    matcher = UnitMatcher(units)
    merged: dict[str, PeriodCounts] = {}
    result = CountsRead(CountsSeries())
    for i, path in enumerate(paths, 1):
        grid = read_xlsx_grid(path, sheet) if path.suffix.lower() in XLSX_SUFFIXES else read_csv_grid(path, encoding)
        default = period_from_name(path.name) or (path.stem if len(paths) > 1 else f"kỳ {i}")
        table = read_table(grid, catalogue, matcher, default)
        result.files.append(str(path))
        result.findings.extend(table.findings)
        for name, pc in table.periods.items():
            target = merged.setdefault(name, PeriodCounts(name))
            for unit, counts in pc.units.items():
                if unit in target.units:
                    from tthc_cli.load.counts_findings import counts_finding

                    file, line = pc.where[unit]
                    result.findings.append(
                        counts_finding(
                            codes.COUNTS_DUPLICATE, file, line, 1, f"đơn vị '{unit}' đã có số liệu kỳ {name} ở tệp khác"
                        )
                    )
                    continue
                target.units[unit] = counts
                target.where[unit] = pc.where[unit]
                if unit in pc.printed:
                    target.printed[unit] = pc.printed[unit]
        for uid, uname in table.unit_names.items():
            result.series.unit_names.setdefault(uid, uname)
    result.series.periods = [merged[k] for k in sorted(merged, key=period_order)]
    return result
