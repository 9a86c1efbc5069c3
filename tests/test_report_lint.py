"""A báo cáo file (``render report --report``) is told apart by its content and linted like a plan: its
schema, then the rules that read text and citations."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import ROOT
from tthc_cli.lint.engine import validate_paths
from tthc_cli.load.kinds import kind_of
from tthc_cli.model.config import Config

REPORT = ROOT / "examples" / "lap-vo" / "bao-cao-2024-03.yaml"


def test_the_bundled_report_is_a_report_and_has_no_error() -> None:
    assert kind_of(REPORT) == "report"
    report = validate_paths([str(REPORT)], Config(root=str(REPORT.parent)))
    assert report.files == [str(REPORT)]
    assert not [d for d in report.diagnostics if d.severity.value != "info"]


def test_text_and_citation_rules_run_on_a_report(tmp_path: Path) -> None:
    text = REPORT.read_text(encoding="utf-8")
    typo = text.replace("được kiện toàn", "được kiện  toàn", 1).replace(
        "Công văn số 09/UBND-HCC", "Công văn 09.UBND-HCC"
    )
    bad = tmp_path / "bao-cao.yaml"
    bad.write_text(typo, encoding="utf-8")
    codes = {d.code for d in validate_paths([str(bad)], Config(root=str(tmp_path))).diagnostics}
    assert {"TT703", "TT301"} <= codes  # a doubled space, a malformed document number


def test_a_report_with_a_schema_error_is_located(tmp_path: Path) -> None:
    shutil.copy(REPORT, tmp_path / "bao-cao.yaml")
    path = tmp_path / "bao-cao.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("period: {start:", "period: {begin:", 1), "utf-8")
    found = [(d.code, d.line) for d in validate_paths([str(path)], Config(root=str(tmp_path))).diagnostics]
    assert ("TT102", 7) in found
