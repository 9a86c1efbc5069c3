"""``tthc score`` through the CLI: every output format against golden files, exit codes, plan discovery."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import ROOT, check_golden, run_tthc
from tthc_cli.cli.main import app

GOLDEN = ROOT / "tests" / "golden" / "score"
PLAN = "examples/lap-vo/plan.yaml"
MARCH = "examples/counts/2024-03-huyen-xa.csv"
SERIES = "examples/counts/series/2024-*.csv"


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("NO_COLOR", "1")


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["score", *args], catch_exceptions=False)
    return result.exit_code, result.stdout


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "markdown"])
@pytest.mark.parametrize(("name", "counts"), [("march", MARCH), ("series", SERIES)])
def test_formats_golden(fmt: str, name: str, counts: str) -> None:
    code, out = _run("--counts", counts, "--plan", PLAN, "--format", fmt)
    assert code == 0
    suffix = {"table": "txt", "json": "json", "csv": "csv", "markdown": "md"}[fmt]
    check_golden(GOLDEN / f"{name}.{suffix}", out)


def test_json_is_documented_structure() -> None:
    _, out = _run("--counts", MARCH, "--plan", PLAN, "--format", "json")
    data = json.loads(out)
    assert data["schema"] == "tthc.score/1"
    cells = {(c["indicator"], c["unit"]): c for c in data["results"][0]["cells"]}
    assert cells[("online-dossiers", "mot-cua-huyen")]["value"] == 79.01
    assert cells[("on-time-resolution", "mot-cua-huyen")]["needed"] == 5
    assert cells[("digitisation", "*")]["value"] == 99.21
    assert cells[("feedback-on-time", "*")]["status"] == "khong-co-du-lieu"


def test_xlsx_output(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "ket-qua.xlsx"
    code, _ = _run("--counts", SERIES, "--plan", PLAN, "--format", "xlsx", "--output", str(out))
    assert code == 0
    wb = load_workbook(out)
    lines = []
    for ws in wb.worksheets:
        lines.append(f"# {ws.title}")
        lines += ["\t".join("" if v is None else str(v) for v in row) for row in ws.iter_rows(values_only=True)]
    check_golden(GOLDEN / "series.xlsx.txt", "\n".join(lines) + "\n")


def test_csv_is_safe_from_formula_injection(tmp_path: Path) -> None:
    from tthc_cli.text.csvsafe import safe_text

    assert safe_text("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    # a carriage return is shown, not kept, so it can no longer start a formula
    assert [safe_text(t) for t in ("+1", "-x", "@a", "\tb", "\rc", "bình thường")] == [
        "'+1", "'-x", "'@a", "'\tb", "\\x0dc", "bình thường",
    ]  # fmt: skip
    units = tmp_path / "units.yaml"
    units.write_text("schema_version: 1\nunits:\n  - {id: u, name: '=cmd|calc', kind: xa}\n", "utf-8")
    plan = (ROOT / PLAN).read_text("utf-8").replace("units: units.yaml", f"units: {units}")
    (tmp_path / "plan.yaml").write_text(plan, "utf-8")
    (tmp_path / "c.csv").write_text('unit,received_new,received_online\n"=cmd|calc",10,-1\n', "utf-8")
    code, out = _run("--counts", str(tmp_path / "c.csv"), "--plan", str(tmp_path / "plan.yaml"), "-f", "csv")
    assert code == 1  # the negative count is an error finding
    assert ",'=cmd|calc," in out and "\n=" not in out and ",=" not in out


def test_fail_on_missed_target() -> None:
    assert _run("--counts", MARCH, "--plan", PLAN)[0] == 0
    assert _run("--counts", MARCH, "--plan", PLAN, "--fail-on", "chua-dat")[0] == 1


def test_unit_filter_and_positional_files() -> None:
    code, out = _run("--plan", PLAN, "--format", "markdown", "--unit", "mot-cua-xa", "--counts", MARCH)
    assert code == 0 and "Bộ phận Một cửa huyện" not in out and "Toàn địa bàn | 88,63%" in out
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "examples/counts/series").glob("*.csv"))
    code, out = _run("--plan", PLAN, "-f", "json", "--counts", *files)
    assert code == 0 and json.loads(out)["periods"] == ["2024-01", "2024-02", "2024-03"]


def test_errors_are_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "c.csv"
    bad.write_text("unit,received_new\nCấp huyen,4\n", "utf-8")
    result = run_tthc("score", "--counts", str(bad), "--plan", PLAN)
    assert result.code == 1
    assert f"{bad}:2:1: lỗi đơn vị 'Cấp huyen' không có trong danh mục đơn vị [TT801]" in result.out
    assert "Traceback" not in result.err
    missing = run_tthc("score", "--counts", "khong-co.csv", "--plan", PLAN)
    assert (missing.code, missing.err.strip()) == (2, "tthc: lỗi: --counts: khong-co.csv: không tìm thấy tệp")
    xlsx = run_tthc("score", "--counts", MARCH, "--plan", PLAN, "-f", "xlsx")
    assert xlsx.code == 2 and "cần --output" in xlsx.err


def test_plan_discovery(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "plans" / "lap-vo").mkdir(parents=True)
    for name in ("plan.yaml", "units.yaml"):
        text = (ROOT / "examples/lap-vo" / name).read_text("utf-8")
        (tmp_path / "plans" / "lap-vo" / name).write_text(text, "utf-8")
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    code, out = _run("--counts", str(ROOT / MARCH), "-f", "markdown")
    assert code == 0 and "79,01%" in out
    (tmp_path / "plans" / "khac.yaml").write_text((ROOT / PLAN).read_text("utf-8"), "utf-8")
    from tthc_cli.errors import InputError

    with pytest.raises(InputError, match="có 2 kế hoạch"):
        CliRunner().invoke(app, ["score", "--counts", str(ROOT / MARCH)], catch_exceptions=False)


def test_help_does_not_import_heavy_modules() -> None:
    import subprocess
    import sys

    code = (
        "import sys, tthc_cli.cli.main; "
        "heavy = ('openpyxl', 'rich.table', 'duckdb', 'pandas', 'tthc_cli.score.engine'); "
        "bad = [m for m in heavy if m in sys.modules]; "
        "print(bad)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
