"""The values ``tthc due`` returns, read by every reporter."""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
from dataclasses import dataclass, field

from tthc_cli.due.assignees import Assignee

SCHEMA = "tthc.due/1"
"""Version of the JSON structure (docs/due.md)."""


class DueStatus(str, enum.Enum):
    """Where an occurrence stands on the reference date."""

    OVERDUE = "qua-han"
    DUE = "den-han"
    DONE = "da-xong"
    LATER = "chua-den-han"

    @property
    def label_vi(self) -> str:
        """The Vietnamese words shown to users."""
        return {"qua-han": "quá hạn", "den-han": "đến hạn", "da-xong": "đã xong", "chua-den-han": "chưa đến hạn"}[
            self.value
        ]

    @property
    def mark(self) -> str:
        """A symbol that reads without colour."""
        return {"qua-han": "✗", "den-han": "!", "da-xong": "✓", "chua-den-han": "·"}[self.value]


@dataclass(frozen=True)
class TaskInfo:
    """A task row as ``tthc due`` shows it."""

    plan_id: str
    plan_file: str
    key: str
    """Stable across runs: the row's ``id``, else a digest of its content."""
    stt: str
    """The numbers of its section and row, "II.3"."""
    content: str
    deadline: str


@dataclass(frozen=True)
class Occurrence:
    """One due date of one task for one unit."""

    task: TaskInfo
    assignee: Assignee
    start: dt.date
    due: dt.date
    status: DueStatus
    done_on: dt.date | None = None
    done_ref: str | None = None

    @property
    def uid(self) -> str:
        """A stable identifier (the .ics UID); a unit missing from the registry is named by a digest of its words."""
        who = self.assignee.id or "u" + hashlib.sha1(self.assignee.name.encode("utf-8")).hexdigest()[:10]
        return f"{self.task.plan_id}.{self.task.key}.{who}.{self.due.isoformat()}@tthc"


@dataclass(frozen=True)
class ApartTask:
    """A task whose deadline has no date of its own (events, "thường xuyên" …), listed apart."""

    task: TaskInfo
    assignees: tuple[Assignee, ...]
    reasons: tuple[str, ...]
    """Keys of :data:`tthc_cli.due.occurrences.APART_LABELS`."""


@dataclass(frozen=True)
class DueReport:
    """Everything ``tthc due`` found."""

    on: dt.date
    start: dt.date
    """First day of the window (due dates from here on are listed)."""
    end: dt.date
    """Last day of the window."""
    occurrences: list[Occurrence]
    apart: list[ApartTask]
    notes: list[str] = field(default_factory=list)
    """Located remarks (a ``done`` record that answers no due date …)."""

    @property
    def overdue(self) -> list[Occurrence]:
        """The occurrences past their due date and not done."""
        return [o for o in self.occurrences if o.status is DueStatus.OVERDUE]
