"""Loading a plan file for rendering: the model, and the names of the units it refers to by id."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from tthc_cli.errors import InputError
from tthc_cli.load.config import load_config
from tthc_cli.load.plan_paths import plan_named_path
from tthc_cli.load.source import read_source
from tthc_cli.load.yaml_loader import load_yaml
from tthc_cli.model.plan import Plan
from tthc_cli.model.units import UnitsFile


@dataclass(frozen=True)
class LoadedPlan:
    """A valid plan and what rendering needs around it."""

    plan: Plan
    path: Path
    unit_names: dict[str, str] = field(default_factory=dict)
    """Printed name of every unit and group id of the units registry (empty when there is none)."""


def _invalid(path: Path) -> InputError:
    return InputError(f"{path}: kế hoạch có lỗi, chạy tthc validate {path}")


def load_plan(path: Path) -> LoadedPlan:
    """Read and validate ``path``; raises :class:`InputError` in one line when it is not a valid plan."""
    source = read_source(path)
    loaded = load_yaml(source.text)
    if not loaded.ok or any(i.fatal for i in loaded.issues) or not isinstance(loaded.data, dict):
        raise _invalid(path)
    try:
        plan = Plan.model_validate(loaded.data)
    except ValidationError:
        raise _invalid(path) from None
    return LoadedPlan(plan=plan, path=path, unit_names=_unit_names(path, plan))


def _units_path(path: Path, plan: Plan) -> Path | None:
    if plan.units:
        try:
            candidate = plan_named_path(path, plan.units, load_config(start=path.parent), "units")
        except InputError:
            return None  # ids print as ids; `tthc validate` says why the registry is refused
        return candidate if candidate.is_file() else None
    for folder in [path.resolve().parent, *path.resolve().parents]:
        candidate = folder / "units.yaml"
        if candidate.is_file():
            return candidate
        if (folder / ".git").exists():
            break
    return None


def _unit_names(path: Path, plan: Plan) -> dict[str, str]:
    """Names by id from the units registry; a missing or invalid registry only means ids print as ids."""
    units_path = _units_path(path, plan)
    if units_path is None:
        return {}
    try:
        loaded = load_yaml(read_source(units_path).text)
        units = UnitsFile.model_validate(loaded.data)
    except (InputError, ValidationError):
        return {}
    names = {u.id: u.name for u in units.units}
    names.update({g.id: g.name for g in units.groups})
    return names
