"""Reading the plans ``tthc due`` lists: each plan with its units registry and its task rows."""

from __future__ import annotations

from pathlib import Path

from tthc_cli.due.collect import PlanTasks
from tthc_cli.lint.context import PlanContext, RowRef
from tthc_cli.load.yaml_loader import load_yaml
from tthc_cli.model.plan import Task
from tthc_cli.workspace import Workspace


def _stt(ref: RowRef) -> str:
    """The numbers of the block, sections, group and row: "7.1", "2.II.7"."""
    block = ref.block.stt if ref.block else None
    parts = [block, *(s.stt for s in ref.sections), ref.parent_group.stt if ref.parent_group else None, ref.row.stt]
    return ".".join(p.strip().rstrip(".") for p in parts if p and p.strip())


def load_plan_tasks(path: Path, ws: Workspace) -> PlanTasks:
    """The plan at ``path`` (an invalid plan is an :class:`~tthc_cli.errors.InputError`) and its tasks."""
    plan = ws.plan(path)
    ctx = PlanContext(file=str(path), path=path, loaded=load_yaml(""), workspace=ws, plan=plan)
    tasks = [(_stt(ref), ref.row) for ref in ctx.iter_rows() if isinstance(ref.row, Task)]
    return PlanTasks(plan, path.as_posix(), ws.units(path, plan.units), tasks)
