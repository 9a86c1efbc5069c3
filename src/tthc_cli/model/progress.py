"""What has been done: the ``done:`` records of a task, read by ``tthc due``."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import AfterValidator, Field, model_validator

from tthc_cli.model.common import Identifier, StrictModel


def _check_day(value: str) -> str:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError("ngày phải có dạng YYYY-MM-DD và phải tồn tại (ví dụ 2024-03-15)") from None
    return value


Day = Annotated[str, AfterValidator(_check_day)]
"""A full date written ``YYYY-MM-DD``."""


class Done(StrictModel):
    """One time the task was done: when, which due date it answers, and by whom.

    Write just the date (``done: [2024-03-15]``) when every unit of the task did it and it answers the
    earliest due date still open; ``due`` names the due date it answers, ``units`` the units that did it.
    """

    date: Day
    """Ngày hoàn thành (YYYY-MM-DD)."""
    due: Day | None = None
    """The due date this record answers (a recurrence has several); default: the earliest one still open."""
    units: list[Identifier] = Field(default_factory=list)
    """Ids of the units that did it (from ``units.yaml``); empty: every unit of the task."""
    ref: str | None = None
    """The report or document that shows it, e.g. ``45/BC-UBND``."""

    @model_validator(mode="before")
    @classmethod
    def _from_str(cls, data: Any) -> Any:
        return {"date": data} if isinstance(data, str) else data

    @property
    def day(self) -> dt.date:
        """:attr:`date` as a date."""
        return dt.date.fromisoformat(self.date)

    @property
    def due_day(self) -> dt.date | None:
        """:attr:`due` as a date."""
        return dt.date.fromisoformat(self.due) if self.due else None
