"""Consistency checks on the counts themselves (TT805 counts.inconsistent): findings, not failures.

Parts that do not add up to their whole are a warning (offices round, correct late); a part larger than its
whole (99.999 trực tuyến of 243 tiếp nhận) is an error: every ratio over it would be an impossible figure.
"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

from tthc_cli import codes
from tthc_cli.findings import Diagnostic, Severity
from tthc_cli.load.counts_findings import counts_finding
from tthc_cli.model.counts import CountsSeries, UnitCounts
from tthc_cli.model.metrics import ConsistencyCheck
from tthc_cli.score.rounding import format_vi
from tthc_cli.score.rounding import round_value as _round


def _num(value: object) -> str:
    assert isinstance(value, Fraction)
    return format_vi(_round(value, 0 if value.denominator == 1 else 2))


def _problems(counts: UnitCounts, check: ConsistencyCheck) -> Iterator[tuple[str, Severity]]:
    if check.kind == "sum":
        if check.whole not in counts or not all(p in counts for p in check.parts):
            return
        total = sum(counts[p] for p in check.parts)
        if total != counts[check.whole]:
            parts = " + ".join(check.parts)
            yield f"{parts} = {_num(total)} khác {check.whole} = {_num(counts[check.whole])}", Severity.WARNING
    elif check.part and check.part in counts and check.whole in counts and counts[check.part] > counts[check.whole]:
        text = f"{check.part} = {_num(counts[check.part])} lớn hơn {check.whole} = {_num(counts[check.whole])}"
        yield text, Severity.ERROR


def check_counts(series: CountsSeries, checks: tuple[ConsistencyCheck, ...]) -> list[Diagnostic]:
    """Every check on every unit of every period, as warnings located at the unit's row."""
    out: list[Diagnostic] = []
    for period in series.periods:
        for unit, counts in period.units.items():
            file, line = period.where.get(unit, ("", 0))
            name = series.unit_names.get(unit, unit)
            for check in checks:
                for text, severity in _problems(counts, check):
                    out.append(
                        counts_finding(
                            codes.COUNTS_INCONSISTENT,
                            file,
                            line,
                            1,
                            f"Số liệu không khớp ở '{name}' kỳ {period.period}: {text}",
                            "kiểm tra lại số liệu xuất từ phần mềm một cửa",
                            severity=severity,
                        )
                    )
    return out


def derive_counts(series: CountsSeries, checks: tuple[ConsistencyCheck, ...]) -> list[Diagnostic]:
    """Fill in each whole of a ``sum`` check that a unit lacks while it has every part, in place, and say so.

    The identities are the catalogue's; a derived count is reported (TT813) so that it is shown as derived,
    never passed off as read.
    """
    out: list[Diagnostic] = []
    for period in series.periods:
        for unit, counts in period.units.items():
            file, line = period.where.get(unit, ("", 0))
            for check in checks:
                if check.kind != "sum" or check.whole in counts or not all(p in counts for p in check.parts):
                    continue
                counts[check.whole] = sum((counts[p] for p in check.parts), Fraction(0))
                name = series.unit_names.get(unit, unit)
                out.append(
                    counts_finding(
                        codes.COUNTS_DERIVED,
                        file,
                        line,
                        1,
                        f"'{name}' kỳ {period.period}: {check.whole} = {' + '.join(check.parts)} = "
                        f"{_num(counts[check.whole])} (suy ra, bảng không có)",
                    )
                )
    return out
