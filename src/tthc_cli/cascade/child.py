"""The child plan ``tthc cascade`` writes: the parent's indicators, one row per sub-unit (its ``lead``)."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

from tthc_cli.cascade.derive import Derived
from tthc_cli.model.plan import Plan
from tthc_cli.workspace import Workspace

NEXT_LEVEL = {"tinh": "huyen", "huyen": "xa", "xa": "xa"}
_HEADERS = "STT|Nội dung chỉ tiêu|Đơn vị tính|Chỉ tiêu năm {year}|Cơ quan thực hiện|Cách tính"
COLUMNS = [
    {"key": key, "header": header}
    for key, header in zip(("stt", "content", "measure", "target", "lead", "note"), _HEADERS.split("|"), strict=True)
]
"""The child plan's table: the parent's indicator, the unit it is given to, and how its target was derived."""


def _rel(path: Path, start: Path) -> str:
    return Path(os.path.relpath(path.resolve(), start.resolve())).as_posix()


def _rows(rows: list[Derived], sources: dict[str, str | None]) -> list[dict[str, Any]]:
    groups: dict[str, list[Derived]] = {}
    for r in rows:
        groups.setdefault(r.spec.key, []).append(r)
    items: list[dict[str, Any]] = []
    for n, (key, members) in enumerate(groups.items(), 1):
        spec = members[0].spec
        sub = []
        for k, r in enumerate(members, 1):
            row: dict[str, Any] = {"stt": f"{n}.{k}", "indicator": key, "name": spec.name}
            if sources.get(key):
                row["source"] = sources[key]
            row.update({"measure": spec.unit, "target": r.text, "lead": [r.unit_id], "note": r.why})
            sub.append(row)
        items.append({"stt": str(n), "group": spec.name, "items": sub})
    return items


def child_plan_text(
    ws: Workspace, parent: Plan, parent_path: Path, units_path: Path, out: Path, rows: list[Derived]
) -> str:
    """The child plan as canonical YAML (formatted like ``tthc fmt``)."""
    from tthc_cli.lint.context import PlanContext
    from tthc_cli.load.yaml_loader import load_yaml
    from tthc_cli.review.fmt import format_text, round_trip_yaml

    ctx = PlanContext(str(parent_path), parent_path, load_yaml(""), ws, plan=parent)
    sources: dict[str, str | None] = {}
    for _, ind in ctx.iter_indicators():
        sources.setdefault(ind.indicator, ind.source)
    doc = parent.document
    number = f"{doc.number}/{doc.symbol}" if doc.number else None
    data: dict[str, Any] = {
        "schema_version": 1,
        "id": f"{parent.id}-giao-chi-tieu",
        "year": parent.year,
        "level": NEXT_LEVEL[parent.level],
        "locality": parent.locality,
        "units": _rel(units_path, out.parent),
        "parent": {
            k: v for k, v in {"path": _rel(parent_path, out.parent), "number": number, "date": doc.date}.items() if v
        },
        "document": {
            "kind": "ke-hoach",
            "issuer": doc.issuer.model_dump(exclude_defaults=True),
            "place": doc.place,
            "symbol": doc.symbol,
            "title": f"Giao chỉ tiêu năm {parent.year} cho các cơ quan, đơn vị",
        },
        "appendices": [
            {
                "id": "giao-chi-tieu",
                "title": f"Chỉ tiêu giao cho các cơ quan, đơn vị năm {parent.year}",
                "blocks": [
                    {
                        "table": {
                            "columns": [{**c, "header": c["header"].format(year=parent.year)} for c in COLUMNS],
                            "items": _rows(rows, sources),
                        }
                    }
                ],
            }
        ],
    }
    buf = io.StringIO()
    round_trip_yaml().dump(data, buf)
    head = f"# Chỉ tiêu giao cho từng đơn vị, tạo bởi tthc cascade từ {_rel(parent_path, out.parent)}.\n"
    text = format_text(head + buf.getvalue(), name=str(out))
    Plan.model_validate(load_yaml(text).data)
    return text
