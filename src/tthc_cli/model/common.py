"""Small value types shared by the plan, units and catalogue models."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field


class StrictModel(BaseModel):
    """Base of every file model: unknown keys are errors and YAML's coercions are not accepted."""

    model_config = ConfigDict(extra="forbid", strict=True, validate_default=False)


def _code(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return str(value)
    return value


Code = Annotated[str, BeforeValidator(_code)]
"""A number or code as printed ("01", "9.1", "II"); an unquoted YAML integer is accepted as its digits."""

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _check_partial_date(value: str) -> str:
    m = _PARTIAL_DATE.match(value)
    if not m:
        raise ValueError("ngày phải có dạng YYYY-MM-DD, YYYY-MM hoặc YYYY (ví dụ 2024-02-16)")
    year, month, day = (int(g) if g else None for g in m.groups())
    assert year is not None
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        raise ValueError(f"ngày không tồn tại: {value}") from None
    return value


PartialDate = Annotated[str, AfterValidator(_check_partial_date)]
"""A date that may be known only to the month or year: ``2024-02-16``, ``2024-02`` or ``2024``."""


def partial_date_parts(value: str) -> tuple[int, int | None, int | None]:
    """Split a :data:`PartialDate` into (year, month, day)."""
    m = _PARTIAL_DATE.match(value)
    if not m:
        raise ValueError(value)
    year, month, day = (int(g) if g else None for g in m.groups())
    assert year is not None
    return year, month, day


NonEmptyStr = Annotated[str, Field(min_length=1)]
"""Text that must not be empty."""

Identifier = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9._-]*$")]
"""A stable ASCII id: lower case, digits, '.', '_' and '-'."""
