"""The linter core: schema findings at their YAML position, suppressions, configuration, file discovery."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import DATA
from tthc_cli.errors import ConfigError, InputError
from tthc_cli.lint.engine import validate_paths, validate_plan
from tthc_cli.load.config import load_config
from tthc_cli.model.config import Config

BASE = (DATA / "core" / "plan.yaml").read_text(encoding="utf-8")


def write_plan(tmp_path: Path, text: str, name: str = "plan.yaml") -> Path:
    shutil.copy(DATA / "core" / "units.yaml", tmp_path / "units.yaml")
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def found(tmp_path: Path, text: str, config: Config | None = None) -> list[tuple[str, int, int]]:
    path = write_plan(tmp_path, text)
    report = validate_plan(path, config or Config(root=str(tmp_path)))
    return [(d.code, d.line, d.column) for d in report.diagnostics if d.code < "TT200" or d.code >= "TT900"]


def test_valid_plan_is_clean(tmp_path: Path) -> None:
    assert found(tmp_path, BASE) == []


def test_missing_field_points_at_the_parent_key(tmp_path: Path) -> None:
    text = BASE.replace("  symbol: QĐ-UBND\n", "")
    assert found(tmp_path, text) == [("TT101", 6, 1)]


def test_unknown_field_points_at_the_key_and_suggests(tmp_path: Path) -> None:
    text = BASE.replace("                  deadline: Quý I/2024", "                  deadlin: Quý I/2024")
    path = write_plan(tmp_path, text)
    (d,) = [d for d in validate_plan(path, Config(root=str(tmp_path))).diagnostics if d.code == "TT102"]
    assert (d.line, d.column) == (52, 19)
    assert d.hint is not None and "deadline" in d.hint
    assert d.path_text == "appendices[0].blocks[0].table.sections[0].items[0].deadlin"


def test_error_inside_a_union_row_is_mapped_through_the_tag(tmp_path: Path) -> None:
    text = BASE.replace("                  target: Tối thiểu 45", "                  target: [45]")
    assert found(tmp_path, text) == [("TT103", 64, 27)]


def test_wrong_type_and_invalid_value(tmp_path: Path) -> None:
    text = BASE.replace("year: 2024", "year: năm 2024").replace("kind: quyet-dinh", "kind: quyết định")
    assert found(tmp_path, text) == [("TT103", 3, 7), ("TT104", 7, 9)]


def test_plan_that_is_a_list_or_empty(tmp_path: Path) -> None:
    assert found(tmp_path, "- a\n- b\n") == [("TT103", 1, 1)]
    assert found(tmp_path, "") == [("TT103", 1, 1)]


def test_suppression_on_a_line_in_a_block_and_unused(tmp_path: Path) -> None:
    text = BASE.replace("year: 2024", "year: 2024\nfoo: 1  # tthc: disable=TT102")
    assert found(tmp_path, text) == []
    text = BASE.replace("year: 2024", "year: 2024\n# tthc: disable=schema.unknown-field\nfoo:\n  bar: 1")
    assert found(tmp_path, text) == []
    text = BASE.replace("year: 2024", "year: 2024  # tthc: disable=TT102")
    assert found(tmp_path, text) == [("TT901", 3, 13)]
    text = BASE.replace("year: 2024", "year: 2024  # tthc: disable=TT777")
    assert found(tmp_path, text) == [("TT901", 3, 13)]


def test_file_wide_suppression(tmp_path: Path) -> None:
    text = "# tthc: disable-file=TT102\n" + BASE.replace("year: 2024", "year: 2024\nfoo: 1\nbar: 2")
    assert found(tmp_path, text) == []


def test_config_disables_and_changes_severity(tmp_path: Path) -> None:
    (tmp_path / "tthc.toml").write_text('disable = ["TT006"]\n[severity]\n"TT102" = "warning"\n', encoding="utf-8")
    cfg = load_config(start=tmp_path)
    text = BASE.replace("year: 2024", "year: 2024\nfoo: off")
    path = write_plan(tmp_path, text)
    report = validate_plan(path, cfg)
    assert [(d.code, d.severity.value) for d in report.diagnostics] == [("TT102", "warning")]
    assert report.exit_code() == 0 and report.exit_code(strict=True) == 1


def test_config_in_pyproject_and_bad_config(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.tthc]\nstrict = true\nunits = "u.yaml"\n', encoding="utf-8")
    (tmp_path / "sub").mkdir()
    cfg = load_config(start=tmp_path / "sub")
    assert cfg.strict and cfg.resolve("u.yaml") == (tmp_path / "u.yaml").resolve()
    (tmp_path / "tthc.toml").write_text("strict = 'maybe'\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="strict"):
        load_config(start=tmp_path)
    (tmp_path / "tthc.toml").write_text("strict = [\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="không hợp lệ"):
        load_config(start=tmp_path)


def test_folder_globs_and_missing_paths(tmp_path: Path) -> None:
    write_plan(tmp_path, BASE)
    (tmp_path / "notes.yaml").write_text("a: 1\n", encoding="utf-8")
    report = validate_paths([str(tmp_path)], Config(root=str(tmp_path)))
    assert sorted(Path(f).name for f in report.files) == ["plan.yaml", "units.yaml"]
    report = validate_paths([str(tmp_path / "*.yaml")], Config(root=str(tmp_path)))
    assert len(report.files) == 3
    with pytest.raises(InputError, match="không tìm thấy"):
        validate_paths([str(tmp_path / "nope.yaml")])
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="không có kế hoạch"):
        validate_paths([str(empty)])


def test_units_file_errors_are_reported_with_position(tmp_path: Path) -> None:
    write_plan(tmp_path, BASE)
    (tmp_path / "units.yaml").write_text("units:\n  - id: A B\n    name: x\n    kind: xa\n", encoding="utf-8")
    report = validate_paths([str(tmp_path / "units.yaml")], Config(root=str(tmp_path)))
    assert [(d.code, d.line, d.column) for d in report.diagnostics] == [("TT104", 2, 9)]  # the value 'A B' of id
