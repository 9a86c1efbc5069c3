"""The values a scoring run returns: frozen dataclasses, read by every reporter."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

from tthc_cli.findings import Diagnostic, Severity
from tthc_cli.model.target import Target

AREA = "*"
"""The unit id of the whole area (Σ numerators / Σ denominators over the units)."""

INCOMPLETE_VI = "chưa đủ dữ liệu"
"""The status of a 766 index whose criteria lack inputs."""

PROVISIONAL_VI = "tạm tính"
"""How a total computed without every input is marked wherever it is shown."""

SCHEMA = "tthc.score/1"
"""Version of the JSON structure (docs/score-json.md)."""


class Status(str, enum.Enum):
    """Whether a value meets its target."""

    MET = "dat"
    MISSED = "chua-dat"
    NO_DATA = "khong-co-du-lieu"
    NO_TARGET = "khong-co-chi-tieu"
    NOT_ASSIGNED = "khong-giao"
    """The row gives its target to other units: not scored, not counted in summaries."""

    @property
    def label_vi(self) -> str:
        """The Vietnamese words shown to users."""
        return {
            "dat": "đạt",
            "chua-dat": "chưa đạt",
            "khong-co-du-lieu": "không có dữ liệu",
            "khong-co-chi-tieu": "không có chỉ tiêu",
            "khong-giao": "không giao",
        }[self.value]


@dataclass(frozen=True)
class IndicatorSpec:
    """An indicator as scored: the plan row's target with the formula in force."""

    key: str
    """Key in the indicator set, e.g. ``online-dossiers``."""
    name: str
    """The name as printed in the plan (or the set's name)."""
    no: str | None
    """The row's number in the plan ("3", "9.1")."""
    formula: str | None
    """The formula in force; ``None`` for ``index-766``."""
    formula_origin: str
    """``shipped``, ``plan`` or the path of the repository's indicator file."""
    target: Target | None
    unit: str
    """"%", "điểm" or "hồ sơ"."""
    precision: int
    """Decimals of the published value."""
    assignees: frozenset[str] | None = None
    """The unit ids the row's target applies to (its ``lead``); ``None`` for the whole area."""
    lead: str | None = None
    """The lead cell's words as printed, to say whom a row is for."""

    def applies_to(self, unit: str) -> bool:
        """Whether the row's target is given to ``unit``."""
        return self.assignees is None or unit in self.assignees


@dataclass(frozen=True)
class UnitInfo:
    """A unit that has counts."""

    id: str
    name: str


@dataclass(frozen=True)
class Cell:
    """One indicator for one unit (or the area) in one period."""

    value: Decimal | None
    """The value rounded as published; ``None`` when there is no data (for ``index-766``, a provisional
    total is kept while the status is "không có dữ liệu" because criteria lack inputs)."""
    status: Status
    gap: Decimal | None = None
    """Points still missing to reach the target (0 when met); ``None`` without data or target."""
    needed: int | None = None
    """How many more hồ sơ counted in the numerator (out of the same denominator) would reach the target;
    ``None`` when not a ratio, already met, or not reachable within the period's hồ sơ."""
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    missing: tuple[str, ...] = ()
    """Metric ids absent from the counts."""
    zero_division: bool = False
    previous: Decimal | None = None
    """The value of the previous period in the series."""
    change: Decimal | None = None
    """``value − previous`` in points."""


@dataclass(frozen=True)
class PeriodResult:
    """Every cell of one period: ``cells[indicator index][unit id]`` (the area under :data:`AREA`)."""

    period: str
    cells: list[dict[str, Cell]]


@dataclass(frozen=True)
class CriterionResult:
    """A criterion of the 766 index for one unit."""

    id: str
    name: str
    max_points: Decimal
    ratio: Decimal | None
    points: Decimal | None
    """``None`` when inputs are lacking."""
    lacking: tuple[str, ...] = ()
    """Metric ids missing, or ``("mau-so-bang-0",)`` when the denominator is 0."""
    confirmed: bool = False


@dataclass(frozen=True)
class GroupResult:
    """A group of the 766 index for one unit."""

    id: str
    name: str
    max_points: Decimal
    points: Decimal
    criteria: list[CriterionResult]


@dataclass(frozen=True)
class IndexResult:
    """The 766 index of one unit (or the area) for the latest period."""

    unit: str
    total: Decimal
    """Points of the criteria that have data (lacking criteria count 0)."""
    band: str | None
    """The classification's name; ``None`` when criteria lack inputs (no band is given for a provisional
    total) or no band covers the total."""
    band_confirmed: bool
    groups: list[GroupResult]
    lacking: tuple[str, ...]
    """Ids of the criteria that lack inputs."""

    @property
    def complete(self) -> bool:
        """Whether every criterion had its inputs (otherwise the total is provisional and there is no band)."""
        return not self.lacking

    @property
    def band_text(self) -> str:
        """The band as shown: its name, "chưa đủ dữ liệu" for a provisional total, or "—"."""
        if self.lacking:
            return INCOMPLETE_VI
        return self.band or "—"


@dataclass(frozen=True)
class ScoreReport:
    """Everything ``tthc score`` found."""

    plan_id: str
    plan_file: str
    locality: str
    indicators: list[IndicatorSpec]
    units: list[UnitInfo]
    periods: list[PeriodResult]
    """In chronological order; the last is the one reported."""
    ytd: PeriodResult | None
    """Luỹ kế (year to date) up to the latest period, when the series has more than one period."""
    index766: list[IndexResult]
    findings: list[Diagnostic] = field(default_factory=list)
    counts_files: list[str] = field(default_factory=list)

    @cached_property
    def unit_names(self) -> dict[str, str]:
        """Unit id → name, built once: reporters look names up per cell, and a registry may hold thousands."""
        return {u.id: u.name for u in self.units}

    @property
    def latest(self) -> PeriodResult | None:
        """The period reported."""
        return self.periods[-1] if self.periods else None

    @property
    def missed(self) -> bool:
        """Whether a target is missed in the latest period (by a unit or by the area)."""
        latest = self.latest
        if latest is None:
            return False
        return any(c.status is Status.MISSED for row in latest.cells for c in row.values())

    @property
    def has_errors(self) -> bool:
        """Whether a finding about the counts is an error."""
        return any(d.severity is Severity.ERROR for d in self.findings)
