"""From plans to a :class:`DueReport`: each task's due dates per unit, matched with its ``done`` records."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from tthc_cli.due.assignees import LEAD, Assignee, Assignees
from tthc_cli.due.occurrences import Slot, schedule
from tthc_cli.due.result import ApartTask, DueReport, DueStatus, Occurrence, TaskInfo
from tthc_cli.model.plan import Plan, Task
from tthc_cli.model.progress import Done
from tthc_cli.model.units import UnitsFile


@dataclass(frozen=True)
class DueQuery:
    """What to list: the reference date, the window of due dates, the units wanted."""

    on: dt.date
    start: dt.date
    end: dt.date
    units: tuple[str, ...] = ()
    every: bool = False
    """List every due date of the year, not only those of the window (a calendar wants them all)."""


@dataclass(frozen=True)
class PlanTasks:
    """A plan with its units registry and every task row in document order (with its numbers)."""

    plan: Plan
    plan_file: str
    registry: UnitsFile | None
    tasks: list[tuple[str, Task]]


def _info(pt: PlanTasks, stt: str, task: Task) -> TaskInfo:
    key = task.id or hashlib.sha1(" ".join(task.content.split()).encode("utf-8")).hexdigest()[:12]
    deadline = " ".join((task.deadline or "").split()) or "—"
    return TaskInfo(pt.plan.id, pt.plan_file, key, stt, " ".join(task.content.split()), deadline)


def _answers(record: Done, who: Assignee) -> bool:
    return not record.units or (who.id is not None and who.id in record.units)


def _match(
    slots: tuple[Slot, ...], records: list[Done], who: Assignee, on: dt.date
) -> tuple[dict[int, Done], list[Done]]:
    """Which slot each record answers: the one it names, else the earliest still open; and the leftovers."""
    taken: dict[int, Done] = {}
    left: list[Done] = []
    mine = [r for r in records if _answers(r, who) and r.day <= on]
    for record in sorted(mine, key=lambda r: (r.due_day is None, r.day)):
        want = record.due_day
        free = [i for i, s in enumerate(slots) if i not in taken and (want is None or s.due == want)]
        if free:
            taken[free[0]] = record
        else:
            left.append(record)
    return taken, left


def _strangers(pt: PlanTasks, info: TaskInfo, task: Task, assigned: list[Assignee]) -> list[str]:
    """Remarks for records naming units the task is not assigned to (they would otherwise count for nobody)."""
    ids = {a.id for a in assigned if a.id}
    out = []
    for record in task.done:
        odd = [u for u in record.units if u not in ids]
        if odd:
            out.append(
                f"{pt.plan_file}: nhiệm vụ {info.stt}: bản ghi 'done' ngày {record.date} nêu đơn vị không được giao "
                f"nhiệm vụ này: {', '.join(odd)}"
            )
    return out


def _status(slot: Slot, done: Done | None, query: DueQuery) -> DueStatus:
    if done is not None:
        return DueStatus.DONE
    if slot.due < query.on:
        return DueStatus.OVERDUE
    return DueStatus.DUE if slot.due <= query.end else DueStatus.LATER


def _listed(slot: Slot, status: DueStatus, query: DueQuery) -> bool:
    if query.every or status is DueStatus.OVERDUE:
        return True
    return query.start <= slot.due <= query.end


def collect(plans: list[PlanTasks], query: DueQuery) -> DueReport:
    """Every occurrence in the window (and every one overdue before it), and the tasks listed apart."""
    occurrences: list[Occurrence] = []
    apart: list[ApartTask] = []
    notes: list[str] = []
    for pt in plans:
        units = Assignees(pt.registry)
        for stt, task in pt.tasks:
            info = _info(pt, stt, task)
            nobody = task.assignment.text if task.assignment else "(chưa giao đơn vị)"
            who = units.of(task) or [Assignee(None, nobody, LEAD)]
            if query.units:
                who = [a for a in who if any(units.matches(a, u) for u in query.units)]
                if not who:
                    continue
            notes += _strangers(pt, info, task, units.of(task))
            plan_of = schedule(task.deadline, pt.plan.year)
            if plan_of.apart:
                apart.append(ApartTask(info, tuple(who), plan_of.apart))
            for person in who:
                taken, left = _match(plan_of.slots, task.done, person, query.on)
                for record in left:
                    notes.append(
                        f"{pt.plan_file}: nhiệm vụ {info.stt}: bản ghi 'done' ngày {record.date} không ứng với hạn "
                        f"nào còn mở của {person.name}"
                    )
                for i, slot in enumerate(plan_of.slots):
                    rec = taken.get(i)
                    status = _status(slot, rec, query)
                    if _listed(slot, status, query):
                        day, ref = (rec.day, rec.ref) if rec else (None, None)
                        occurrences.append(Occurrence(info, person, slot.start, slot.due, status, day, ref))
    occurrences.sort(key=lambda o: (o.due, o.task.plan_id, o.task.stt, o.assignee.name))
    return DueReport(query.on, query.start, query.end, occurrences, apart, list(dict.fromkeys(notes)))
