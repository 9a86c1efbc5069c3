"""Naming the units of dossier records after the units registry (``--units units.yaml``)."""

from __future__ import annotations

from tthc_cli.model.units import UnitsFile
from tthc_cli.records.fold import METRICS
from tthc_cli.text.normalize import fold
from tthc_cli.units.match import UnitMatcher

Table = tuple[tuple[str, dict[str, int]], ...]


def assign_units(counts: dict[str, dict[str, int]], units: UnitsFile | None) -> tuple[Table, tuple[str, ...]]:
    """Rows in output order and the unit names the registry does not know.

    Without a registry the units are the names found in the records, sorted. With one, a name, an alias or
    an id (compared after NFC, case folding and collapsing spaces) becomes the unit's id; counts of
    spellings of the same unit are added up; the units found come in the registry's order, followed by the
    unknown names, kept as they are. Units of the registry without records get no row: a registry also
    lists people and bodies that never receive a hồ sơ.
    """
    if units is None:
        return tuple(sorted(counts.items(), key=lambda kv: fold(kv[0]))), ()
    matcher = UnitMatcher(units)
    merged: dict[str, dict[str, int]] = {u.id: dict.fromkeys(METRICS, 0) for u in units.units}
    unknown: dict[str, dict[str, int]] = {}
    for name, values in counts.items():
        uid = matcher.unit_id(name)
        target = merged[uid] if uid else unknown.setdefault(name, dict.fromkeys(METRICS, 0))
        for metric, value in values.items():
            target[metric] += value
    seen = {uid for uid in map(matcher.unit_id, counts) if uid is not None}
    rows = [(uid, merged[uid]) for uid in merged if uid in seen] + sorted(unknown.items(), key=lambda kv: fold(kv[0]))
    return tuple(rows), tuple(sorted(unknown, key=fold))
