"""``--format json``: the versioned structure described in docs/due.md."""

from __future__ import annotations

import json
from typing import Any

from tthc_cli.due.assignees import Assignee
from tthc_cli.due.result import SCHEMA, DueReport, TaskInfo


def _task(task: TaskInfo) -> dict[str, Any]:
    return {
        "plan": task.plan_id,
        "file": task.plan_file,
        "key": task.key,
        "stt": task.stt,
        "content": task.content,
        "deadline": task.deadline,
    }


def _unit(a: Assignee) -> dict[str, Any]:
    return {"id": a.id, "name": a.name, "role": a.role}


def render_json(report: DueReport) -> str:
    """The report as indented JSON (dates ISO 8601)."""
    data = {
        "schema": SCHEMA,
        "on": report.on.isoformat(),
        "window": {"start": report.start.isoformat(), "end": report.end.isoformat()},
        "occurrences": [
            {
                "uid": o.uid,
                "status": o.status.value,
                "start": o.start.isoformat(),
                "due": o.due.isoformat(),
                "done_on": o.done_on.isoformat() if o.done_on else None,
                "done_ref": o.done_ref,
                "unit": _unit(o.assignee),
                "task": _task(o.task),
            }
            for o in report.occurrences
        ],
        "apart": [
            {"reasons": list(a.reasons), "units": [_unit(u) for u in a.assignees], "task": _task(a.task)}
            for a in report.apart
        ],
        "notes": report.notes,
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
