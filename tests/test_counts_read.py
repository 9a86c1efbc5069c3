"""Counts files as offices have them: encodings, separators, layouts, XLSX, and every bad file located."""

from __future__ import annotations

import unicodedata
from fractions import Fraction
from pathlib import Path

import pytest

from tthc_cli.load.catalogues import build_catalogue
from tthc_cli.load.counts import CountsRead, read_counts
from tthc_cli.load.counts_numbers import BadNumber, parse_cell_number, parse_period, period_from_name
from tthc_cli.load.yaml_loader import load_yaml
from tthc_cli.model.units import UnitsFile

ROOT = Path(__file__).resolve().parent.parent
CAT = build_catalogue()
UNITS = UnitsFile.model_validate(load_yaml((ROOT / "examples/lap-vo/units.yaml").read_text("utf-8")).data)

WIDE = "unit,received_online,received_new\nCấp huyện,192,243\nCấp xã,1.624,1.806\n"


def _read(tmp_path: Path, name: str, data: bytes | str, **kw: object):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return read_counts([path], CAT, kw.pop("units", UNITS), **kw)  # type: ignore[arg-type]


def _codes(result: CountsRead) -> list[tuple[str, int, int]]:
    return [(d.code, d.line, d.column) for d in result.findings]


def _values(result: CountsRead, unit: str) -> dict[str, Fraction]:
    return result.series.periods[-1].units[unit]


def to_cp1258(text: str) -> bytes:
    """Encode as Windows-1258 does: base letters with their own code, tone marks as combining characters."""
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = list(unicodedata.normalize("NFD", ch))
        for i, mark in enumerate(marks):
            composed = unicodedata.normalize("NFC", base + mark)
            try:
                out += composed.encode("cp1258") + "".join(marks[:i] + marks[i + 1 :]).encode("cp1258")
                break
            except UnicodeEncodeError:
                continue
        else:
            out += (base + "".join(marks)).encode("cp1258")
    return out


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("utf8.csv", WIDE.encode("utf-8")),
        ("bom.csv", b"\xef\xbb\xbf" + WIDE.encode("utf-8")),
        ("utf16.csv", WIDE.replace(",", "\t").encode("utf-16")),
        ("utf16le.tsv", WIDE.replace(",", "\t").encode("utf-16-le")),
        ("semicolon.csv", WIDE.replace(",", ";").encode("utf-8")),
        ("crlf.csv", WIDE.replace("\n", "\r\n").encode("utf-8")),
    ],
)
def test_encodings_and_separators(tmp_path: Path, name: str, data: bytes) -> None:
    result = _read(tmp_path, name, data)
    assert _codes(result) == []
    assert _values(result, "mot-cua-xa") == {"received_online": 1624, "received_new": 1806}


def test_windows_1258_is_detected(tmp_path: Path) -> None:
    result = _read(tmp_path, "cp1258.csv", to_cp1258(WIDE))
    assert [c for c, *_ in _codes(result)] == ["TT809"]
    assert _values(result, "mot-cua-huyen") == {"received_online": 192, "received_new": 243}


def test_wrong_named_encoding_is_located(tmp_path: Path) -> None:
    result = _read(tmp_path, "cp1258.csv", to_cp1258(WIDE), encoding="utf-8")
    assert _codes(result) == [("TT800", 2, 2)]
    assert "0x" in result.findings[0].message


def test_vietnamese_headers_and_numbers(tmp_path: Path) -> None:
    text = "Đơn vị;Tiếp nhận mới trong kỳ;Trực tuyến;Đã giải quyết;Trước hạn;Đúng hạn;Trễ hạn;Tỷ lệ (%);STT\n"
    text += "Cấp xã;1.806;1.624;1.722;1.544;175;03;89,92;1\n"
    result = _read(tmp_path, "vn.csv", text)
    assert _codes(result) == []
    assert _values(result, "mot-cua-xa") == {
        "received_new": 1806, "received_online": 1624, "resolved": 1722,
        "resolved_early": 1544, "resolved_on_time": 175, "resolved_late": 3,
    }  # fmt: skip


def test_long_layout_with_periods(tmp_path: Path) -> None:
    text = "Kỳ,Đơn vị,Chỉ tiêu,Giá trị\n2024-01,Cấp huyện,received_new,231\n02/2024,Cấp huyện,Trực tuyến,158\n"
    text += "Tháng 2/2024,Cấp huyện,received_new,205\n"
    result = _read(tmp_path, "long.csv", text)
    assert _codes(result) == []
    assert [p.period for p in result.series.periods] == ["2024-01", "2024-02"]
    assert _values(result, "mot-cua-huyen") == {"received_online": 158, "received_new": 205}


BAD = [
    ("empty.csv", b"", [("TT811", 1, 1)]),
    ("blank.csv", b"\n\n  \n", [("TT811", 1, 1)]),
    ("pipes.csv", "unit|received_new\nCấp xã|5\n".encode(), [("TT808", 1, 1)]),
    ("text.csv", "unit,received_new,resolved\nCấp xã,12,mười\n".encode(), [("TT803", 2, 3)]),
    ("percent.csv", "unit,received_new\nCấp xã,60%\n".encode(), [("TT803", 2, 2)]),
    ("negative.csv", "unit,received_new\nCấp xã,-4\n".encode(), [("TT804", 2, 2)]),
    ("unit.csv", "unit,received_new\nCấp huyen,4\n".encode(), [("TT801", 2, 1)]),
    ("metric.csv", "unit,received_new,Trực tuyen\nCấp xã,4,2\n".encode(), [("TT802", 1, 3)]),
    ("dupe.csv", 'unit,received_new\nCấp xã,4\n"Một cửa xã, thị trấn",5\n'.encode(), [("TT807", 3, 1)]),
    ("nounit.csv", b"unit,received_new\n,4\n", [("TT801", 2, 1)]),
    ("group.csv", "unit;received_new\nBộ phận Một cửa huyện, xã, thị trấn;4\n".encode(), [("TT801", 2, 1)]),
    ("total.csv", "unit,received_new\nCấp huyện,4\nCấp xã,5\nTổng cộng,10\n".encode(), [("TT806", 4, 2)]),
    ("binary.csv", bytes(range(256)) * 4, [("TT800", 2, 118)]),
    ("zip.csv", b"PK\x03\x04" + bytes(200), [("TT808", 1, 1)]),
]


@pytest.mark.parametrize(("name", "data", "expected"), BAD, ids=[b[0] for b in BAD])
def test_bad_files_give_located_findings(
    tmp_path: Path, name: str, data: bytes, expected: list[tuple[str, int, int]]
) -> None:
    result = _read(tmp_path, name, data)
    assert _codes(result) == expected
    assert all(d.file.endswith(name) and d.message for d in result.findings)


def test_unknown_names_suggest(tmp_path: Path) -> None:
    unit = _read(tmp_path, "u.csv", "unit,received_new\nCấp huyen,4\n").findings[0]
    assert unit.hint == "có phải: 'Bộ phận Một cửa huyện'?"
    metric = _read(tmp_path, "m.csv", "unit,received_new,Trực tuyen\nCấp xã,4,2\n").findings[0]
    assert metric.hint == "có phải: received_online?"
    group = _read(tmp_path, "g.csv", "unit;received_new\nBộ phận Một cửa huyện, xã, thị trấn;4\n").findings[0]
    assert group.hint is not None and "nhóm" in group.hint


def test_total_row_that_matches_is_silent(tmp_path: Path) -> None:
    result = _read(tmp_path, "t.csv", "unit,received_new\nCấp huyện,4\nCấp xã,5\nTổng cộng,9\n")
    assert _codes(result) == [] and len(result.series.periods[0].units) == 2


def test_without_registry_names_are_units(tmp_path: Path) -> None:
    result = _read(tmp_path, "n.csv", "unit,received_new\nxã  Bình Thành,4\n", units=None)
    assert result.series.unit_names == {"xã-bình-thành": "xã Bình Thành"}


def test_several_files_make_a_series(tmp_path: Path) -> None:
    paths = []
    for month, n in (("03", 30), ("01", 10), ("02", 20)):
        p = tmp_path / f"lap-vo-2024-{month}.csv"
        p.write_text(f"unit,received_new\nCấp xã,{n}\n", "utf-8")
        paths.append(p)
    result = read_counts(paths, CAT, UNITS)
    got = [(p.period, int(p.units["mot-cua-xa"]["received_new"])) for p in result.series.periods]
    assert got == [("2024-01", 10), ("2024-02", 20), ("2024-03", 30)]


def _office_workbook(path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Tháng 3"
    ws["A1"] = "BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC THÁNG 3/2024"
    ws.merge_cells("A1:H1")
    ws.append([])
    ws.append(["Đơn vị", "Tiếp nhận", None, None, "Đã giải quyết", None, None, None])
    ws.append([None, "Kỳ trước chuyển qua", "Mới", "Trực tuyến", "Tổng số", "Trước hạn", "Đúng hạn", "Trễ hạn"])
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:D3")
    ws.merge_cells("E3:H3")
    ws.append(["Cấp huyện", 65, 243, 192, 225, 198, 22, 5])
    ws.append(["Cấp xã", 80, 1806, 1624, 1722, 1544, 175, 3])
    ws.append(["Tổng cộng", 145, 2049, 1816, 1947, 1742, 197, 9])
    ws.append(["Cấp xã", 1, 2, 3, 4, 5, 6, 7])
    ws.merge_cells("B8:C8")
    wb.create_sheet("Ghi chú")
    wb.save(path)


def test_xlsx_office_export(tmp_path: Path) -> None:
    path = tmp_path / "2024-03.xlsx"
    _office_workbook(path)
    result = read_counts([path], CAT, UNITS)
    assert _values(result, "mot-cua-huyen") == {
        "carried_over": 65, "received_new": 243, "received_online": 192, "resolved": 225,
        "resolved_early": 198, "resolved_on_time": 22, "resolved_late": 5,
    }  # fmt: skip
    assert result.series.periods[0].period == "2024-03"
    assert sorted(_codes(result)) == [("TT806", 7, 8), ("TT807", 8, 1), ("TT810", 8, 2)]
    assert "ô H7" not in result.findings[0].message


def test_xlsx_named_sheet_and_bad_workbook(tmp_path: Path) -> None:
    from tthc_cli.errors import InputError

    path = tmp_path / "a.xlsx"
    _office_workbook(path)
    result = read_counts([path], CAT, UNITS, sheet="Ghi chú")
    assert _codes(result) == [("TT811", 1, 1)]
    with pytest.raises(InputError, match="không có trang tính 'Khác'"):
        read_counts([path], CAT, UNITS, sheet="Khác")
    bad = tmp_path / "b.xlsx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(InputError, match="không phải tệp XLSX"):
        read_counts([bad], CAT, UNITS)


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.886", 1886), ("60,67", Fraction(6067, 100)), ("1886", 1886), ("60.67", Fraction(6067, 100)),
     ("1,886", 1886), ("1 886", 1886), ("12.345.678", 12345678), ("1.234,5", Fraction(12345, 10)),
     ("", None), ("-", None), (7, 7), (2.5, Fraction(5, 2))],
)  # fmt: skip
def test_numbers(text: object, value: object) -> None:
    assert parse_cell_number(text) == value


@pytest.mark.parametrize("text", ["mười", "60%", "1..2", "NaN", "1e5"])
def test_bad_numbers(text: str) -> None:
    with pytest.raises(BadNumber):
        parse_cell_number(text)


def test_periods() -> None:
    assert parse_period("Tháng 3/2024") == "2024-03"
    assert parse_period("03/2024") == "2024-03"
    assert parse_period("Quý I") == "Quý I"
    assert period_from_name("bao-cao-2024-03-huyen.csv") == "2024-03"
    assert period_from_name("huyen.csv") is None
