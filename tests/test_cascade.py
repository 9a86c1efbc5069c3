"""``tthc cascade``: the seed 001 rule and the other rules, the worked example of docs/cascade.md, and the
child plan checked against its parent by ``tthc validate`` (TT603 per assignee)."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import ROOT
from tthc_cli.cascade.rules import Rule, derive
from tthc_cli.cli.main import app
from tthc_cli.errors import InputError
from tthc_cli.load.yaml_loader import load_yaml

PARENT = ROOT / "examples" / "lap-vo" / "plan.yaml"
UNITS = ROOT / "examples" / "lap-vo" / "units.yaml"
RESULTS = ROOT / "examples" / "cascade" / "ket-qua-2023.csv"
EXAMPLE = ROOT / "examples" / "cascade" / "giao-chi-tieu-2024.yaml"


def _cascade(out: Path, *extra: str, parent: Path = PARENT) -> tuple[int, str]:
    args = ["cascade", str(parent), "--results", str(RESULTS), "--units", str(UNITS), "-o", str(out), *extra]
    result = CliRunner().invoke(app, args)
    return result.exit_code, result.output


@pytest.mark.parametrize(
    ("last", "expected"),
    [("42", "45"), ("45", "55"), ("50", "60"), ("95,5", "100"), (None, "45")],
)
def test_seed_rule(last: str | None, expected: str) -> None:
    value = Decimal(last.replace(",", ".")) if last else None
    assert derive(Rule(), Decimal(45), value, "%")[0] == Decimal(expected)


def test_other_rules() -> None:
    assert derive(Rule(increase_mode="percent"), Decimal(45), Decimal(50), "%")[0] == Decimal(55)
    assert derive(Rule(rule="as-parent"), Decimal(45), Decimal(90), "%")[0] == Decimal(45)
    assert derive(Rule(rule="parent-plus", points=5), Decimal(45), None, "%")[0] == Decimal(50)
    assert derive(Rule(rule="max-parent-results"), Decimal(45), Decimal(40), "%")[0] == Decimal(50)
    assert derive(Rule(), Decimal(7920), Decimal(8000), "hồ sơ")[0] == Decimal(8010)


def test_worked_example_of_the_docs(tmp_path: Path) -> None:
    code, out = _cascade(tmp_path / "child.yaml")
    assert code == 0
    docs = (ROOT / "docs" / "cascade.md").read_text(encoding="utf-8")
    m = re.search(r"<!-- cascade-table:start -->\n(.*?)<!-- cascade-table:end -->", docs, re.S)
    assert m and out.strip() == m.group(1).strip()
    fresh = load_yaml((tmp_path / "child.yaml").read_text(encoding="utf-8")).data
    committed = load_yaml(EXAMPLE.read_text(encoding="utf-8")).data
    assert fresh["appendices"] == committed["appendices"]
    rows = [r for g in fresh["appendices"][0]["blocks"][0]["table"]["items"] for r in g["items"]]
    got = {(r["indicator"], r["lead"][0]): r["target"] for r in rows}
    assert got[("online-dossiers", "mot-cua-huyen")] == "Tối thiểu 50"
    assert got[("online-dossiers", "mot-cua-xa")] == "Tối thiểu 72"
    assert got[("digitisation", "mot-cua-huyen")] == "Tối thiểu 100"
    assert got[("digitisation", "mot-cua-xa")] == "Tối thiểu 80"


def test_rules_file_and_options(tmp_path: Path) -> None:
    rules = tmp_path / "quy-tac.yaml"
    rules.write_text(
        "schema_version: 1\nindicators:\n  online-dossiers: {rule: parent-plus, points: 5}\n", encoding="utf-8"
    )
    code, out = _cascade(tmp_path / "a.yaml", "--rules", str(rules), "--increase-mode", "percent")
    assert code == 0
    assert "| Bộ phận Một cửa huyện | 50 | 42 | parent-plus | Tối thiểu 55 |" in out
    assert "| Bộ phận Một cửa xã, thị trấn | 80 | 75 |" in out
    rules.write_text("schema_version: 1\ndefault: {rule: sometimes}\n", encoding="utf-8")
    args = ["cascade", str(PARENT), "-r", str(RESULTS), "--units", str(UNITS), "--rules", str(rules)]
    result = CliRunner().invoke(app, [*args, "-o", str(tmp_path / "b.yaml")])
    assert isinstance(result.exception, InputError) and "quy-tac.yaml:2:" in str(result.exception)
    assert not (tmp_path / "b.yaml").exists()


def _findings(path: Path) -> list[dict[str, object]]:
    result = CliRunner().invoke(app, ["validate", "--no-cache", "--format", "json", str(path)])
    data = json.loads(result.output)
    return [f for f in data["diagnostics"] if f["code"] == "TT603"]


def test_validate_checks_the_child_against_its_parent(tmp_path: Path) -> None:
    # parent and child in one repository: a plan may only name files inside its own (the parent.path)
    (tmp_path / ".git").mkdir()
    parent = tmp_path / "huyen.yaml"
    parent.write_text(PARENT.read_text(encoding="utf-8").replace("units: units.yaml", "units: u.yaml"), "utf-8")
    (tmp_path / "u.yaml").write_text(UNITS.read_text(encoding="utf-8"), encoding="utf-8")
    child = tmp_path / "child.yaml"
    assert _cascade(child, parent=parent)[0] == 0
    assert _findings(child) == []
    lowered = child.read_text(encoding="utf-8").replace("target: Tối thiểu 72", "target: Tối thiểu 45", 1)
    child.write_text(lowered, encoding="utf-8")
    found = _findings(child)
    assert len(found) == 1 and "Tối thiểu 45" in str(found[0]["message"])
