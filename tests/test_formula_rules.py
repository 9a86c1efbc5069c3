"""Lint rules for formulas: TT605 formula.syntax, TT606 ref.unknown-metric, TT607 ref.unknown-indicator."""

from __future__ import annotations

import importlib
import textwrap
from pathlib import Path

import pytest

from tthc_cli.lint.engine import validate_paths
from tthc_cli.model.config import Config

ROOT = Path(__file__).resolve().parent.parent
BASE = (ROOT / "examples/lap-vo/plan.yaml").read_text("utf-8")
MINE = ("TT605", "TT606", "TT607")


def _findings(tmp_path: Path, formulas: str = "", row_key: str = "feedback-on-time") -> list[tuple[str, int, int]]:
    plan = BASE.replace("appendices:\n", textwrap.dedent(formulas) + "appendices:\n", 1) if formulas else BASE
    plan = plan.replace("indicator: feedback-on-time", f"indicator: {row_key}")
    (tmp_path / "units.yaml").write_text((ROOT / "examples/lap-vo/units.yaml").read_text("utf-8"), "utf-8")
    (tmp_path / ".git").mkdir(exist_ok=True)
    path = tmp_path / "plan.yaml"
    path.write_text(plan, "utf-8")
    report = validate_paths([str(path)], Config(root=str(tmp_path)))
    return [(d.code, d.line, d.column) for d in report.diagnostics if d.code in MINE]


FORMULA_LINE = BASE[: BASE.index("appendices:\n")].count("\n") + 2


@pytest.mark.parametrize(
    ("formula", "expected"),
    [
        ("received_online / received_new * 100", []),
        ("(resolved_early + resolved_on_time) ÷ resolved × 100", []),
        ("received_online / (received_new * 100", [("TT605", 38)]),
        ("received_online // received_new", [("TT605", 38)]),
        ("received_online $ 2", [("TT605", 38)]),
        ("received_online / recieved_new * 100", [("TT606", 38)]),
        ("sum(recieved_new, foo) / received_total", [("TT606", 24), ("TT606", 38)]),
    ],
)
def test_formula_findings_point_inside_the_formula(
    tmp_path: Path, formula: str, expected: list[tuple[str, int]]
) -> None:
    found = _findings(tmp_path, f"formulas:\n  online-dossiers: {formula}\n")
    want = [(code, FORMULA_LINE, col) for code, col in expected]
    if expected and expected[0][0] == "TT605":
        # The column of the character where parsing stopped.
        from tthc_cli.formula.language import FormulaError, parse

        with pytest.raises(FormulaError) as info:
            parse(formula)
        want = [("TT605", FORMULA_LINE, 20 + min(info.value.offset, len(formula) - 1))]
    assert found == want


def test_unknown_indicator_keys(tmp_path: Path) -> None:
    found = _findings(tmp_path, "formulas:\n  online-dossier: received_online\n", row_key="feedback-ontime")
    assert [code for code, *_ in found] == ["TT607", "TT607"]
    assert found[0][1:] == (FORMULA_LINE, 3)


def test_row_formula_is_checked_too(tmp_path: Path) -> None:
    plan_extra = "indicator: feedback-on-time\n              formula: feedback_ontime / feedback_received * 100"
    text = BASE.replace("indicator: feedback-on-time", plan_extra)
    (tmp_path / "units.yaml").write_text((ROOT / "examples/lap-vo/units.yaml").read_text("utf-8"), "utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / "plan.yaml").write_text(text, "utf-8")
    report = validate_paths([str(tmp_path / "plan.yaml")], Config(root=str(tmp_path)))
    found = [(d.code, d.hint) for d in report.diagnostics if d.code in MINE]
    assert len(found) == 1 and found[0][0] == "TT606"
    assert (found[0][1] or "").startswith("có phải: feedback_on_time,")


def test_clean_example_plan(tmp_path: Path) -> None:
    assert _findings(tmp_path) == []


@pytest.mark.parametrize("module", ["formula_syntax", "ref_unknown_metric", "ref_unknown_indicator"])
def test_rule_docs_have_examples(module: str) -> None:
    doc = importlib.import_module(f"tthc_cli.lint.rules.{module}").__doc__ or ""
    assert "Ví dụ sai:" in doc and "Ví dụ đúng:" in doc
