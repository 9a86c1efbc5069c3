"""Vietnamese formatting helpers: the decree's examples, then properties over all inputs."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tthc_cli.model.target import parse_vn_number
from tthc_cli.render import vnformat as vn


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-01-05", "ngày 05 tháng 01 năm 2020"),
        ("2024-02-16", "ngày 16 tháng 02 năm 2024"),
        ("2023-08-02", "ngày 02 tháng 8 năm 2023"),
        ("2024-12-31", "ngày 31 tháng 12 năm 2024"),
        ("2024-02", "ngày      tháng 02 năm 2024"),
        (dt.date(2010, 6, 8), "ngày 08 tháng 6 năm 2010"),
    ],
)
def test_date_words(value: str | dt.date, expected: str) -> None:
    assert vn.format_date(value) == expected


def test_date_numeric_and_place() -> None:
    assert vn.format_date("2024-02-05", "numeric") == "ngày 05/02/2024"
    assert vn.format_date("2010-06-08", "numeric") == "ngày 08/6/2010"
    assert vn.format_date("2024-02", "numeric") == "ngày     /02/2024"
    assert vn.place_date("Tri Tôn", "2024-02-16") == "Tri Tôn, ngày 16 tháng 02 năm 2024"
    with pytest.raises(ValueError):
        vn.format_date("16/02/2024")


@pytest.mark.parametrize(
    ("number", "symbol", "expected"),
    [
        ("5", "QĐ-UBND", "Số: 05/QĐ-UBND"),
        ("05", "QĐ-UBND", "Số: 05/QĐ-UBND"),
        ("752", "QĐ-UBND", "Số: 752/QĐ-UBND"),
        (None, "QĐ-UBND", "Số:      /QĐ-UBND"),
        ("", "BC-UBND", "Số:      /BC-UBND"),
        ("12a", "UBND-HCC", "Số: 12a/UBND-HCC"),
    ],
)
def test_number_line(number: str | None, symbol: str, expected: str) -> None:
    assert vn.number_line(number, symbol) == expected


@pytest.mark.parametrize(
    ("value", "kwargs", "expected"),
    [
        (1886, {}, "1.886"),
        (60.665, {}, "60,67"),
        (1234567.891, {}, "1.234.567,89"),
        (-1234.5, {}, "-1.234,5"),
        (100.0, {}, "100"),
        (7920, {}, "7.920"),
        (0.004, {}, "0"),
        (92.4899, {"decimals": 1}, "92,5"),
        (5.0, {"decimals": 2, "keep_zeros": True}, "5,00"),
        (None, {}, ""),
        (float("nan"), {}, ""),
    ],
)
def test_numbers(value: float | None, kwargs: dict[str, object], expected: str) -> None:
    assert vn.format_number(value, **kwargs) == expected  # type: ignore[arg-type]


def test_percent_counts_roman_quarters() -> None:
    assert vn.format_percent(60.67) == "60,67%"
    assert vn.format_percent(100) == "100%"
    assert vn.format_percent(None) == ""
    assert vn.format_count(5) == "05"
    assert vn.format_count(0) == "00"
    assert vn.format_count(1886) == "1.886"
    assert vn.format_count(5, pad=False) == "5"
    assert [vn.roman(n) for n in (1, 4, 9, 14, 40, 90, 400, 2024)] == [
        "I",
        "IV",
        "IX",
        "XIV",
        "XL",
        "XC",
        "CD",
        "MMXXIV",
    ]
    assert vn.quarter(1, 2024) == "Quý I/2024"
    assert vn.month_deadline(2, 2024) == "Tháng 02/2024"
    assert vn.month_deadline(8) == "Tháng 8"
    with pytest.raises(ValueError):
        vn.from_roman("IIII")
    with pytest.raises(ValueError):
        vn.roman(0)


def test_upper_and_phrases() -> None:
    assert vn.upper("Ủy ban nhân dân huyện Tri Tôn") == "ỦY BAN NHÂN DÂN HUYỆN TRI TÔN"
    decomposed = unicodedata.normalize("NFD", "Đồng Tháp")
    assert vn.upper(decomposed) == "ĐỒNG THÁP"
    assert vn.as_written("  Quý  I/2024 ") == "Quý I/2024"
    assert vn.end_with("Căn cứ Luật;", ".") == "Căn cứ Luật."
    assert vn.end_with("Như Điều 3", ";") == "Như Điều 3;"
    assert vn.end_document("chịu trách nhiệm thi hành Quyết định này.") == "chịu trách nhiệm thi hành Quyết định này./."
    assert vn.end_document("thi hành./.") == "thi hành./."


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_date_rule_and_round_trip(day: dt.date) -> None:
    text = vn.format_date(day)
    m = re.fullmatch(r"ngày (\d{2}) tháng (\d{1,2}) năm (\d{4})", text)
    assert m, text
    assert (m.group(2).startswith("0")) == (day.month in (1, 2))
    assert dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))) == day


@given(st.integers(min_value=1, max_value=3999))
def test_roman_round_trip(n: int) -> None:
    assert vn.from_roman(vn.roman(n)) == n


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False), st.integers(min_value=0, max_value=4))
def test_number_shape_and_value(value: float, decimals: int) -> None:
    text = vn.format_number(value, decimals)
    assert re.fullmatch(r"-?\d{1,3}(\.\d{3})*(,\d+)?", text), text
    parsed = parse_vn_number(text.lstrip("-")) * (-1 if text.startswith("-") else 1)
    assert abs(parsed - value) <= 0.5 * 10**-decimals + 1e-6 * max(1.0, abs(value))


@given(st.integers(min_value=0, max_value=10**12))
def test_integers_group_exactly(n: int) -> None:
    assert vn.format_number(n).replace(".", "") == str(n)


@given(st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ "))
def test_upper_keeps_letters(text: str) -> None:
    out = vn.upper(text)
    assert out == unicodedata.normalize("NFC", out)
    assert len(out) == len(text)
    assert vn.upper(out) == out
    assert out.lower() == text
