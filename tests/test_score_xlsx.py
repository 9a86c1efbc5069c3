"""The XLSX of tthc score is what an officer expects in Excel: Vietnamese, real tables, frozen header, formats."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import ROOT
from tthc_cli.cli.main import app
from tthc_cli.report.score_xlsx import RESULT_HEADER

openpyxl = pytest.importorskip("openpyxl")


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> object:
    out = tmp_path_factory.mktemp("xlsx") / "kết quả.xlsx"
    args = ["score", "--plan", "examples/lap-vo/plan.yaml", "--counts", "examples/counts/series/*.csv"]
    result = CliRunner().invoke(app, [*args, "-f", "xlsx", "-o", str(out)], env={"NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    return openpyxl.load_workbook(out)


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def test_sheets_are_excel_tables_with_frozen_headers(workbook: object) -> None:
    sheets = {ws.title: ws for ws in workbook.worksheets}  # type: ignore[attr-defined]
    assert list(sheets) == ["Kết quả", "Chỉ số 766", "Phát hiện"]
    for title, table in (("Kết quả", "KetQua"), ("Chỉ số 766", "ChiSo766")):
        ws = sheets[title]
        assert ws.freeze_panes == "A2"
        assert list(ws.tables) == [table]
        assert ws.tables[table].ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{ws.max_row}"


def test_headers_and_statuses_are_vietnamese(workbook: object) -> None:
    ws = workbook["Kết quả"]  # type: ignore[index]
    rows = list(ws.iter_rows(values_only=True))
    assert list(rows[0]) == RESULT_HEADER
    statuses = {r[8] for r in rows[1:]}
    assert statuses == {"đạt", "chưa đạt", "không có dữ liệu"}
    assert {r[1] for r in rows[1:]} == {"kỳ", "luỹ kế"}
    assert not any(s in str(v) for r in rows[1:] for v in r[:16] for s in ("chua-dat", "khong-co-du-lieu"))


def test_figures_are_numbers_with_formats(workbook: object) -> None:
    ws = workbook["Kết quả"]  # type: ignore[index]
    first = ws[2]
    assert isinstance(first[6].value, float) and first[6].number_format == '0.00"%"'
    assert isinstance(first[11].value, (int, float)) and first[11].number_format == "#,##0"
    missed = next(r for r in ws.iter_rows(min_row=2) if r[8].value == "chưa đạt")
    assert missed[8].fill.fgColor.rgb.endswith("F8D7DA") and missed[10].value > 0


def test_text_cannot_become_a_formula(tmp_path: Path) -> None:
    units = tmp_path / "units.yaml"
    units.write_text("schema_version: 1\nunits:\n  - {id: u, name: '=cmd|calc', kind: xa}\n", "utf-8")
    plan = (ROOT / "examples/lap-vo/plan.yaml").read_text("utf-8").replace("units: units.yaml", f"units: {units}")
    (tmp_path / "plan.yaml").write_text(plan, "utf-8")
    (tmp_path / "c.csv").write_text('unit,received_new,received_online\n"=cmd|calc",10,1\n', "utf-8")
    out = tmp_path / "x.xlsx"
    args = ["score", "--plan", str(tmp_path / "plan.yaml"), "--counts", str(tmp_path / "c.csv"), "-f", "xlsx"]
    assert CliRunner().invoke(app, [*args, "-o", str(out)]).exit_code in (0, 1)
    names = {r[5] for r in openpyxl.load_workbook(out)["Kết quả"].iter_rows(min_row=2, values_only=True)}
    assert "'=cmd|calc" in names and "=cmd|calc" not in names
