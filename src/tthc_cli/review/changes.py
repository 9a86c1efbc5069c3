"""What ``tthc diff`` finds: one :class:`Change` per thing a reviewer must read, and the whole result."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class ChangeKind(str, enum.Enum):
    """The kinds of change, stable in the JSON output."""

    TARGET_LOWERED = "target-lowered"
    TARGET_RAISED = "target-raised"
    TARGET_COMPARATOR = "target-comparator"
    TARGET_TEXT = "target-text"
    TARGET_ADDED = "target-added"
    TARGET_REMOVED = "target-removed"
    DEADLINE_EARLIER = "deadline-earlier"
    DEADLINE_LATER = "deadline-later"
    DEADLINE_CHANGED = "deadline-changed"
    UNIT_ADDED = "unit-added"
    UNIT_REMOVED = "unit-removed"
    TEXT_EDITED = "text-edited"
    FIELD_CHANGED = "field-changed"
    ROW_ADDED = "row-added"
    ROW_REMOVED = "row-removed"
    ROW_MOVED = "row-moved"
    ID_RENAMED = "id-renamed"
    SECTION_ADDED = "section-added"
    SECTION_REMOVED = "section-removed"
    SECTION_EDITED = "section-edited"
    BASIS_ADDED = "basis-added"
    BASIS_REMOVED = "basis-removed"
    BASIS_EDITED = "basis-edited"
    METADATA = "metadata"
    RENUMBERED = "renumbered"

    @property
    def warning(self) -> bool:
        """Whether the change is flagged prominently: it weakens a commitment of the plan."""
        return self in (ChangeKind.TARGET_LOWERED, ChangeKind.TARGET_REMOVED, ChangeKind.TARGET_COMPARATOR)


WordOp = tuple[str, str]
"""A piece of a word diff: ``("=", text)`` kept, ``("-", text)`` removed, ``("+", text)`` added."""


@dataclass(frozen=True)
class Change:
    """One change between two versions of a plan."""

    kind: ChangeKind
    message: str
    """One line in Vietnamese, e.g. "Hạ chỉ tiêu: 'Tỷ lệ …' (UBND các xã, thị trấn): Tối thiểu 45 → Tối thiểu 40"."""
    where: str = ""
    """Where in the plan, as a reader names it: "Phụ lục › II. Chỉ tiêu giao tại Nghị quyết số 01/NQ-CP"."""
    path: str = ""
    """The YAML path in the new version (the old one for removals)."""
    old: str | None = None
    new: str | None = None
    words: tuple[WordOp, ...] = ()
    """Word diff of a text edit; empty for other kinds."""

    @property
    def warning(self) -> bool:
        """Whether this change is flagged prominently (see :attr:`ChangeKind.warning`)."""
        return self.kind.warning


@dataclass
class PlanDiff:
    """The result of comparing two versions of one plan file."""

    old_name: str
    new_name: str
    changes: list[Change] = field(default_factory=list)
    cosmetic: bool = False
    """The texts differ only in form (layout, quoting, comments, key order, Unicode normalisation)."""
    added: bool = False
    """The file is new (there is no old version)."""
    removed: bool = False
    """The file was deleted."""

    @property
    def differs(self) -> bool:
        """Whether the plans differ in meaning (exit code 1)."""
        return bool(self.changes) or self.added or self.removed

    @property
    def warnings(self) -> list[Change]:
        """The changes flagged prominently."""
        return [c for c in self.changes if c.warning]
