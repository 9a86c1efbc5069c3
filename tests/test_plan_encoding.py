"""A plan saved in another encoding than UTF-8: one located error naming the encoding and the command that
converts it, and nothing checked on the mojibake; a certain encoding (UTF-16) is read with a warning."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DATA
from test_counts_read import to_cp1258
from tthc_cli import codes
from tthc_cli.cli.main import app
from tthc_cli.errors import InputError
from tthc_cli.lint.engine import validate_paths, validate_plan
from tthc_cli.load.encoding import sniff_8bit, sniff_wide
from tthc_cli.model.config import Config

TEXT = (DATA / "core" / "plan.yaml").read_text(encoding="utf-8")


def _plan(tmp_path: Path, raw: bytes) -> Path:
    shutil.copy(DATA / "core" / "units.yaml", tmp_path / "units.yaml")
    path = tmp_path / "kế hoạch.yaml"
    path.write_bytes(raw)
    return path


def _found(path: Path) -> list[tuple[str, str, int, str]]:
    report = validate_plan(path, Config(root=str(path.parent)))
    return [(d.code, d.severity.value, d.line, d.message + " " + (d.hint or "")) for d in report.diagnostics]


@pytest.mark.parametrize(
    ("raw", "label", "iconv", "page"),
    [
        (to_cp1258(TEXT), "Windows-1258", "-f CP1258", "GetEncoding(1258)"),
        (
            TEXT.replace("ế", "é").replace("ạ", "à").encode("cp1252", errors="replace"),
            "Windows-1252",
            "-f CP1252",
            "1252",
        ),
    ],
    ids=["cp1258", "cp1252"],
)
def test_an_8bit_plan_gets_one_error_naming_its_encoding(
    tmp_path: Path, raw: bytes, label: str, iconv: str, page: str
) -> None:
    found = _found(_plan(tmp_path, raw))
    assert len(found) == 1, found
    code, severity, _line, text = found[0]
    assert (code, severity) == (codes.YAML_ENCODING, "error")
    assert label in text and iconv in text and page in text and "kế hoạch.yaml'" in text


def test_a_utf8_file_with_one_broken_byte_is_located_not_called_another_encoding(tmp_path: Path) -> None:
    raw = TEXT.encode().replace("Mẫu".encode(), b"M\xe2u", 1)
    assert sniff_8bit(raw) is None
    found = _found(_plan(tmp_path, raw))
    assert [f[:2] for f in found] == [(codes.YAML_ENCODING, "error")]
    assert found[0][2] == TEXT[: TEXT.index("Mẫu")].count("\n") + 1


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_is_read_with_a_warning_and_checked_like_utf8(tmp_path: Path, codec: str) -> None:
    raw = TEXT.encode(codec)
    assert sniff_wide(raw) is not None and sniff_wide(raw).certain  # type: ignore[union-attr]
    wide = _found(_plan(tmp_path, raw))
    assert wide[0][:2] == (codes.YAML_ENCODING_DECODED, "warning") and "UTF-" in wide[0][3]
    assert wide[1:] == _found(_plan(tmp_path, TEXT.encode()))


def test_render_refuses_mojibake_even_forced(tmp_path: Path) -> None:
    path = _plan(tmp_path, to_cp1258(TEXT))
    result = CliRunner().invoke(app, ["render", str(path), "-o", str(tmp_path / "out"), "--force"])
    assert isinstance(result.exception, InputError) and "iconv -f CP1258" in str(result.exception)
    assert "Windows-1258" in result.stderr
    assert "(--force)" not in result.stderr and not (tmp_path / "out").exists()


def test_fmt_does_not_rewrite_a_utf16_plan(tmp_path: Path) -> None:
    path = _plan(tmp_path, TEXT.encode("utf-16"))
    result = CliRunner().invoke(app, ["fmt", str(path)])
    assert result.exit_code == 2 and "UTF-16" in result.stderr
    assert path.read_bytes() == TEXT.encode("utf-16")


def test_a_folder_finds_its_utf16_plan(tmp_path: Path) -> None:
    _plan(tmp_path, TEXT.encode("utf-16"))
    report = validate_paths([str(tmp_path)], Config(root=str(tmp_path)))
    assert sorted(Path(f).name for f in report.files) == ["kế hoạch.yaml", "units.yaml"]
    assert codes.YAML_ENCODING_DECODED in {d.code for d in report.diagnostics}
