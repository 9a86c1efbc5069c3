"""Who a task is for: the units of its lead (chủ trì) and support (phối hợp) cells."""

from __future__ import annotations

from dataclasses import dataclass

from tthc_cli.model.plan import Task, UnitCell
from tthc_cli.model.units import UnitsFile
from tthc_cli.units.groups import members
from tthc_cli.units.resolve import UnitResolver, name_key

LEAD = "chủ trì"
SUPPORT = "phối hợp"


@dataclass(frozen=True)
class Assignee:
    """A unit (or a group of units) named in a task's cell; ``id`` is ``None`` for words the registry lacks."""

    id: str | None
    name: str
    role: str
    """:data:`LEAD` or :data:`SUPPORT`."""


class Assignees:
    """Reads the unit cells of tasks against one units registry (or none: the words are the unit)."""

    def __init__(self, registry: UnitsFile | None) -> None:
        self.registry = registry
        self.resolver = UnitResolver(registry) if registry is not None else None
        self.names = {u.id: u.name for u in registry.units} if registry else {}
        if registry:
            self.names.update({g.id: g.name for g in registry.groups})

    def of(self, task: Task) -> list[Assignee]:
        """Lead units first, then supporting ones, each unit once (a lead is not also listed as support)."""
        out: list[Assignee] = []
        for cell, role in ((task.lead or task.executors, LEAD), (task.support, SUPPORT)):
            for uid, name in self._cell(cell):
                if all((a.id or a.name) != (uid or name) for a in out):
                    out.append(Assignee(uid, name, role))
        return out

    def _cell(self, cell: UnitCell | None) -> list[tuple[str | None, str]]:
        if cell is None:
            return []
        found: list[tuple[str | None, str]] = [(u, self.names.get(u, u)) for u in cell.units]
        if cell.text and self.resolver is not None:
            res = self.resolver.resolve(cell.text)
            found += [(u, self.names.get(u, u)) for u in res.ids]
            found += [(None, x.text) for x in res.unknown]
        elif cell.text:
            found.append((None, " ".join(cell.text.split())))
        return found

    def matches(self, assignee: Assignee, wanted: str) -> bool:
        """Whether ``--unit wanted`` (an id or a name) selects this assignee (a group holds its members)."""
        key = name_key(wanted)
        if name_key(assignee.name) == key or (assignee.id is not None and assignee.id == wanted):
            return True
        if assignee.id is None or self.resolver is None:
            return False
        target = self.resolver.lookup(wanted) or wanted
        return target in members(self.registry, assignee.id)
