"""SARIF 2.1.0 output, for code-scanning tools."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tthc_cli import REPOSITORY_URL, __version__
from tthc_cli.findings import Report, Severity
from tthc_cli.lint.registry import all_rules
from tthc_cli.text.escape import json_text

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def to_sarif(report: Report) -> str:
    """The report as a SARIF 2.1.0 log with one run."""
    rules = all_rules()
    index = {r.code: i for i, r in enumerate(rules)}
    driver: dict[str, Any] = {
        "name": "tthc",
        "version": __version__,
        "informationUri": REPOSITORY_URL,
        "rules": [
            {
                "id": r.code,
                "name": r.name,
                "shortDescription": {"text": r.summary},
                "fullDescription": {"text": r.doc.strip()},
                "help": {"text": r.doc.strip()},
                "defaultConfiguration": {"level": _LEVEL[r.severity]},
            }
            for r in rules
        ],
    }
    results = []
    for d in [*report.diagnostics, *report.suppressed]:
        result: dict[str, Any] = {
            "ruleId": d.code,
            "level": _LEVEL[d.severity],
            "message": {"text": d.message + (f" (gợi ý: {d.hint})" if d.hint else "")},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": Path(d.file).as_posix()},
                        "region": {"startLine": d.line, "startColumn": d.column},
                    },
                    "logicalLocations": [{"fullyQualifiedName": d.path_text}] if d.path else [],
                }
            ],
        }
        if d.code in index:
            result["ruleIndex"] = index[d.code]
        if d.suppressed is not None:  # code-scanning tools show it as dismissed in the source, with the reason
            result["suppressions"] = [{"kind": "inSource", **({"justification": d.suppressed} if d.suppressed else {})}]
        results.append(result)
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": driver},
                "invocations": [_invocation(report)],
                "results": results,
                "columnKind": "unicodeCodePoints",
            }
        ],
    }
    return json_text(json.dumps(log, ensure_ascii=False, indent=2))


def _invocation(report: Report) -> dict[str, Any]:
    """The run itself: unsuccessful, with one notification per file that could not be read."""
    failures = [{"level": "error", "message": {"text": f}} for f in report.failures]
    return {"executionSuccessful": not report.failures, "toolExecutionNotifications": failures}
