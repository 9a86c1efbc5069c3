"""Whom an indicator row assigns its target to: the units its ``lead`` names, or the whole area.

A quyết định giao chỉ tiêu gives one indicator different targets for different assignees ("các phòng, ban
cấp huyện: 95%", "UBND cấp xã: 80%"). The lead cell is read through the units registry
(:class:`~tthc_cli.units.resolve.UnitResolver`); a group stands for its members and the units of its kinds
(:func:`~tthc_cli.units.groups.members`), so a level ("UBND cấp xã", "các cơ quan cấp huyện") is a group of
the registry. A row applies to the whole area when its lead names no one the registry knows, when it says
so ("toàn huyện", "tất cả các đơn vị"), or when it names the area's People's Committee itself (kind
``ubnd``: the UBND answers for its whole area).
"""

from __future__ import annotations

import re

from tthc_cli.model.plan import Indicator
from tthc_cli.model.units import UnitsFile
from tthc_cli.text.normalize import fold
from tthc_cli.units.groups import members
from tthc_cli.units.resolve import UnitResolver

_WHOLE_AREA = re.compile(
    r"(?<!\w)(toàn (tỉnh|thành phố|thị xã|huyện|quận|xã|phường|thị trấn|địa bàn)|tất cả các (đơn vị|cơ quan))(?!\w)"
)


def says_whole_area(text: str) -> bool:
    """Whether the words of a cell give the target to the whole area ("Toàn huyện", "Tất cả các đơn vị")."""
    return _WHOLE_AREA.search(fold(text)) is not None


class AssigneeReader:
    """Reads indicator rows' lead cells against one units registry (or none: every row is area-wide)."""

    def __init__(self, registry: UnitsFile | None) -> None:
        self.registry = registry
        self.resolver = UnitResolver(registry) if registry is not None else None
        self._ubnd = frozenset(u.id for u in registry.units if u.kind == "ubnd") if registry else frozenset()

    def of(self, row: Indicator) -> frozenset[str] | None:
        """The unit ids the row's target applies to; ``None`` for the whole area."""
        cell = row.lead or row.executors
        if cell is None or self.registry is None:
            return None
        named = list(cell.units)
        if cell.text:
            if says_whole_area(cell.text):
                return None
            if self.resolver is not None:
                named += self.resolver.resolve(cell.text).ids
        if not named or any(uid in self._ubnd for uid in named):
            return None
        out: set[str] = set()
        for uid in named:
            out |= members(self.registry, uid)
        return frozenset(out)
