"""The citation extractor: every form the seed plans use, malformed numbers, lists sharing a date."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tthc_cli.legal.citations import Citation, extract_citations

LAW = "Luật Tổ chức chính quyền địa phương"
AMENDING = "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương"


def one(text: str) -> Citation:
    found = extract_citations(text, [LAW, AMENDING])
    assert len(found) == 1, found
    return found[0]


# text, number as written, canonical, year in number, kind, (day, month, year) or None, problems
TABLE = [
    (
        "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ",
        "63/2010/NĐ-CP",
        "63/2010/NĐ-CP",
        2010,
        "nghi-dinh",
        (8, 6, 2010),
        (),
    ),
    ("Quyết định số 766/QĐ-TTg ngày 23/6/2022", "766/QĐ-TTg", "766/QĐ-TTg", None, "quyet-dinh", (23, 6, 2022), ()),
    (
        "Thông tư 03/2022/TT-BTP ngày 10 tháng 02 năm 2022",
        "03/2022/TT-BTP",
        "03/2022/TT-BTP",
        2022,
        "thong-tu",
        (10, 2, 2022),
        (),
    ),
    ("Kế hoạch số 243/KH-UBND ngày 12/5/2021", "243/KH-UBND", "243/KH-UBND", None, "ke-hoach", (12, 5, 2021), ()),
    (
        "Công văn số 1549/UBND-TTHC ngày 06/4/2022",
        "1549/UBND-TTHC",
        "1549/UBND-TTHC",
        None,
        "cong-van",
        (6, 4, 2022),
        (),
    ),
    ("Quyết định 876/QĐ-BNV năm 2022", "876/QĐ-BNV", "876/QĐ-BNV", None, "quyet-dinh", (None, None, 2022), ()),
    (
        "Căn cứ Quyết định số 120/QĐ-UBND-HC ngày 05/02/2024 của Chủ tịch",
        "120/QĐ-UBND-HC",
        "120/QĐ-UBND-HC",
        None,
        "quyet-dinh",
        (5, 2, 2024),
        (),
    ),
    (
        "Chỉ thị số 10/CT-TTg của Thủ tướng Chính phủ ngày 22/4/2019 về việc",
        "10/CT-TTg",
        "10/CT-TTg",
        None,
        "chi-thi",
        (22, 4, 2019),
        (),
    ),
    ("Công điện 644/CĐ-TTg năm 2023", "644/CĐ-TTg", "644/CĐ-TTg", None, "cong-dien", (None, None, 2023), ()),
    (
        "văn bản số 2319/VPCP-KSTT ngày 14/4/2022",
        "2319/VPCP-KSTT",
        "2319/VPCP-KSTT",
        None,
        "van-ban",
        (14, 4, 2022),
        (),
    ),
    ("Nghị định 107.NĐ-CP ngày 06/12/2021", "107.NĐ-CP", "107/NĐ-CP", None, "nghi-dinh", (6, 12, 2021), ("separator",)),
    (
        "Quyết định số 143/QĐUBND-HC của Ủy ban nhân dân Tỉnh",
        "143/QĐUBND-HC",
        "143/QĐ-UBND-HC",
        None,
        "quyet-dinh",
        None,
        ("glued-code",),
    ),
    (
        "Kèm theo Quyết định số 752 /QĐ-UBND ngày 16 tháng 02 năm 2024",
        "752/QĐ-UBND",
        "752/QĐ-UBND",
        None,
        "quyet-dinh",
        (16, 2, 2024),
        ("space",),
    ),
    (
        "theo quy định tại 961/QĐ-UBND ngày 14/11/2018",
        "961/QĐ-UBND",
        "961/QĐ-UBND",
        None,
        "quyet-dinh",
        (14, 11, 2018),
        ("missing-kind",),
    ),
    (
        "Nghị định 09/2019/NĐ- CP năm 2019",
        "09/2019/NĐ-CP",
        "09/2019/NĐ-CP",
        2019,
        "nghi-dinh",
        (None, None, 2019),
        ("space",),
    ),
    ("Căn cứ Luật số 80/2015/QH13", "80/2015/QH13", "80/2015/QH13", 2015, "luat", None, ()),
]


@pytest.mark.parametrize(("text", "number", "canonical", "year", "kind", "date", "problems"), TABLE)
def test_citation_forms(
    text: str,
    number: str,
    canonical: str,
    year: int | None,
    kind: str,
    date: tuple[int | None, int | None, int] | None,
    problems: tuple[str, ...],
) -> None:
    c = one(text)
    assert (c.number, c.canonical, c.year, c.doc_type, c.problems) == (number, canonical, year, kind, problems)
    assert text[c.offset :].replace(" ", "").startswith(number)
    if date is None:
        assert c.date is None
    else:
        assert c.date is not None
        assert (c.date.day, c.date.month, c.date.year) == date
        assert text[c.date.offset :].startswith(c.date.text)


def test_list_shares_the_date_and_the_kind() -> None:
    text = "NGHỊ QUYẾT SỐ 01:NQ/CP, 02/NQ-CP ngày 05/01/2024"
    first, second = extract_citations(text)
    assert first.problems == ("separator", "slash-in-code") and first.canonical == "01/NQ-CP"
    assert second.type_from_words == "nghi-quyet" and second.words == "NGHỊ QUYẾT"
    assert first.date is not None and second.date is not None
    assert first.date.shared and not second.date.shared
    assert first.date.offset == second.date.offset == text.index("ngày")


def test_list_sharing_a_year() -> None:
    a, b = extract_citations("giao tại Nghị quyết số 01/NQ-CP, 02/NQ-CP năm 2024 và Công văn số 221/VPCP-KSTT")[:2]
    assert a.date is not None and a.date.year == 2024 and a.date.day is None
    assert b.doc_type == "nghi-quyet"


def test_own_date_is_not_replaced_by_the_next_one() -> None:
    text = "Nghị định số 45/2020/NĐ-CP ngày 08/4/2020, Nghị định 107.NĐ-CP ngày 06/12/2021"
    a, b = extract_citations(text)
    assert a.date is not None and (a.date.day, a.date.month) == (8, 4)
    assert b.date is not None and (b.date.day, b.date.month) == (6, 12)


def test_laws_by_name_longest_first() -> None:
    text = f"Căn cứ {LAW} ngày 19 tháng 6 năm 2015; {AMENDING} ngày 22 tháng 11 năm 2019"
    a, b = extract_citations(text, [LAW, AMENDING])
    assert a.name == LAW and a.date is not None and a.date.year == 2015
    assert b.name == AMENDING and b.date is not None and (b.date.day, b.date.month, b.date.year) == (22, 11, 2019)


def test_name_matching_ignores_case() -> None:
    c = one("Căn cứ Luật Tổ chức Chính quyền địa phương ngày 19 tháng 6 năm 2015")
    assert c.name == LAW and c.offset == 7


def test_bare_numbers_without_symbol() -> None:
    c = one("Chỉ thị 05, ngày 23/2/2023 của Thủ tướng Chính phủ")
    assert c.problems == ("missing-code",) and c.serial == "05" and c.doc_type == "chi-thi"
    assert c.date is not None and (c.date.day, c.date.month, c.date.year) == (23, 2, 2023)
    assert one("Công văn 209 ngày 01/02/2023 của Tổ Công tác").problems == ("missing-code",)


def test_month_as_written_is_kept() -> None:
    c = one("Thông tư số 01/2023/TT-VPCP ngày 05 tháng 04 năm 2023")
    assert c.date is not None and c.date.month_text == "04" and c.date.show() == "05/4/2023"


@pytest.mark.parametrize(
    "text",
    [
        "9.1. UBND thị trấn",
        "tối thiểu 7.920 hồ sơ (30 hồ sơ/ngày x 22 ngày/tháng x 12 tháng)",
        "Định kỳ 3 tháng/ lần",
        "02 lần/năm",
        "ngày 23/6/2022",
        "Tỷ lệ 60,67%",
    ],
)
def test_not_citations(text: str) -> None:
    assert extract_citations(text) == []


@given(st.text(alphabet=st.sampled_from(list("0123456789/.:-, NĐQCPTgUBNDKHngàyth áđịnhsốQuyếtLuật\n")), max_size=80))
def test_never_raises_and_offsets_are_inside(text: str) -> None:
    for c in extract_citations(text, [LAW]):
        assert 0 <= c.offset < len(text)
        if c.date is not None:
            assert text[c.date.offset :].startswith(c.date.text)


@given(st.text(max_size=120))
def test_never_raises_on_any_text(text: str) -> None:
    extract_citations(text, [LAW, AMENDING])
