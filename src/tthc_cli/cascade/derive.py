"""Each sub-unit's target for each indicator of the parent plan, with how it was derived."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from tthc_cli.cascade.rules import CascadeRules, RuleName, derive, q
from tthc_cli.errors import InputError
from tthc_cli.lint.targets import HIGHER_IS_BETTER
from tthc_cli.model.units import UnitsFile
from tthc_cli.score.result import IndicatorSpec, ScoreReport, Status


@dataclass(frozen=True)
class Derived:
    """One indicator for one sub-unit."""

    spec: IndicatorSpec
    unit_id: str
    unit_name: str
    parent: Decimal
    last: Decimal | None
    rule: RuleName | None
    """``None`` when the parent's target is not "the higher the better" and is kept as it is."""
    value: Decimal
    why: str

    @property
    def text(self) -> str:
        """The target in words: "Tối thiểu 60", "Tối thiểu 88 điểm", "Tối thiểu 7.920 hồ sơ"."""
        if self.rule is None:
            assert self.spec.target is not None
            return self.spec.target.text
        number = f"{self.value:f}".replace(".", ",")
        if "," not in number and len(number) > 3:
            number = f"{int(self.value):,}".replace(",", ".")
        return f"Tối thiểu {number}" + ("" if self.spec.unit == "%" else f" {self.spec.unit}")


def derive_targets(report: ScoreReport, units: UnitsFile, rules: CascadeRules) -> list[Derived]:
    """Targets for every unit with last year's results, for every indicator of the parent with a target."""
    known = {u.id: u.name for u in units.units}
    missing = [u.name for u in report.units if u.id not in known]
    if missing:
        raise InputError(f"đơn vị có trong số liệu nhưng không có trong danh mục đơn vị: {', '.join(missing)}")
    if not report.units:
        raise InputError("số liệu năm trước không có đơn vị nào")
    last_year = report.ytd or report.latest
    out: list[Derived] = []
    for i, spec in enumerate(report.indicators):
        target = spec.target
        if target is None or target.threshold is None:
            continue
        parent = q(Decimal(str(target.threshold)))
        for unit in report.units:
            cell = last_year.cells[i].get(unit.id) if last_year is not None else None
            last = q(cell.value) if cell is not None and cell.value is not None else None
            provisional = ""
            if cell is not None and cell.status is Status.NO_DATA and last is not None:
                provisional = f" (giá trị tạm tính {_n(last)} không dùng vì thiếu số liệu)"
                last = None
            if target.op not in HIGHER_IS_BETTER:
                out.append(Derived(spec, unit.id, known[unit.id], parent, last, None, parent, "giữ như cấp trên"))
                continue
            rule = rules.for_indicator(spec.key)
            value, why = derive(rule, parent, last, spec.unit)
            out.append(Derived(spec, unit.id, known[unit.id], parent, last, rule.rule, value, why + provisional))
    return out


def _n(value: Decimal | None) -> str:
    return "—" if value is None else f"{value:f}".replace(".", ",")


def derivation_table(rows: list[Derived]) -> str:
    """The Markdown table of how each target was derived (printed by the command, quoted in the docs)."""
    out = [
        "| Chỉ tiêu | Đơn vị | Cấp trên giao | Kết quả năm trước | Quy tắc | Chỉ tiêu giao | Cách tính |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        label = f"{(r.spec.no or '').rstrip('.')}. {r.spec.name}" if r.spec.no else r.spec.name
        out.append(
            f"| {label} | {r.unit_name} | {_n(r.parent)} | {_n(r.last)} | {r.rule or '—'} | {r.text} | {r.why} |"
        )
    return "\n".join(out) + "\n"
