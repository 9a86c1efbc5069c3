"""The application itself: version, Vietnamese help, ``python -m``, usage errors, rule docs."""

from __future__ import annotations

import subprocess
import sys

from conftest import run_tthc
from tthc_cli import __version__


def test_version_and_module_entry() -> None:
    result = run_tthc("--version")
    assert result.code == 0 and result.out.strip() == f"tthc {__version__}"


def test_help_is_vietnamese() -> None:
    result = run_tthc("--help")
    assert result.code == 0
    for words in ("Cách dùng:", "Tùy chọn:", "Lệnh:", "Hiện trợ giúp này rồi thoát.", "validate", "rules"):
        assert words in result.out
    assert "Show this message" not in result.out


def test_no_arguments_shows_help() -> None:
    result = run_tthc()
    assert result.code == 0 and "Cách dùng:" in result.out


def test_usage_errors_are_one_vietnamese_line() -> None:
    for args, needle in (
        (("validate", "--bogus", "x"), "không có tùy chọn --bogus"),
        (("validate",), "thiếu đối số"),
        (("nope",), "không có lệnh 'nope'"),
        (("validate", "-f", "xml", "x.yaml"), "không phải một trong"),
    ):
        result = run_tthc(*args)
        assert result.code == 2, args
        assert needle in result.err and result.err.count("\n") == 1 and "Traceback" not in result.err


def test_help_does_not_import_heavy_libraries() -> None:
    code = (
        "import sys; from tthc_cli.cli import main;"
        "heavy = [m for m in ('docx', 'docxtpl', 'jinja2', 'openpyxl', 'duckdb', 'pandas', 'pydantic') "
        "if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_rules_list_and_doc() -> None:
    result = run_tthc("rules")
    assert result.code == 0 and "TT002" in result.out and "yaml.duplicate-key" in result.out
    result = run_tthc("rules", "TT002")
    assert result.code == 0 and "Ví dụ sai:" in result.out and "Ví dụ đúng:" in result.out
    result = run_tthc("rules", "yaml.duplicate-key")
    assert result.code == 0 and result.out.startswith("TT002")
    result = run_tthc("rules", "TT000")
    assert result.code == 2 and "không có quy tắc" in result.err


def test_validate_does_not_import_heavy_libraries() -> None:
    code = (
        "import sys\n"
        "sys.argv = ['tthc', 'validate', '--no-cache', 'plans/']\n"
        "from tthc_cli.cli.main import run\n"
        "try:\n    run()\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('docx', 'docxtpl', 'jinja2', 'openpyxl', 'duckdb', 'pandas') if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "HEAVY []"
