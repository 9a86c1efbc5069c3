"""The one matcher of a unit's name as written in counts and records (an id, a name or an alias).

Names are compared by :func:`tthc_cli.text.normalize.fold`: tone placement, "Ð" for "Đ", invisible
characters, case and spaces do not matter. Printed cells naming several units are read by
:class:`tthc_cli.units.resolve.UnitResolver`, which uses the same key.
"""

from __future__ import annotations

import difflib
import re

from tthc_cli.model.units import UnitsFile
from tthc_cli.text.normalize import fold


def _slug(text: str) -> str:
    return re.sub(r"\s+", "-", fold(text))


class UnitMatcher:
    """Finds a unit by id, name or alias; without a registry every name is a unit of its own."""

    def __init__(self, units: UnitsFile | None) -> None:
        self.registry = units
        self.names: dict[str, str] = {}
        self.index: dict[str, str] = {}
        self.groups: dict[str, str] = {}
        if units is None:
            return
        for u in units.units:
            self.names[u.id] = u.name
            for text in (u.id, u.name, *u.aliases):
                self.index.setdefault(fold(text), u.id)
        for g in units.groups:
            for text in (g.id, g.name, *g.aliases):
                self.groups.setdefault(fold(text), g.name)

    def unit_id(self, text: str) -> str | None:
        """The id of the unit a name, alias or id stands for (``None`` for an unknown name or no registry)."""
        return self.index.get(fold(text))

    def match(self, text: str) -> tuple[str, str] | None:
        """(unit id, unit name) for a cell's text, or ``None``."""
        key = fold(text)
        if self.registry is None:
            return (_slug(text), " ".join(text.split())) if key else None
        uid = self.index.get(key)
        return (uid, self.names[uid]) if uid else None

    def hint(self, text: str) -> str:
        """A "did you mean" hint for an unknown unit name."""
        key = fold(text)
        if key in self.groups:
            return f"'{self.groups[key]}' là một nhóm đơn vị; hãy ghi số liệu của từng đơn vị"
        close = difflib.get_close_matches(key, list(self.index), n=3, cutoff=0.6)
        names = list(dict.fromkeys(self.names[self.index[c]] for c in close))
        if names:
            return "có phải: " + ", ".join(f"'{n}'" for n in names) + "?"
        return "thêm đơn vị (hoặc bí danh) vào units.yaml"
