"""The JSON output of ``tthc validate`` (versioned; documented in docs/validate-json.md)."""

from __future__ import annotations

import json
from typing import Any

from tthc_cli import __version__
from tthc_cli.findings import Diagnostic, Report, Severity
from tthc_cli.text.escape import json_text

JSON_VERSION = 1


def diagnostic_dict(d: Diagnostic) -> dict[str, Any]:
    """One finding as a JSON-ready mapping."""
    return {
        "file": d.file,
        "line": d.line,
        "column": d.column,
        "code": d.code,
        "name": d.name,
        "severity": d.severity.value,
        "message": d.message,
        "hint": d.hint,
        "path": d.path_text,
    }


def to_json(report: Report) -> str:
    """The whole report as a JSON document."""
    doc = {
        "version": JSON_VERSION,
        "tool": {"name": "tthc", "version": __version__},
        "files": report.files,
        "failures": report.failures,
        "summary": {s.value: report.count(s) for s in Severity},
        "diagnostics": [diagnostic_dict(d) for d in report.diagnostics],
        "suppressed": [{**diagnostic_dict(d), "reason": d.suppressed} for d in report.suppressed],
    }
    return json_text(json.dumps(doc, ensure_ascii=False, indent=2))
