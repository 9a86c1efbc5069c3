"""Messages about hostile input: unread files counted and on stderr, invisible characters made visible."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import DATA, run_tthc
from tthc_cli.lint.engine import validate_plan
from tthc_cli.model.config import Config
from tthc_cli.text.escape import visible
from tthc_cli.text.invisible import explain


def _two_files(tmp_path: Path) -> None:
    shutil.copy(DATA / "core" / "plan.yaml", tmp_path / "plan.yaml")
    shutil.copy(DATA / "core" / "units.yaml", tmp_path / "units.yaml")
    (tmp_path / "hong.yaml").write_bytes(b"\x00\x01\x02")


def test_an_unread_file_is_on_stderr_and_counted_in_the_summary(tmp_path: Path) -> None:
    _two_files(tmp_path)
    result = run_tthc("validate", "plan.yaml", "hong.yaml", cwd=tmp_path)
    assert result.code == 2
    assert result.err == "tthc: lỗi: hong.yaml: là tệp nhị phân, không phải YAML\n"
    assert result.out.splitlines()[-1] == "0 lỗi, 0 cảnh báo, 0 lưu ý trong 1 tệp; 1 tệp không đọc được."
    assert "Không có lỗi nào" not in result.out


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_an_unread_file_is_in_json_and_sarif(tmp_path: Path, fmt: str) -> None:
    _two_files(tmp_path)
    result = run_tthc("validate", "plan.yaml", "hong.yaml", "--format", fmt, cwd=tmp_path)
    doc = json.loads(result.out)
    message = "hong.yaml: là tệp nhị phân, không phải YAML"
    if fmt == "json":
        assert doc["failures"] == [message]
    else:
        invocation = doc["runs"][0]["invocations"][0]
        assert invocation["executionSuccessful"] is False
        assert invocation["toolExecutionNotifications"] == [{"level": "error", "message": {"text": message}}]


def test_a_missing_units_file_is_not_a_yaml_syntax_error(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    text = (DATA / "core" / "plan.yaml").read_text("utf-8")
    plan = tmp_path / "plan.yaml"
    plan.write_text("units: khong-co.yaml\n" + text.replace("units: units.yaml\n", ""), "utf-8")
    found = [(d.code, d.line, d.message) for d in validate_plan(plan, Config(root=str(tmp_path))).diagnostics]
    assert ("TT010", 1, f"units: {tmp_path / 'khong-co.yaml'}: không tìm thấy tệp") in found
    assert all(code != "TT001" for code, _, _ in found)


@pytest.mark.parametrize(
    ("name", "shown", "why"),
    [
        ("\ufeffxã A", "<U+FEFF>xã A", "có ký tự vô hình U+FEFF (zero width no-break space); hãy gõ lại tên"),
        ("xã\u200b A", "xã<U+200B> A", "có ký tự vô hình U+200B (zero width space); hãy gõ lại tên"),
        ("\u00d0ồng", "\u00d0ồng", "có 'Ð' (U+00D0, latin capital letter eth) thay cho 'Đ' (U+0110); hãy gõ lại tên"),
    ],
)
def test_invisible_and_look_alike_characters_are_shown(name: str, shown: str, why: str) -> None:
    assert (visible(name), explain(name)) == (shown, why)
    assert explain("xã A") is None


def test_unit_name_with_a_zero_width_space_in_a_plan(tmp_path: Path) -> None:
    shutil.copy(DATA / "core" / "units.yaml", tmp_path / "units.yaml")
    text = (DATA / "core" / "plan.yaml").read_text("utf-8")
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        text.replace("lead: Văn phòng HĐND và UBND huyện", "lead: Văn phòng\u200b HĐND và UBND huyện", 1), "utf-8"
    )
    diagnostics = validate_plan(plan, Config(root=str(tmp_path))).diagnostics
    # the unit is found (names are compared without invisible characters) and the character itself reported
    assert not [d for d in diagnostics if d.code == "TT201"]
    invisible = [d for d in diagnostics if d.code == "TT703" and "vô hình" in d.message]
    assert len(invisible) == 1
    assert visible("Văn phòng\u200b HĐND") == "Văn phòng<U+200B> HĐND"  # and every terminal output shows it


def test_a_malformed_suppression_comment_is_reported(tmp_path: Path) -> None:
    shutil.copy(DATA / "core" / "units.yaml", tmp_path / "units.yaml")
    plan = tmp_path / "plan.yaml"
    plan.write_text((DATA / "core" / "plan.yaml").read_text("utf-8") + "# tthc: disabel=TT702\n", "utf-8")
    found = [(d.code, d.message) for d in validate_plan(plan, Config(root=str(tmp_path))).diagnostics]
    assert ("TT901", "Chú thích '# tthc: …' viết sai nên không tắt gì") in found


def test_a_repository_formula_that_does_not_parse_stops_validate(tmp_path: Path) -> None:
    _two_files(tmp_path)
    (tmp_path / "indicators.yaml").write_text(
        "schema_version: 1\nindicators:\n  - key: online-dossiers\n    name: Tỷ lệ hồ sơ trực tuyến\n"
        "    unit: '%'\n    formula: received_online / (received_new\n",
        "utf-8",
    )
    (tmp_path / "tthc.toml").write_text('indicators = "indicators.yaml"\n', "utf-8")
    result = run_tthc("validate", "plan.yaml", cwd=tmp_path)
    assert result.code == 2
    assert result.err.startswith(
        f"tthc: lỗi: {tmp_path / 'indicators.yaml'}: chỉ tiêu 'online-dossiers': công thức sai"
    )
