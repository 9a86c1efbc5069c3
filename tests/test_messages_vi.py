"""Every message a user reads is Vietnamese: YAML syntax errors, usage errors, option and configuration errors.

Each case is one of the usual mistakes; the test fails on any English word of the parser's, click's or
Pydantic's messages (tests/english.py) and checks the place reported.
"""

from __future__ import annotations

import ast
import errno
import sys
from pathlib import Path

import pytest

from conftest import run_tthc
from english import english_in
from tthc_cli.cli import i18n
from tthc_cli.cli.main import run
from tthc_cli.errors import os_reason
from tthc_cli.load.yaml_loader import load_yaml


def run_with(args: list[str]) -> None:
    """Run the console entry point in this process with ``args``."""
    saved = sys.argv
    sys.argv = ["tthc", *args]
    try:
        run()
    finally:
        sys.argv = saved


YAML_CASES = [
    # (text, line and column reported, what the message must say)
    ("a: 1\nb: 2\nc: 3\nd: 4\ne: 5\nf: 6\ng: [x, y\nh: 8\ni: 9\n", (7, 4), "Ngoặc '[' mở ở dòng 7 chưa được đóng"),
    ("a: {x: 1\nb: 2\n", (1, 4), "Ngoặc '{' mở ở dòng 1"),
    ("a: 1\nb: 'chưa đóng\nc: 3\nd: 4\ne: 'x'\n", (2, 4), "Dấu nháy ' mở ở dòng 2 chưa được đóng"),
    ('a: "chưa đóng\nb: 2\nc: "x"\n', (1, 4), 'Dấu nháy " mở ở dòng 1'),
    ("a: 1\nb: 'chưa đóng\n", (2, 4), "ở cuối tệp"),
    ("title: Kế hoạch: năm 2024\n", (1, 16), "Dấu ': ' nằm trong một giá trị"),
    ("a:\n  b: 1\n c: 2\n", (3, 2), "không phải một khóa"),
    ("a:\n  - x\n  b: 1\n", (3, 3), "không phải một phần tử '- '"),
    ("a: @x\n", (1, 4), "Ký tự '@'"),
    ("a: *x\n", (1, 4), "Alias"),
    ('a: "x\\q"\n', (1, 6), "Ký tự thoát"),
    ("a: 1\n---\n- x\n...\nfoo: [\n", (5, 1), "'---'"),
]


@pytest.mark.parametrize(("text", "where", "needle"), YAML_CASES, ids=[c[2][:30] for c in YAML_CASES])
def test_yaml_syntax_errors_in_vietnamese_at_the_cause(text: str, where: tuple[int, int], needle: str) -> None:
    (issue,) = [i for i in load_yaml(text).issues if i.fatal]
    assert (issue.line, issue.column) == where, issue.message
    assert needle in issue.message
    assert english_in(f"{issue.message} {issue.hint}") == [], issue.message


def test_the_english_detector_sees_the_messages_quoted_in_the_issue() -> None:
    for english in (
        "did not find expected key",
        "mapping values are not allowed in this context",
        "Missing option '--records' / '-r'",
        "Got unexpected extra argument (x)",
        "Input should be a valid integer",
        "Extra inputs are not permitted",
    ):
        assert english_in(english), english
    assert english_in("Thiếu tùy chọn '--records' / '-r' (xem 'tthc score --help')") == []


CLI_CASES = [
    # (arguments, what the one line must say); the usual mistakes
    (["render", "report", "--counts", "a.csv"], "thiếu tùy chọn '--plan' / '-p'"),
    (["render", "plan"], "thiếu đối số 'KẾ_HOẠCH'"),
    (["rules", "TT001", "thừa"], "thừa đối số: thừa"),
    (["validate", ".", "--format", "nope"], "'nope' không phải một trong 'auto', 'text'"),
    (["fmt", "--width", "abc", "."], "giá trị không hợp lệ cho '--width': phải là một số nguyên (đang là 'abc')"),
    (["new", "--year", "1800"], "phải lớn hơn hoặc bằng 2000"),
    (["validate", "--bogus"], "không có tùy chọn --bogus"),
    (["validate", "--strict=3"], "tùy chọn '--strict' không nhận giá trị"),
    (["new", "--year", "2025", "--from"], "tùy chọn '--from' cần một giá trị"),
    (["khong-co"], "không có lệnh 'khong-co'"),
]

CONFIG_CASES = [
    ('strict = "có"\n', "'strict' (chế độ nghiêm ngặt) không hợp lệ: phải là true hoặc false (đang là 'có')"),
    ('unit = "units.yaml"\n', "khóa 'unit' không có trong cấu hình của tthc (có phải ý bạn là 'units'?)"),
    ('[severity]\nTT702 = "lớn"\n', "'severity.TT702' (mức độ của quy tắc) không hợp lệ: phải là một trong"),
    ('disable = "TT702"\n', "'disable' (các quy tắc tắt) không hợp lệ: phải là một danh sách"),
]


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as stopped:
        run_with(args)
    out, err = capsys.readouterr()
    assert stopped.value.code == 2 and out == "" and err.count("\n") == 1, err
    return err


@pytest.mark.parametrize(("args", "needle"), CLI_CASES, ids=[" ".join(c[0]) for c in CLI_CASES])
def test_usage_errors_are_vietnamese(args: list[str], needle: str, capsys: pytest.CaptureFixture[str]) -> None:
    err = _run(args, capsys)
    assert err.startswith("tthc: lỗi: ") and needle in err
    assert english_in(err) == [], err


@pytest.mark.parametrize(("toml", "needle"), CONFIG_CASES, ids=[c[0].strip() for c in CONFIG_CASES])
def test_configuration_errors_name_the_setting_in_vietnamese(
    toml: str, needle: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "tthc.toml").write_text(toml, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    err = _run(["validate", "."], capsys)
    assert needle in err and english_in(err) == [], err


def test_help_is_vietnamese(capsys: pytest.CaptureFixture[str]) -> None:
    for args in (["--help"], ["validate", "--help"], ["new", "--help"], ["render", "report", "--help"]):
        with pytest.raises(SystemExit):
            run_with(args)
        out = capsys.readouterr().out
        assert "Cách dùng: " in out and "Tùy chọn:" in out
        for english in ("Usage", "Options", "[OPTIONS]", "COMMAND", "<path>", "<str>", "<int", "required", "default"):
            assert english not in out, (args, english)


def _po_entries(text: str) -> dict[str, str]:
    entries: dict[str, str] = {}
    for block in text.split("\n\n"):
        lines = [line for line in block.splitlines() if not line.startswith("#")]
        if len(lines) == 2 and lines[0].startswith("msgid ") and lines[1].startswith("msgstr "):
            entries[ast.literal_eval(lines[0][6:])] = ast.literal_eval(lines[1][7:])
    return entries


def test_the_shipped_catalogue_is_compiled_from_its_source() -> None:
    entries = _po_entries((i18n.LOCALE_DIR / "vi" / "LC_MESSAGES" / "tthc.po").read_text(encoding="utf-8"))
    assert len(entries) > 30 and "" not in entries
    assert {k: i18n.CATALOGUE.gettext(k) for k in entries} == entries


def test_a_plan_value_out_of_range_is_explained_in_vietnamese(tmp_path: Path) -> None:
    from conftest import DATA
    from tthc_cli.lint.engine import validate_plan
    from tthc_cli.model.config import Config

    text = (DATA / "core" / "plan.yaml").read_text(encoding="utf-8")
    (tmp_path / "plan.yaml").write_text(text.replace("  source: 01/NQ-CP\n", "  precision: 9\n", 1), encoding="utf-8")
    (d,) = [
        d for d in validate_plan(tmp_path / "plan.yaml", Config(root=str(tmp_path))).diagnostics if d.code < "TT200"
    ]
    assert d.message == "Giá trị ngoài khoảng cho phép: phải nhỏ hơn hoặc bằng 6 (đang là 9)"


@pytest.mark.parametrize(
    ("exc", "needle"),
    [
        (FileNotFoundError(errno.ENOENT, "No such file or directory"), "không có tệp hoặc thư mục này"),
        (PermissionError(errno.EACCES, "Permission denied"), "không có quyền"),
        (OSError(errno.ENOSPC, "No space left on device"), "ổ đĩa hết chỗ"),
        (IsADirectoryError(errno.EISDIR, "Is a directory"), "đây là một thư mục"),
    ],
)
def test_the_systems_reasons_are_given_in_vietnamese(exc: OSError, needle: str) -> None:
    assert os_reason(exc) == needle or os_reason(exc).startswith(needle)
    assert not english_in(os_reason(exc))


def test_a_file_open_in_excel_on_windows_is_named_as_the_reason() -> None:
    exc = PermissionError(errno.EACCES, "The process cannot access the file")
    exc.winerror = 32  # type: ignore[attr-defined]  # set by Windows only
    assert "đang mở trong chương trình khác" in os_reason(exc)


def test_an_unwritable_output_folder_is_refused_in_vietnamese(tmp_path: Path) -> None:
    blocker = tmp_path / "tệp"
    blocker.write_text("x", encoding="utf-8")
    result = run_tthc("schema", "-o", str(blocker / "con"))
    assert result.code == 2 and "không tạo được thư mục" in result.err
    assert not english_in(result.err), result.err
