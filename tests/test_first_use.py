"""What a new user tries first: --unit by alias, render to a named file, several counts files, new into a new
folder, schema at the configuration root."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import ROOT, run_tthc
from tthc_cli.cli.main import app
from tthc_cli.render import pdf

PLAN = "examples/lap-vo/plan.yaml"
MARCH = "examples/counts/2024-03-huyen-xa.csv"
SERIES = [f"examples/counts/series/2024-0{m}.csv" for m in (1, 2, 3)]


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("NO_COLOR", "1")


def _units(*wanted: str) -> list[str]:
    args = ["score", "--plan", PLAN, "--counts", MARCH, "-f", "json"]
    for w in wanted:
        args += ["--unit", w]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    return [u["id"] for u in json.loads(result.stdout)["units"] if u["id"] != "*"]


@pytest.mark.parametrize(
    ("wanted", "ids"),
    [
        (("mot-cua-xa",), ["mot-cua-xa"]),
        (("Bộ phận Một cửa xã, thị trấn",), ["mot-cua-xa"]),
        (("Cấp xã",), ["mot-cua-xa"]),  # an alias in units.yaml
        (("cấp  XÃ",), ["mot-cua-xa"]),  # case and spacing as typed
        (("Bộ phận Một cửa huyện, xã, thị trấn",), ["mot-cua-huyen", "mot-cua-xa"]),  # a group: its members
        (("Cấp xã", "mot-cua-huyen"), ["mot-cua-huyen", "mot-cua-xa"]),
    ],
)
def test_unit_by_id_name_alias_or_group(wanted: tuple[str, ...], ids: list[str]) -> None:
    assert _units(*wanted) == ids


def test_unknown_unit_is_named_in_one_line() -> None:
    result = run_tthc("score", "--plan", PLAN, "--counts", MARCH, "--unit", "Cấp xã", "-u", "xã Z")
    assert result.code == 2 and result.err.startswith("tthc: lỗi: không có đơn vị nào khớp --unit xã Z")
    assert result.err.count("\n") == 1


def test_render_to_a_named_docx_in_a_new_folder(tmp_path: Path) -> None:
    target = tmp_path / "quyết định" / "tri tôn.docx"
    result = CliRunner().invoke(app, ["render", "plans/tri-ton/2024.yaml", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.is_file() and [p.name for p in target.parent.iterdir()] == ["tri tôn.docx"]


def test_render_to_a_named_pdf_never_makes_a_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    converted: list[Path] = []

    def convert(docx: Path) -> Path:  # LibreOffice itself is tested in test_render_safety.py
        converted.append(docx)
        docx.with_suffix(".pdf").write_bytes(b"%PDF-1.7")
        return docx.with_suffix(".pdf")

    monkeypatch.setattr(pdf, "convert_to_pdf", convert)
    target = tmp_path / "x.pdf"
    result = CliRunner().invoke(app, ["render", "plans/tri-ton/2024.yaml", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert converted == [tmp_path / "x.docx"] and target.is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.docx", "x.pdf"]


REPORT = "examples/lap-vo/bao-cao-2024-03.yaml"


def test_render_report_takes_several_files_after_one_counts(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        ["render", "report", "--plan", PLAN, "--report", REPORT, "--counts", *SERIES, "-o", str(tmp_path / "bc.docx")],
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "bc.docx").is_file()
    missing = CliRunner().invoke(app, ["render", "report", "--plan", PLAN, "-o", str(tmp_path)])
    assert missing.exit_code == 2 and "cần ít nhất một tệp số liệu" in missing.output


def test_new_creates_missing_folders(tmp_path: Path) -> None:
    out = tmp_path / "plans" / "an-tuc" / "2025.yaml"
    args = ["new", "--level", "xa", "--kind", "ke-hoach", "--year", "2025", "--locality", "xã An Tức", "-o", str(out)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "id: an-tuc-2025" in out.read_text(encoding="utf-8")


def test_schema_is_written_at_the_configuration_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "tthc.toml").write_text('units = "units.yaml"\n', encoding="utf-8")
    (tmp_path / "plans" / "an-tuc").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "plans" / "an-tuc")
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "schema").iterdir()) == ["plan.schema.json", "units.schema.json"]
    assert not (tmp_path / "plans" / "an-tuc" / "schema").exists()


def test_schema_without_configuration_goes_to_the_git_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "plans").mkdir()
    monkeypatch.chdir(tmp_path / "plans")
    assert CliRunner().invoke(app, ["schema"]).exit_code == 0
    assert (tmp_path / "schema" / "plan.schema.json").is_file()
