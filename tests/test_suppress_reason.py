"""Suppressions with a reason (``-- lý do`` or ``(lý do)``): the finding is silenced, and the reason travels
with it into the JSON and SARIF outputs, also from the cache; a mistyped ``# tthc:`` comment is reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_tthc
from test_engine import BASE, write_plan
from tthc_cli import codes
from tthc_cli.lint.engine import validate_plan
from tthc_cli.model.config import Config

UNKNOWN = "year: 2024\nfoo: 1"


@pytest.mark.parametrize(
    ("comment", "reason"),
    [
        ("# tthc: disable=TT102 -- trường riêng của văn phòng", "trường riêng của văn phòng"),
        ("# tthc: disable=TT102 (trường riêng của văn phòng)", "trường riêng của văn phòng"),
        ("# tthc: disable=schema.unknown-field — để đối chiếu", "để đối chiếu"),
        ("# tthc: disable=TT102", ""),
    ],
)
def test_the_reason_is_kept_with_the_silenced_finding(tmp_path: Path, comment: str, reason: str) -> None:
    path = write_plan(tmp_path, BASE.replace("year: 2024", f"{UNKNOWN}  {comment}"))
    report = validate_plan(path, Config(root=str(tmp_path)))
    assert [
        d.code for d in report.diagnostics if d.code in (codes.SCHEMA_UNKNOWN_FIELD, codes.SUPPRESSION_UNUSED)
    ] == []
    assert [(d.code, d.line, d.suppressed) for d in report.suppressed] == [(codes.SCHEMA_UNKNOWN_FIELD, 4, reason)]


@pytest.mark.parametrize("comment", ["# tthc: disable=TT102 vì trường riêng", "# tthc: disabel=TT102"])
def test_a_suppression_that_cannot_be_read_is_reported(tmp_path: Path, comment: str) -> None:
    path = write_plan(tmp_path, BASE.replace("year: 2024", f"{UNKNOWN}  {comment}"))
    found = {d.code for d in validate_plan(path, Config(root=str(tmp_path))).diagnostics}
    assert {codes.SCHEMA_UNKNOWN_FIELD, codes.SUPPRESSION_UNUSED} <= found


def test_json_and_sarif_carry_the_reason_also_from_the_cache(tmp_path: Path) -> None:
    comment = "# tthc: disable=TT102 -- trường riêng"
    write_plan(tmp_path, BASE.replace("year: 2024", f"{UNKNOWN}  {comment}"))
    for _run in ("fills the cache", "reads it"):
        doc = json.loads(run_tthc("validate", "-f", "json", "plan.yaml", cwd=tmp_path).out)
        assert [(d["code"], d["reason"]) for d in doc["suppressed"]] == [(codes.SCHEMA_UNKNOWN_FIELD, "trường riêng")]
        assert codes.SCHEMA_UNKNOWN_FIELD not in {d["code"] for d in doc["diagnostics"]}
    sarif = json.loads(run_tthc("validate", "-f", "sarif", "plan.yaml", cwd=tmp_path).out)
    silenced = [r for r in sarif["runs"][0]["results"] if "suppressions" in r]
    assert [(r["ruleId"], r["suppressions"]) for r in silenced] == [
        (codes.SCHEMA_UNKNOWN_FIELD, [{"kind": "inSource", "justification": "trường riêng"}])
    ]
