"""``--format json``: the versioned structure described in docs/score-json.md."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from tthc_cli.report.score_common import AREA_NAME, counts_summary, row_units
from tthc_cli.score.result import AREA, SCHEMA, Cell, IndexResult, PeriodResult, ScoreReport
from tthc_cli.text.escape import json_text


def _n(value: Decimal | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() and value.as_tuple().exponent == 0 else float(value)


def _cell(cell: Cell) -> dict[str, Any]:
    return {
        "value": _n(cell.value),
        "status": cell.status.value,
        "gap": _n(cell.gap),
        "needed": cell.needed,
        "numerator": _n(cell.numerator),
        "denominator": _n(cell.denominator),
        "missing": list(cell.missing),
        "zero_division": cell.zero_division,
        "previous": _n(cell.previous),
        "change": _n(cell.change),
    }


def _period(report: ScoreReport, result: PeriodResult, kind: str) -> dict[str, Any]:
    cells = []
    units = row_units(report)
    for spec, row in zip(report.indicators, result.cells, strict=True):
        for unit in units:
            if unit not in row:
                continue
            cell = row[unit]
            cells.append({"indicator": spec.key, "stt": spec.no, "unit": unit, **_cell(cell)})
    return {"period": result.period, "kind": kind, "cells": cells}


def _index(result: IndexResult) -> dict[str, Any]:
    return {
        "unit": result.unit,
        "total": _n(result.total),
        "band": result.band,
        "band_confirmed": result.band_confirmed,
        "complete": result.complete,
        "status": "day-du" if result.complete else "chua-du-du-lieu",
        "lacking": list(result.lacking),
        "groups": [
            {
                "id": g.id,
                "name": g.name,
                "max_points": _n(g.max_points),
                "points": _n(g.points),
                "criteria": [
                    {
                        "id": c.id,
                        "name": c.name,
                        "max_points": _n(c.max_points),
                        "ratio": _n(c.ratio),
                        "points": _n(c.points),
                        "lacking": list(c.lacking),
                        "confirmed": c.confirmed,
                    }
                    for c in g.criteria
                ],
            }
            for g in result.groups
        ],
    }


def _posix(path: str) -> str:
    """A path with forward slashes on every system, so that the JSON reads the same on Windows."""
    return Path(path).as_posix() if path else path


def score_to_data(report: ScoreReport) -> dict[str, Any]:
    """The report as plain data (see docs/score-json.md)."""
    results = [_period(report, p, "period") for p in report.periods]
    shown = set(row_units(report))
    if report.ytd is not None:
        results.append(_period(report, report.ytd, "ytd"))
    return {
        "schema": SCHEMA,
        "plan": {"id": report.plan_id, "file": _posix(report.plan_file), "locality": report.locality},
        "counts_files": [_posix(f) for f in report.counts_files],
        "periods": [p.period for p in report.periods],
        "latest_period": report.latest.period if report.latest else None,
        "indicators": [
            {
                "key": s.key,
                "name": s.name,
                "stt": s.no,
                "formula": s.formula,
                "formula_origin": s.formula_origin,
                "unit": s.unit,
                "precision": s.precision,
                "lead": s.lead,
                "assignees": None if s.assignees is None else sorted(s.assignees),
                "target": None
                if s.target is None
                else {"text": s.target.text, "op": s.target.op, "threshold": s.target.threshold},
            }
            for s in report.indicators
        ],
        "units": [{"id": u.id, "name": u.name} for u in report.units] + [{"id": AREA, "name": AREA_NAME}],
        "results": results,
        "index766": [_index(r) for r in report.index766 if r.unit in shown],
        "summary": counts_summary(report),
        "findings": [
            {
                "code": d.code,
                "name": d.name,
                "severity": d.severity.value,
                "message": d.message,
                "file": _posix(d.file),
                "line": d.line,
                "column": d.column,
                "hint": d.hint,
            }
            for d in report.findings
        ],
    }


def _dumps(value: Any, depth: int, pad: str = "") -> str:
    """Indented to ``depth`` levels, one line per value below it: readable, and fast for large reports (the
    standard library encodes without indentation in C)."""
    if depth == 0 or not isinstance(value, (dict, list)) or not value:
        return json.dumps(value, ensure_ascii=False)
    inner = pad + "  "
    if isinstance(value, dict):
        items = [f"{inner}{json.dumps(k, ensure_ascii=False)}: {_dumps(v, depth - 1, inner)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    items = [inner + _dumps(v, depth - 1, inner) for v in value]
    return "[\n" + ",\n".join(items) + "\n" + pad + "]"


def render_json(report: ScoreReport) -> str:
    """The JSON text: indented down to the cells, each cell on one line; UTF-8 characters kept."""
    return json_text(_dumps(score_to_data(report), 4)) + "\n"
