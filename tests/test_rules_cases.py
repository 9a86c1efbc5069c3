"""Rule cases as data: every ``tests/rules/<CODE>.yaml`` with ``fail:`` and ``pass:`` cases.

Each case names a plan (whole, or a fragment embedded in ``tests/rules/_base.yaml``; see
``rule_case_support``) and, for ``fail`` cases, the expected findings ``[code, line, col]``. Only the codes
of the file's rule (and any listed in the file's ``codes:``) are compared, so a case need not care about
findings of other rules. ``pass`` cases must produce none of those codes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rule_case_support import build, positions, run
from tthc_cli.lint.registry import lookup
from tthc_cli.load.yaml_loader import load_yaml

CASES_DIR = Path(__file__).resolve().parent / "rules"


def _load_cases() -> list[Any]:
    params = []
    for file in sorted(CASES_DIR.glob("TT*.yaml")):
        loaded = load_yaml(file.read_text(encoding="utf-8"))
        assert loaded.ok and not loaded.issues, (file, loaded.issues)
        data = loaded.data
        code = str(data.get("rule", file.stem))
        codes = {code, *data.get("codes", [])}
        for outcome in ("fail", "pass"):
            for i, case in enumerate(data.get(outcome) or []):
                name = case.get("name", str(i))
                params.append(pytest.param(code, codes, outcome, case, id=f"{code}-{outcome}-{name}"))
    return params


CASES = _load_cases()


def test_every_case_file_names_a_registered_rule_with_both_outcomes() -> None:
    files = sorted(CASES_DIR.glob("TT*.yaml"))
    assert files
    for file in files:
        data = load_yaml(file.read_text(encoding="utf-8")).data
        code = str(data.get("rule", file.stem))
        assert lookup(code) is not None, f"{file.name}: no rule {code}"
        assert data.get("fail") and data.get("pass"), f"{file.name}: needs fail and pass cases"


def _num(value: Any) -> Any:
    return int(value) if isinstance(value, str) and value.isdigit() else value


@pytest.mark.parametrize(("code", "codes", "outcome", "case"), CASES)
def test_rule_case(code: str, codes: set[str], outcome: str, case: dict[str, Any], tmp_path: Path) -> None:
    built = build(case, tmp_path)
    found = positions(built, run(built), codes)
    expected = [] if outcome == "pass" else sorted(([_num(v) for v in e] for e in case["expect"]), key=str)
    if outcome == "fail":
        assert expected, "a fail case must expect at least one finding"
    assert found == expected
