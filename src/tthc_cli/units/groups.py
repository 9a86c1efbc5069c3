"""What a group of the units registry stands for."""

from __future__ import annotations

from tthc_cli.model.units import UnitsFile


def members(registry: UnitsFile | None, uid: str) -> frozenset[str]:
    """The ids a unit or group id stands for: itself, and for a group its listed members and the units of its
    kinds (one level: a group listed as a member stands for itself)."""
    if registry is None:
        return frozenset({uid})
    for g in registry.groups:
        if g.id == uid:
            return frozenset({uid, *g.members, *(u.id for u in registry.units if u.kind in g.kinds)})
    return frozenset({uid})
