"""Reporters of ``tthc validate``: golden text, JSON and GitHub output; valid JSON and SARIF."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from conftest import DATA, ROOT, check_golden, run_tthc

BAD = "tests/data/core/bad_plan.yaml"
GOLDEN = ROOT / "tests" / "golden" / "validate"


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_golden_output(fmt: str) -> None:
    result = run_tthc("validate", "--format", fmt, BAD)
    assert result.code == 1
    assert "Traceback" not in result.err
    check_golden(GOLDEN / f"bad_plan.{fmt}.txt", result.out)


def test_json_carries_line_and_column() -> None:
    doc = json.loads(run_tthc("validate", "-f", "json", BAD).out)
    assert doc["version"] == 1 and doc["summary"]["error"] >= 5
    for d in doc["diagnostics"]:
        assert d["line"] >= 1 and d["column"] >= 1 and d["file"] == BAD
        assert d["code"].startswith("TT") and d["severity"] in ("error", "warning", "info")


# The parts of SARIF 2.1.0 that consumers (GitHub code scanning) require, as a schema.
SARIF_SUBSET = {
    "type": "object",
    "required": ["version", "runs", "$schema"],
    "properties": {
        "version": {"const": "2.1.0"},
        "runs": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["tool", "results"],
                "properties": {
                    "tool": {
                        "type": "object",
                        "required": ["driver"],
                        "properties": {
                            "driver": {
                                "type": "object",
                                "required": ["name", "rules"],
                                "properties": {
                                    "rules": {
                                        "type": "array",
                                        "items": {"type": "object", "required": ["id", "shortDescription"]},
                                    }
                                },
                            }
                        },
                    },
                    "results": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["ruleId", "level", "message", "locations"],
                            "properties": {
                                "level": {"enum": ["none", "note", "warning", "error"]},
                                "message": {"type": "object", "required": ["text"]},
                                "locations": {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "required": ["physicalLocation"],
                                        "properties": {
                                            "physicalLocation": {
                                                "type": "object",
                                                "required": ["artifactLocation", "region"],
                                                "properties": {
                                                    "region": {
                                                        "type": "object",
                                                        "required": ["startLine", "startColumn"],
                                                        "properties": {
                                                            "startLine": {"type": "integer", "minimum": 1},
                                                            "startColumn": {"type": "integer", "minimum": 1},
                                                        },
                                                    }
                                                },
                                            }
                                        },
                                    },
                                },
                            },
                        },
                    },
                },
            },
        },
    },
}


def test_sarif_is_valid_and_located() -> None:
    result = run_tthc("validate", "-f", "sarif", BAD)
    log = json.loads(result.out)
    jsonschema.validate(log, SARIF_SUBSET)
    results = log["runs"][0]["results"]
    rule_ids = {r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]}
    assert results and all(r["ruleId"] in rule_ids for r in results)
    assert {r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in results} >= {2, 13, 29}


def test_github_summary_and_auto_format(tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    result = run_tthc("validate", BAD, env={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)})
    assert result.out.startswith("::error file=tests/data/core/bad_plan.yaml,line=")
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("## tthc validate") and "| `tests/data/core/bad_plan.yaml:2:5` |" in text


def test_github_escapes_newlines_and_commas() -> None:
    from tthc_cli.findings import Diagnostic, Report, Severity
    from tthc_cli.report.lint_github import annotation_lines

    d = Diagnostic("TT702", "text.doubled-word", Severity.WARNING, "a\nb 100%", "x,y:z.yaml", 1, 2)
    (line,) = annotation_lines(Report(diagnostics=[d], files=["x"]))
    assert line == "::warning file=x%2Cy%3Az.yaml,line=1,col=2,title=TT702 text.doubled-word::a%0Ab 100%25"


def test_text_output_has_no_colour_when_piped() -> None:
    result = run_tthc("validate", str(DATA / "core" / "plan.yaml"), env={"NO_COLOR": ""})
    assert "\x1b[" not in result.out and result.code == 0
