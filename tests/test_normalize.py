"""The one normaliser: spellings officers really type compare equal, and nothing else does."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tthc_cli.model.units import UnitsFile
from tthc_cli.text.normalize import fold, fold_with_offsets, squash
from tthc_cli.units.match import UnitMatcher


@pytest.mark.parametrize(
    ("typed", "registered"),
    [
        ("xã Hòa Bình", "xã Hoà Bình"),  # tone on o (old style) or on a (new style)
        ("Ủy ban nhân dân", "Uỷ ban nhân dân"),
        ("phường Thủy Xuân", "phường Thuỷ Xuân"),
        ("Trạm Y tế xã Khỏe", "Trạm Y tế xã Khoẻ"),
        ("Ðội Quản lý", "Đội Quản lý"),  # Latin capital eth typed for Đ
        ("Phòng\u200b Tư pháp", "Phòng Tư pháp"),  # a zero-width space pasted from a web page
        ("\ufeffPhòng Tư pháp", "Phòng Tư pháp"),
        ("PHÒNG  TƯ   PHÁP", "Phòng Tư pháp"),
        (unicodedata.normalize("NFD", "Phòng Tư pháp"), "Phòng Tư pháp"),
        ("Văn phòng – thống kê", "Văn phòng - thống kê"),
    ],
)
def test_spellings_of_one_name_match(typed: str, registered: str) -> None:
    assert fold(typed) == fold(registered)
    units = UnitsFile.model_validate({"units": [{"id": "u", "name": registered, "kind": "xa"}]})
    assert UnitMatcher(units).unit_id(typed) == "u"


@pytest.mark.parametrize(("a", "b"), [("Hòa", "Hóa"), ("Hoàng", "Hoang"), ("thủy", "thùy"), ("Đồng", "Dồng")])
def test_different_words_stay_different(a: str, b: str) -> None:
    assert fold(a) != fold(b)


@given(st.text(max_size=60))
def test_fold_is_idempotent_and_offsets_point_into_the_text(text: str) -> None:
    assert fold(fold(text)) == fold(text)
    folded, where = fold_with_offsets(text)
    assert len(folded) == len(where)
    nfc = unicodedata.normalize("NFC", text)
    assert all(0 <= i < len(nfc) for i in where)
    assert where == sorted(where)


def test_squash() -> None:
    assert squash("  Kế \n hoạch\t năm ") == "Kế hoạch năm"
    assert squash(None) == ""
