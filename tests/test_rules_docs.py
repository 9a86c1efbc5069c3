"""Every rule is documented by its module docstring with a failing and a passing example that really fail
and pass: the examples are run through the engine, so the documentation cannot drift from the code.

Examples of rules that run on raw YAML (load-phase YAML rules, text rules) are checked as files on their
own; examples of rules that need a valid plan are merged as data into ``tests/rules/_base.yaml`` (see
``rule_case_support.merged_plan``), with ``tests/data/rules/units.yaml`` and the parent plan next to it.
"""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from rule_case_support import DATA, merged_plan
from tthc_cli.lint.engine import validate_plan
from tthc_cli.lint.registry import RuleInfo, all_rules
from tthc_cli.load.catalogues import build_catalogue
from tthc_cli.load.counts import read_counts
from tthc_cli.load.yaml_loader import load_yaml
from tthc_cli.model.config import Config
from tthc_cli.model.units import UnitsFile
from tthc_cli.score.checks import check_counts, derive_counts
from tthc_cli.score.printed import check_printed
from tthc_cli.score.result import IndicatorSpec

NOT_RUNNABLE = {
    "TT003": "a docstring cannot show a tab character",
    "TT007": "the example stands for hundreds of nesting levels",
    "TT008": "the example shows bytes that a docstring cannot hold",
    "TT012": "the example stands for a file saved in UTF-16, which a docstring cannot hold",
    "TT203": "needs a catalogue with one number in two years (tests/rules/TT203.yaml brings a legal.yaml)",
    "TT800": "the example stands for bytes that no encoding decodes, which a docstring cannot hold",
    "TT809": "the example stands for a file saved in Windows-1258, which a docstring cannot hold",
    "TT810": "merged cells exist only in XLSX files (tests/test_counts_read.py builds one)",
    "TT999": "an internal error has no input that causes it",
}
"""Rules whose examples illustrate rather than reproduce (still required to have both examples)."""

RULES = [pytest.param(info, id=info.code) for info in all_rules()]


def examples(doc: str) -> tuple[str, str]:
    """The indented blocks after ``Ví dụ sai:`` and ``Ví dụ đúng:``."""
    out = []
    for marker in ("Ví dụ sai:", "Ví dụ đúng:"):
        assert marker in doc, f"missing '{marker}'"
        rest = doc.split(marker, 1)[1].split("\n")
        block: list[str] = []
        for line in rest[1:]:
            if line.strip() and not line.startswith("    "):
                break
            block.append(line)
        text = textwrap.dedent("\n".join(block)).strip("\n")
        assert text.strip(), f"empty example after '{marker}'"
        out.append(text + "\n")
    return out[0], out[1]


@pytest.mark.parametrize("info", RULES)
def test_rule_has_a_failing_and_a_passing_example(info: RuleInfo) -> None:
    bad, good = examples(info.doc)
    assert bad != good or info.code in NOT_RUNNABLE
    assert info.summary and info.summary != info.name


def _counts_codes(example: str, folder: Path) -> set[str]:
    """The codes of reading ``example`` as a counts file, with the consistency checks ``tthc score`` runs."""
    folder.mkdir()
    path = folder / "2024-03.csv"
    path.write_text(example, encoding="utf-8")
    units = UnitsFile.model_validate(load_yaml((DATA / "units.yaml").read_text(encoding="utf-8")).data)
    catalogue = build_catalogue()
    read = read_counts([path], catalogue, units)
    # Printed figures are checked against every indicator of the shipped set, as a plan naming them would.
    specs = [
        IndicatorSpec(i.key, i.name, None, i.formula, "shipped", None, i.unit, i.precision or 2)
        for i in catalogue.indicators.values()
    ]
    derived = derive_counts(read.series, catalogue.checks)
    printed = check_printed(specs, read.series, catalogue, "half-up")
    checked = check_counts(read.series, catalogue.checks)
    return {d.code for d in [*read.findings, *derived, *checked, *printed]}


def _codes(info: RuleInfo, example: str, folder: Path) -> set[str]:
    if info.phase == "counts":
        return _counts_codes(example, folder)
    folder.mkdir()
    shutil.copy(DATA / "units.yaml", folder / "units.yaml")
    shutil.copy(DATA / "tinh-2024.yaml", folder / "tinh-2024.yaml")
    schema = info.phase == "load" and "TT100" <= info.code < "TT200"
    standalone = not schema and (info.phase == "load" or not info.needs_model)
    text = example if standalone else merged_plan(load_yaml(example).data, replace=schema)
    path = folder / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    return {d.code for d in validate_plan(path, Config(root=str(folder))).diagnostics}


@pytest.mark.parametrize("info", RULES)
def test_examples_fail_and_pass(info: RuleInfo, tmp_path: Path) -> None:
    if info.code in NOT_RUNNABLE:
        pytest.skip(NOT_RUNNABLE[info.code])
    bad, good = examples(info.doc)
    assert info.code in _codes(info, bad, tmp_path / "bad"), "the failing example does not trigger the rule"
    assert info.code not in _codes(info, good, tmp_path / "good"), "the passing example triggers the rule"
