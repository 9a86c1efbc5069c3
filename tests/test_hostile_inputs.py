"""Hostile paths: every file a user names is read as a regular file within a cap, whoever named it."""

from __future__ import annotations

import io
import os
import re
import shutil
import zipfile
from pathlib import Path

import pytest

from conftest import DATA, run_tthc
from tthc_cli.errors import InputError
from tthc_cli.lint.engine import validate_plan
from tthc_cli.load import counts_xlsx
from tthc_cli.load.bounded import read_bounded
from tthc_cli.load.counts_grid import decode_counts
from tthc_cli.load.counts_xlsx import read_xlsx_grid
from tthc_cli.model.config import Config

PLAN = (DATA / "core" / "plan.yaml").read_text(encoding="utf-8")
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")


def plan_naming(tmp_path: Path, units: str) -> Path:
    (tmp_path / ".git").mkdir()
    path = tmp_path / "plan.yaml"
    path.write_text(f"units: {units}\n" + PLAN.replace("units: units.yaml\n", ""), encoding="utf-8")
    return path


def codes_and_messages(path: Path, config: Config | None = None) -> list[tuple[str, str]]:
    return [(d.code, d.message) for d in validate_plan(path, config or Config(root=str(path.parent))).diagnostics]


def test_bounded_reader_refuses_a_device_and_a_growing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"^units: /dev/zero: không phải tệp thường"):
        read_bounded(Path("/dev/zero"), what="units")
    big = tmp_path / "big.yaml"
    big.write_bytes(b"a" * 2000)
    with pytest.raises(InputError, match="tệp quá lớn"):
        read_bounded(big, max_bytes=1000)
    assert read_bounded(big, max_bytes=2000) == b"a" * 2000


@needs_fifo
def test_bounded_reader_does_not_block_on_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "f.csv"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match=r"^--counts: .*không phải tệp thường"):
        read_bounded(fifo, what="--counts")


@pytest.mark.parametrize(
    ("units", "expected"),
    [
        ("/dev/zero", "units: /dev/zero: nằm ngoài thư mục gốc của kho"),
        ("/bin/ls", "units: /bin/ls: nằm ngoài thư mục gốc của kho"),
        ("../outside.yaml", "units: ../outside.yaml: nằm ngoài thư mục gốc của kho"),
        ("missing.yaml", "không tìm thấy tệp"),
    ],
)
def test_a_plan_names_only_files_in_the_repository(tmp_path: Path, units: str, expected: str) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    (tmp_path / "outside.yaml").write_text("units: []\n", encoding="utf-8")
    found = codes_and_messages(plan_naming(repo, units))
    assert any(code == "TT010" and expected in message for code, message in found), found
    assert all(code != "TT001" for code, _ in found)


def test_configuration_may_allow_files_outside_the_repository(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    shutil.copy(DATA / "core" / "units.yaml", tmp_path / "units.yaml")
    plan = plan_naming(repo, "../units.yaml")
    assert "TT010" in {code for code, _ in codes_and_messages(plan)}
    allowed = Config(root=str(repo), allow_outside_root=True)
    assert "TT010" not in {code for code, _ in codes_and_messages(plan, allowed)}
    device = plan_naming(tmp_path, "/dev/zero")
    found = codes_and_messages(device, Config(root=str(tmp_path), allow_outside_root=True))
    assert ("TT010", "units: /dev/zero: không phải tệp thường (thiết bị, FIFO hoặc socket); không đọc") in found


def test_binary_and_non_utf8_configuration_is_one_line(tmp_path: Path) -> None:
    shutil.copy(DATA / "core" / "plan.yaml", tmp_path / "plan.yaml")
    shutil.copy(DATA / "core" / "units.yaml", tmp_path / "units.yaml")
    (tmp_path / "tthc.toml").write_bytes(b"abc\xff\xfe\x01\x80")
    result = run_tthc("validate", "plan.yaml", cwd=tmp_path)
    assert (result.code, result.err.strip()) == (
        2,
        f"tthc: lỗi: {tmp_path}/tthc.toml: tệp cấu hình không phải UTF-8 (byte 0xff)",
    )


def _xlsx(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_xlsx_inflating_past_the_cap_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(counts_xlsx, "MAX_INFLATED", 1024 * 1024)
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(_xlsx({"xl/worksheets/sheet1.xml": b" " * (2 * 1024 * 1024)}))
    assert path.stat().st_size < 64 * 1024
    with pytest.raises(InputError, match="giải nén ra 2 MB"):
        read_xlsx_grid(path)


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>', "DTD/ENTITY"),
        (b"<Types><unclosed", "không phải tệp XLSX hợp lệ"),
    ],
)
def test_xlsx_with_a_dtd_or_broken_xml_is_one_error(tmp_path: Path, part: bytes, expected: str) -> None:
    path = tmp_path / "bad.xlsx"
    path.write_bytes(_xlsx({"[Content_Types].xml": part}))
    with pytest.raises(InputError, match=expected):
        read_xlsx_grid(path)


def test_csv_field_over_128_kib_is_read_not_a_traceback(tmp_path: Path) -> None:
    counts = tmp_path / "c.csv"
    counts.write_text('unit,received_new\n"' + "x" * 200_000 + '",4\n', encoding="utf-8")
    result = run_tthc("score", "--counts", str(counts), "--plan", str(DATA / "core" / "plan.yaml"))
    assert result.code == 1 and "Traceback" not in result.err and "[TT801]" in result.out


@pytest.mark.parametrize("codec", ["rot13", "hex", "zlib_codec", "khong-co"])
def test_encoding_accepts_text_codecs_only(codec: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_counts(b"unit,received_new\n", "c.csv", codec)
    assert caught.value.message == f"--encoding: bảng mã không được hỗ trợ: {codec}"


@pytest.mark.parametrize("key", ["metrics", "legal"])
def test_a_configured_device_stops_validate_with_one_line(tmp_path: Path, key: str) -> None:
    shutil.copy(DATA / "core" / "plan.yaml", tmp_path / "plan.yaml")
    shutil.copy(DATA / "core" / "units.yaml", tmp_path / "units.yaml")
    value = '["/dev/zero"]' if key == "legal" else '"/dev/zero"'
    (tmp_path / "tthc.toml").write_text(f"{key} = {value}\n", "utf-8")
    result = run_tthc("validate", "plan.yaml", cwd=tmp_path, timeout=20)
    assert result.code == 2
    assert result.err == f"tthc: lỗi: {key}: /dev/zero: không phải tệp thường (thiết bị, FIFO hoặc socket); không đọc\n"


def test_unknown_rule_codes_in_the_configuration_are_an_error(tmp_path: Path) -> None:
    shutil.copy(DATA / "core" / "plan.yaml", tmp_path / "plan.yaml")
    shutil.copy(DATA / "core" / "units.yaml", tmp_path / "units.yaml")
    (tmp_path / "tthc.toml").write_text('disable = ["TT702", "TT9999"]\n', "utf-8")
    result = run_tthc("validate", "plan.yaml", cwd=tmp_path)
    assert (result.code, result.err.strip()) == (
        2,
        f"tthc: lỗi: {tmp_path / 'tthc.toml'}: 'disable' nêu mã quy tắc không tồn tại: 'TT9999' (có phải 'TT999'?)",
    )


def test_fmt_names_the_line_of_a_tab_inside_a_value(tmp_path: Path) -> None:
    from tthc_cli.review.fmt import format_text

    with pytest.raises(InputError, match=r"^p.yaml:2:8: không định dạng được: ký tự tab trong giá trị \("):
        format_text("id: x\nname: a\tb\n", name="p.yaml")


@pytest.mark.parametrize(("ref", "expected"), [("A1:B200000", "200000 dòng"), ("A1:XFD3", "16384 cột")])
def test_xlsx_claiming_too_many_rows_or_columns_is_refused(tmp_path: Path, ref: str, expected: str) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["unit", "received_new"])
    base = tmp_path / "base.xlsx"
    book.save(base)
    with zipfile.ZipFile(base) as src:
        parts = {i.filename: src.read(i.filename) for i in src.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    parts["xl/worksheets/sheet1.xml"] = re.sub(r'<dimension ref="[^"]*"/>', f'<dimension ref="{ref}"/>', sheet).encode()
    path = tmp_path / "claims.xlsx"
    path.write_bytes(_xlsx(parts))
    with pytest.raises(InputError, match=f"trang tính có {expected}"):
        read_xlsx_grid(path)
