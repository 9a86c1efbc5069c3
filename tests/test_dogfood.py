"""The project uses its own tools on itself: its plans validate clean, are in canonical form, and the
committed JSON Schemas are up to date (what the project's CI and the pre-commit hooks check)."""

from __future__ import annotations

from conftest import run_tthc


def test_plans_validate_clean() -> None:
    result = run_tthc("validate", "--no-cache", "plans/")
    assert result.code == 0, result.out
    assert result.out.strip().endswith("Không có lỗi nào trong 6 tệp.")


def test_plans_are_formatted() -> None:
    result = run_tthc("fmt", "--check", "plans/")
    assert result.code == 0, result.out + result.err


def test_schemas_are_up_to_date() -> None:
    result = run_tthc("schema", "--check")
    assert result.code == 0, result.out + result.err


def test_as_issued_examples_fail_with_their_errors() -> None:
    result = run_tthc("validate", "--no-cache", "examples/as-issued/")
    assert result.code == 1
    for code in ("TT401", "TT302", "TT301", "TT702", "TT704", "TT703"):
        assert f"[{code} " in result.out, code
