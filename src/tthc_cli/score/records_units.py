"""Naming the units of dossier records after the units registry (``--units units.yaml``)."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from tthc_cli.errors import InputError
from tthc_cli.load.source import read_source
from tthc_cli.load.yaml_loader import load_yaml
from tthc_cli.model.metrics import fold
from tthc_cli.model.units import UnitsFile
from tthc_cli.score.records_fold import METRICS

Table = tuple[tuple[str, dict[str, int]], ...]


def load_units(path: Path) -> UnitsFile:
    """Read and check a ``units.yaml``; any problem is one :class:`InputError` line."""
    loaded = load_yaml(read_source(path, what="--units").text)
    fatal = [issue for issue in loaded.issues if issue.fatal]
    if fatal or not loaded.ok:
        if not fatal:
            raise InputError(f"{path}: không đọc được tệp YAML")
        raise InputError(f"{path}:{fatal[0].line}:{fatal[0].column}: {fatal[0].message}")
    try:
        return UnitsFile.model_validate(loaded.data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InputError(f"{path}: {where}: {first['msg']}") from None


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
    index: dict[str, str] = {}
    for unit in units.units:
        for text in (unit.id, unit.name, *unit.aliases):
            index.setdefault(fold(text), unit.id)
    merged: dict[str, dict[str, int]] = {u.id: dict.fromkeys(METRICS, 0) for u in units.units}
    unknown: dict[str, dict[str, int]] = {}
    for name, values in counts.items():
        uid = index.get(fold(name))
        target = merged[uid] if uid else unknown.setdefault(name, dict.fromkeys(METRICS, 0))
        for metric, value in values.items():
            target[metric] += value
    found = {fold(name) for name in counts}
    seen = {uid for key, uid in index.items() if key in found}
    rows = [(uid, merged[uid]) for uid in merged if uid in seen] + sorted(unknown.items(), key=lambda kv: fold(kv[0]))
    return tuple(rows), tuple(sorted(unknown, key=fold))
