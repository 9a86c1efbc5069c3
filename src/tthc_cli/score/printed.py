"""Checking the percentages a report printed next to its counts (TT812 counts.printed-mismatch).

The province's Phòng Kiểm soát TTHC checks district reports: a printed rate must be what the printed counts
give under the plan's formula and rounding. A column is a printed figure when its header starts with "Tỷ
lệ" or names an indicator (its key or name); it is matched to the plan's rows by key or name. A figure that
cannot be reproduced is an error at its cell, with the nearest explanation found as the hint: the other
rounding mode, another count as denominator or numerator, two digits swapped, or a digit typed twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

from tthc_cli import codes
from tthc_cli.findings import Diagnostic
from tthc_cli.formula.language import FormulaError
from tthc_cli.formula.language import parse_cached as parse
from tthc_cli.load.counts_findings import counts_finding
from tthc_cli.load.counts_header import printed_key
from tthc_cli.model.counts import CountsSeries, Printed, UnitCounts
from tthc_cli.model.metrics import MetricCatalogue
from tthc_cli.score.evaluate import Ratio, evaluate, ratio_parts, split_ratio
from tthc_cli.score.result import IndicatorSpec
from tthc_cli.score.rounding import RoundingMode, format_vi, round_value
from tthc_cli.text.normalize import fold


def _decimals(text: str) -> int:
    digits = text.replace("%", "").strip()
    for sep in (",", "."):
        if sep in digits and len(digits.rsplit(sep, 1)[1]) != 3:
            return len(digits.rsplit(sep, 1)[1])
    return 0


def _spec_for(header: str, specs: list[IndicatorSpec], catalogue: MetricCatalogue) -> IndicatorSpec | None:
    key = printed_key(header)
    for spec in specs:
        known = catalogue.indicators.get(spec.key)
        names = {fold(spec.key), fold(spec.name), *([fold(known.name)] if known else [])}
        if key in names:
            return spec
    return None


def _digits_hint(printed: str, computed: str) -> str | None:
    if len(printed) != len(computed):
        return None
    diff = [i for i, (a, b) in enumerate(zip(printed, computed, strict=True)) if a != b]
    if len(diff) == 2 and diff[1] == diff[0] + 1 and printed[diff[0]] == computed[diff[1]]:
        return f"có thể hai chữ số bị đảo chỗ ({computed} → {printed})"
    if len(diff) == 1:
        i = diff[0]
        if (i > 0 and printed[i] == printed[i - 1]) or (i + 1 < len(printed) and printed[i] == printed[i + 1]):
            return f"có thể một chữ số bị gõ lặp ({computed} → {printed})"
    return None


def _explain(
    figure: Printed, ratio: Ratio | None, counts: UnitCounts, exact: Fraction, mode: RoundingMode, decimals: int
) -> str:
    other: RoundingMode = "truncate" if mode == "half-up" else "half-up"
    if round_value(exact, decimals, other) == round_value(figure.value, decimals, other):
        return f"khớp nếu {'cắt bớt' if other == 'truncate' else 'làm tròn'} (rounding.mode: {other})"
    parts = ratio_parts(ratio, counts) if ratio else None
    if ratio and parts:
        num, den = parts
        for metric, value in counts.items():
            if value and round_value(num / value * ratio.scale, decimals, mode) == figure.value and value != den:
                return f"khớp nếu mẫu số là {metric} = {format_vi(round_value(value, 0))}"
            if den and round_value(value / den * ratio.scale, decimals, mode) == figure.value and value != num:
                return f"khớp nếu tử số là {metric} = {format_vi(round_value(value, 0))}"
    computed = format_vi(round_value(exact, decimals, mode))
    return _digits_hint(figure.text.replace("%", "").strip(), computed) or "kiểm tra lại tỷ lệ in hoặc số liệu"


def _check(
    figure: Printed, spec: IndicatorSpec, counts: UnitCounts, mode: RoundingMode, file: str, unit: str
) -> Iterator[Diagnostic]:
    if spec.formula is None:
        return
    try:
        node = parse(spec.formula)
    except FormulaError:
        return
    ev = evaluate(node, counts)
    if ev.value is None:
        return
    decimals = _decimals(figure.text)
    shown = round_value(ev.value, decimals, mode)
    if figure.value == shown:
        return
    ratio = split_ratio(node)
    parts = ratio_parts(ratio, counts) if ratio else None
    how = f"{format_vi(round_value(parts[0], 0))} / {format_vi(round_value(parts[1], 0))}" if parts else spec.formula
    yield counts_finding(
        codes.COUNTS_PRINTED_MISMATCH,
        file,
        figure.line,
        figure.column,
        f"'{unit}' in {figure.header} là {figure.text}, nhưng số liệu cho {how} = {format_vi(shown)} "
        f"(công thức của chỉ tiêu '{spec.key}', {'cắt bớt' if mode == 'truncate' else 'làm tròn'} {decimals} "
        "chữ số thập phân)",
        _explain(figure, ratio, counts, ev.value, mode, decimals),
    )


def check_printed(
    specs: list[IndicatorSpec], series: CountsSeries, catalogue: MetricCatalogue, mode: RoundingMode
) -> list[Diagnostic]:
    """Every printed figure of every period checked against the plan's row it names."""
    out: list[Diagnostic] = []
    unmatched: set[tuple[str, str]] = set()
    for period in series.periods:
        for unit, figures in period.printed.items():
            file = period.where.get(unit, ("", 0))[0]
            name = series.unit_names.get(unit, unit)
            for figure in figures:
                spec = _spec_for(figure.header, specs, catalogue)
                if spec is None:
                    if (file, figure.header) not in unmatched:
                        unmatched.add((file, figure.header))
                        out.append(_unmatched(file, figure))
                    continue
                if spec.applies_to(unit):
                    out.extend(_check(figure, spec, period.units.get(unit, {}), mode, file, name))
    return out


def _unmatched(file: str, figure: Printed) -> Diagnostic:
    return counts_finding(
        codes.COUNTS_UNKNOWN_METRIC,
        file,
        figure.line,
        figure.column,
        f"cột '{figure.header}' không khớp chỉ tiêu nào của kế hoạch; tỷ lệ in không được đối chiếu",
        "đặt tiêu đề cột là mã hoặc tên chỉ tiêu, ví dụ 'Tỷ lệ hồ sơ giải quyết đúng hạn (%)'",
    )
