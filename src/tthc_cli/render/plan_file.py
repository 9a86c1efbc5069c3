"""A plan as rendering needs it: the model, and the names of the units it refers to by id."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tthc_cli.model.plan import Plan
from tthc_cli.workspace import Workspace


@dataclass(frozen=True)
class LoadedPlan:
    """A valid plan and what rendering needs around it."""

    plan: Plan
    path: Path
    unit_names: dict[str, str] = field(default_factory=dict)
    """Printed name of every unit and group id of the units registry (empty when there is none)."""


def load_plan(path: Path, ws: Workspace | None = None) -> LoadedPlan:
    """Read ``path`` through the workspace (found from the current folder when not given); a plan or a
    units registry with errors raises :class:`~tthc_cli.errors.InputError` in one located line."""
    ws = ws or Workspace.open()
    plan = ws.plan(path)
    return LoadedPlan(plan=plan, path=path, unit_names=ws.unit_names(path, plan))
