"""The QĐ 766/QĐ-TTg index as data: groups, criteria, weights, thresholds and bands, each with its source.

The shipped file is ``tthc_cli/data/index766.yaml``; entries not confirmed against the decision's text are
marked ``confirmed: false`` and reports say so.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tthc_cli.model.common import Identifier, NonEmptyStr, StrictModel


class Criterion(StrictModel):
    """A criterion: a ratio over metrics turned into points."""

    id: Identifier
    name: NonEmptyStr
    points: float = Field(gt=0)
    """The criterion's maximum points."""
    formula: NonEmptyStr
    """The ratio, in percent, over metric ids."""
    scoring: Literal["linear", "threshold"] = "linear"
    """``linear``: points = ratio / 100 × max; ``threshold``: full points at or above ``threshold``, else
    ratio / threshold × max."""
    threshold: float | None = Field(default=None, gt=0, le=100)
    threshold_source: str = ""
    confirmed: bool = False
    """Whether the weight and formula were checked against the text of the decision."""


class IndexGroup(StrictModel):
    """A group of criteria with its total points."""

    id: Identifier
    name: NonEmptyStr
    points: float = Field(gt=0)
    source: str = ""
    criteria: list[Criterion] = Field(default_factory=list)


class Band(StrictModel):
    """A classification band: ``min`` ≤ total < ``max``."""

    id: Identifier
    name: NonEmptyStr
    min: float
    max: float | None = None
    confirmed: bool = False
    source: str = ""


class Index766(StrictModel):
    """The ``index766.yaml`` file."""

    schema_version: Literal[1] = 1
    name: NonEmptyStr
    source: str = ""
    total: float = 100
    groups: list[IndexGroup] = Field(default_factory=list)
    bands: list[Band] = Field(default_factory=list)
