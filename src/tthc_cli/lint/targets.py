"""What the target rules (TT601–TT604) share: every target with its row, and the parent plan."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tthc_cli.errors import InputError
from tthc_cli.findings import YamlPath
from tthc_cli.lint.context import PlanContext
from tthc_cli.load.plan_paths import plan_named_path
from tthc_cli.load.yaml_loader import load_yaml
from tthc_cli.model.plan import Indicator, Plan, Task, UnitCell
from tthc_cli.model.target import Target
from tthc_cli.units.groups import members
from tthc_cli.units.resolve import name_key

HIGHER_IS_BETTER = frozenset({">=", ">", "band"})
LOWER_IS_BETTER = frozenset({"<=", "<"})


@dataclass(frozen=True)
class TargetRef:
    """A target with the row (task or indicator) it belongs to."""

    path: YamlPath
    """Path of the ``target`` value."""
    row: Task | Indicator

    @property
    def target(self) -> Target:
        """The row's target (never ``None`` for a :class:`TargetRef`)."""
        assert self.row.target is not None
        return self.row.target


def iter_targets(ctx: PlanContext) -> Iterator[TargetRef]:
    """Every target of the plan: table rows and indicators stated in a block, in document order."""
    for ref in ctx.iter_rows():
        if isinstance(ref.row, (Task, Indicator)) and ref.row.target is not None:
            yield TargetRef((*ref.path, "target"), ref.row)
    for path, ind in ctx.iter_indicators():
        if path[-1] == "indicator" and ind.target is not None:
            yield TargetRef((*path, "target"), ind)


def is_percent(ref: TargetRef) -> bool:
    """Whether the target is a percentage: "%" as its measure or in its words, or a "Tỷ lệ …" indicator."""
    row, target = ref.row, ref.target
    if (row.measure and "%" in row.measure) or "%" in target.text:
        return True
    if target.unit:
        return False
    return isinstance(row, Indicator) and row.name.casefold().lstrip("- ").startswith("tỷ lệ") and not row.measure


def fmt(value: float | None) -> str:
    """A number the Vietnamese way: 45, 60,5."""
    if value is None:
        return "?"
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def lead_ids(ctx: PlanContext, cell: UnitCell | None) -> tuple[str, ...]:
    """The unit ids a lead cell names (sorted), or its words in comparison form when it names none."""
    from tthc_cli.lint.rules.ref_unknown_unit import resolver

    if cell is None:
        return ()
    res = resolver(ctx)
    ids = list(cell.units)
    if cell.text and res is not None:
        ids += res.resolve(cell.text).ids
    if ids:
        return tuple(sorted(set(ids)))
    return (name_key(cell.text or ""),)


def covered(ctx: PlanContext, row: Task | Indicator) -> frozenset[str]:
    """Every unit the row's lead stands for (a group's members included)."""
    out: set[str] = set()
    for uid in lead_ids(ctx, row.lead or row.executors):
        out |= members(ctx.units, uid)
    return frozenset(out)


_PARENT = "targets.parent"


def parent_plan(ctx: PlanContext) -> tuple[Plan | None, Path | None, str | None]:
    """The parent plan named by ``parent.path``: (plan, path, problem); all ``None`` when there is none."""
    if _PARENT not in ctx.extra:
        ctx.extra[_PARENT] = _load_parent(ctx)
    result: tuple[Plan | None, Path | None, str | None] = ctx.extra[_PARENT]
    return result


def _load_parent(ctx: PlanContext) -> tuple[Plan | None, Path | None, str | None]:
    if ctx.plan is None or ctx.plan.parent is None or not ctx.plan.parent.path:
        return None, None, None
    path = (ctx.plan_dir / ctx.plan.parent.path).resolve()
    try:
        path = plan_named_path(ctx.path, ctx.plan.parent.path, ctx.config, "parent.path")
        return ctx.workspace.require(path, Plan, named_by="parent.path"), path, None
    except InputError as exc:
        return None, path, str(exc)


def parent_context(ctx: PlanContext, plan: Plan, path: Path) -> PlanContext:
    """A context over the parent plan, so that its indicators can be walked like this plan's."""
    return PlanContext(file=str(path), path=path, loaded=load_yaml(""), workspace=ctx.workspace, plan=plan)
