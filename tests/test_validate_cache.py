"""The validate cache: identical findings from the cache, and any change to a dependency is seen."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import DATA, run_tthc


def office(tmp_path: Path) -> Path:
    shutil.copy(DATA / "core" / "plan.yaml", tmp_path / "plan.yaml")
    shutil.copy(DATA / "core" / "units.yaml", tmp_path / "units.yaml")
    (tmp_path / "tthc.toml").write_text("strict = false\n", encoding="utf-8")
    return tmp_path


def test_second_run_comes_from_the_cache_and_says_the_same(tmp_path: Path) -> None:
    root = office(tmp_path)
    (root / "plan.yaml").write_text(
        (root / "plan.yaml").read_text(encoding="utf-8").replace("year: 2024", "year: 2024\nfoo: 1"), encoding="utf-8"
    )
    first = run_tthc("validate", "plan.yaml", cwd=root)
    entries = list((root / ".tthc_cache").glob("*.json"))
    assert entries and (root / ".tthc_cache" / ".gitignore").read_text(encoding="utf-8").endswith("*\n")
    second = run_tthc("validate", "plan.yaml", cwd=root)
    assert (first.code, first.out) == (second.code, second.out) == (1, second.out)
    assert "TT102" in second.out


def test_a_changed_units_registry_invalidates_the_entry(tmp_path: Path) -> None:
    root = office(tmp_path)
    assert run_tthc("validate", "plan.yaml", cwd=root).code == 0
    units = (root / "units.yaml").read_text(encoding="utf-8")
    (root / "units.yaml").write_text(units.replace("Văn phòng HĐND và UBND huyện", "Văn phòng UBND"), encoding="utf-8")
    result = run_tthc("validate", "plan.yaml", cwd=root)
    assert "TT201" in result.out and result.code == 1


def test_a_changed_plan_or_configuration_is_checked_again(tmp_path: Path) -> None:
    root = office(tmp_path)
    assert run_tthc("validate", "plan.yaml", cwd=root).code == 0
    (root / "plan.yaml").write_text("- a\n", encoding="utf-8")
    assert run_tthc("validate", "plan.yaml", cwd=root).code == 1
    (root / "tthc.toml").write_text('disable = ["TT103"]\n', encoding="utf-8")
    assert run_tthc("validate", "plan.yaml", cwd=root).code == 0


def test_no_cache_and_corrupt_entries(tmp_path: Path) -> None:
    root = office(tmp_path)
    assert run_tthc("validate", "--no-cache", "plan.yaml", cwd=root).code == 0
    assert not (root / ".tthc_cache").exists()
    run_tthc("validate", "plan.yaml", cwd=root)
    for entry in (root / ".tthc_cache").glob("*.json"):
        entry.write_text("{not json", encoding="utf-8")
    result = run_tthc("validate", "plan.yaml", cwd=root)
    assert result.code == 0 and "Không có lỗi" in result.out
    for entry in (root / ".tthc_cache").glob("*.json"):
        assert json.loads(entry.read_text(encoding="utf-8"))["diagnostics"] == []


def test_cached_answer_matches_the_full_cli_in_every_format(tmp_path: Path) -> None:
    root = office(tmp_path)
    (root / "plan.yaml").write_text(
        (root / "plan.yaml").read_text(encoding="utf-8").replace("year: 2024", "year: 2024\nfoo: off"), encoding="utf-8"
    )
    for fmt in ("text", "json", "github", "sarif"):
        full = run_tthc("validate", "--no-cache", "-f", fmt, "plan.yaml", cwd=root)
        run_tthc("validate", "-f", fmt, "plan.yaml", cwd=root)  # fills the cache
        cached = run_tthc("validate", f"--format={fmt}", "plan.yaml", cwd=root)
        assert (cached.code, cached.out) == (full.code, full.out), fmt
    strict = run_tthc("validate", "--strict", "plan.yaml", cwd=root)
    assert strict.code == 1


def test_the_entry_point_reads_only_plain_validate_calls() -> None:
    from tthc_cli.cli.entry import _parse_validate

    assert _parse_validate(["plans/", "-f", "json", "--strict"]) == (["plans/"], "json", True, None)
    assert _parse_validate(["--format=sarif", "a.yaml", "b.yaml"]) == (["a.yaml", "b.yaml"], "sarif", False, None)
    for args in (["--help"], ["--no-cache", "plans/"], ["-f", "xml", "plans/"], [], ["-x", "plans/"]):
        assert _parse_validate(args) is None, args


def test_a_units_registry_edited_between_two_cached_runs_of_a_folder(tmp_path: Path) -> None:
    root = office(tmp_path)
    first = run_tthc("validate", ".", cwd=root)
    assert first.code == 0 and run_tthc("validate", ".", cwd=root).out == first.out
    units = (root / "units.yaml").read_text(encoding="utf-8")
    (root / "units.yaml").write_text(units.replace("Văn phòng HĐND và UBND huyện", "Văn phòng UBND"), encoding="utf-8")
    result = run_tthc("validate", ".", cwd=root)
    assert result.code == 1 and "plan.yaml" in result.out and "[TT201" in result.out


def test_a_units_registry_created_nearer_the_plan_is_seen(tmp_path: Path) -> None:
    root = office(tmp_path)
    (root / "huyen").mkdir()
    (root / "plan.yaml").rename(root / "huyen" / "plan.yaml")
    assert run_tthc("validate", "huyen/plan.yaml", cwd=root).code == 0
    units = (root / "units.yaml").read_text(encoding="utf-8")
    nearer = units.replace("Văn phòng HĐND và UBND huyện", "Văn phòng UBND")
    (root / "huyen" / "units.yaml").write_text(nearer, encoding="utf-8")
    result = run_tthc("validate", "huyen/plan.yaml", cwd=root)
    assert result.code == 1 and "[TT201" in result.out


def test_a_configured_legal_catalogue_edited_between_two_cached_runs(tmp_path: Path) -> None:
    root = office(tmp_path)
    (root / "tthc.toml").write_text('legal = ["legal.yaml"]\n', encoding="utf-8")
    cited = (
        "    - Căn cứ Quyết định số 99/QĐ-UBND ngày 05 tháng 01 năm 2024 của Ủy ban nhân dân huyện về kiểm soát TTHC\n"
    )
    plan = (root / "plan.yaml").read_text(encoding="utf-8").replace("  bases:\n", "  bases:\n" + cited, 1)
    (root / "plan.yaml").write_text(plan, encoding="utf-8")
    document = "  - {number: 99/QĐ-UBND, type: quyet-dinh, issuer: Ủy ban nhân dân huyện, date: %s}\n"
    legal = root / "legal.yaml"
    legal.write_text("schema_version: 1\ndocuments:\n" + document % "2024-01-05", encoding="utf-8")
    first = run_tthc("validate", "plan.yaml", cwd=root)
    assert first.code == 0 and run_tthc("validate", "plan.yaml", cwd=root).out == first.out
    legal.write_text("schema_version: 1\ndocuments:\n" + document % "2024-01-15", encoding="utf-8")
    result = run_tthc("validate", "plan.yaml", cwd=root)
    assert result.code == 1 and "[TT303" in result.out and "15/01/2024" in result.out
