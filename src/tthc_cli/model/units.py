"""The units registry (``units.yaml``): an office's units and the named groups plans refer to."""

from __future__ import annotations

from collections import Counter
from typing import Literal

from pydantic import Field, model_validator

from tthc_cli.model.common import Identifier, NonEmptyStr, StrictModel

UnitKind = Literal["ubnd", "phong-ban", "xa", "thi-tran", "bo-phan", "cong-chuc", "khac"]
"""ubnd: the People's Committee itself; phong-ban: a department; xa / thi-tran: a commune or town;
bo-phan: a section such as the one-stop desk; cong-chuc: a commune's officer; khac: any other body."""


class Unit(StrictModel):
    """One unit: a department, a commune, a section, or another body named in plans."""

    id: Identifier
    name: NonEmptyStr
    """The name as usually printed."""
    kind: UnitKind
    aliases: list[NonEmptyStr] = Field(default_factory=list)
    """Other spellings found in plans ("Văn phòng HĐND&UBND huyện", "VP HĐND và UBND huyện")."""


class UnitGroup(StrictModel):
    """A named group ("UBND các xã, thị trấn", "Các ngành huyện"): listed members or all units of kinds."""

    id: Identifier
    name: NonEmptyStr
    members: list[Identifier] = Field(default_factory=list)
    kinds: list[UnitKind] = Field(default_factory=list)
    """Every unit of these kinds belongs to the group."""
    aliases: list[NonEmptyStr] = Field(default_factory=list)


class UnitsFile(StrictModel):
    """The ``units.yaml`` file."""

    schema_version: Literal[1] = 1
    locality: str | None = None
    """The area, e.g. "huyện Tri Tôn"."""
    units: list[Unit] = Field(default_factory=list)
    groups: list[UnitGroup] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique_ids(self) -> UnitsFile:
        ids = [u.id for u in self.units] + [g.id for g in self.groups]
        dupes = sorted(i for i, n in Counter(ids).items() if n > 1)
        if dupes:
            raise ValueError(f"id bị lặp: {', '.join(dupes)}")
        known = set(ids)
        for g in self.groups:
            missing = [m for m in g.members if m not in known]
            if missing:
                raise ValueError(f"nhóm '{g.id}' có thành viên không tồn tại: {', '.join(missing)}")
        return self
