"""Deadline phrases: every phrase of the seed plans, printing back, due dates, and properties."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tthc_cli.deadline import Deadline, describe, due_date, parse_deadline, to_text

D = dt.date

# phrase (as printed in seeds 000, 001, 002), kind, start, end, due date (plan year 2024)
SEED_PHRASES: list[tuple[str, str, dt.date | None, dt.date | None, dt.date | None]] = [
    ("Tháng 02", "period", D(2024, 2, 1), D(2024, 2, 29), D(2024, 2, 29)),
    ("Tháng 02/2024", "period", D(2024, 2, 1), D(2024, 2, 29), D(2024, 2, 29)),
    ("Tháng 02 năm 2024", "period", D(2024, 2, 1), D(2024, 2, 29), D(2024, 2, 29)),
    ("Quý I", "period", D(2024, 1, 1), D(2024, 3, 31), D(2024, 3, 31)),
    ("Quý I/2024", "period", D(2024, 1, 1), D(2024, 3, 31), D(2024, 3, 31)),
    ("Quý I năm 2024", "period", D(2024, 1, 1), D(2024, 3, 31), D(2024, 3, 31)),
    ("Quý II năm 2024", "period", D(2024, 4, 1), D(2024, 6, 30), D(2024, 6, 30)),
    ("Quý I hoặc Quý II 2024", "multiple", None, None, D(2024, 6, 30)),
    ("Trong Quý I năm 2024", "period", D(2024, 1, 1), D(2024, 3, 31), D(2024, 3, 31)),
    ("Trước 28/02/2024", "date", None, D(2024, 2, 28), D(2024, 2, 27)),
    ("Trước 30/3/2024", "date", None, D(2024, 3, 30), D(2024, 3, 29)),
    ("Trước ngày 05/9/2024", "date", None, D(2024, 9, 5), D(2024, 9, 4)),
    ("Trước ngày 15/9/2024", "date", None, D(2024, 9, 15), D(2024, 9, 14)),
    ("Trước ngày 30 tháng 4 năm 2024", "date", None, D(2024, 4, 30), D(2024, 4, 29)),
    ("20/02/2024", "date", D(2024, 2, 20), D(2024, 2, 20), D(2024, 2, 20)),
    ("Hàng tháng", "recurrence", None, None, None),
    ("Hằng tháng", "recurrence", None, None, None),
    ("Hàng tuần", "recurrence", None, None, None),
    ("Hàng quý", "recurrence", None, None, None),
    ("Hàng quý (Theo Kế hoạch số 712/KH-UBND ngày 18/11/2020 của UBND tỉnh)", "recurrence", None, None, None),
    ("Định kỳ 06 tháng", "recurrence", None, None, None),
    ("Định kỳ 06 tháng/ 01 lần", "recurrence", None, None, None),
    ("Định kỳ 06 tháng/01 lần", "recurrence", None, None, None),
    ("Định kỳ 06 tháng và cuối năm", "multiple", None, None, D(2024, 12, 31)),
    (
        "Định kỳ hằng tháng công khai kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện "
        "TTHC, dịch vụ công theo Quyết định số 766/QĐ-TTg",
        "recurrence",
        None,
        None,
        None,
    ),
    ("02 lần/năm", "recurrence", None, None, None),
    ("Năm 2024", "period", D(2024, 1, 1), D(2024, 12, 31), D(2024, 12, 31)),
    ("Thường xuyên", "continuous", None, None, None),
    ("Thường xuyên (Trước 01 ngày của hồ sơ đến hạn trả kết quả).", "continuous", None, None, None),
    ("Theo kế hoạch", "per-plan", None, None, None),
    ("Theo Kế hoạch", "per-plan", None, None, None),
    ("Theo Kế hoạch của Cơ quan Trung ương, Tỉnh", "per-plan", None, None, None),
    ("Theo yêu cầu", "on-request", None, None, None),
    ("Ngay sau khi UBND tỉnh có Quyết định công bố danh mục TTHC", "event", None, None, None),
    ("Ngay sau khi có quyết định công bố danh mục TTHC của Chủ tịch UBND tỉnh", "event", None, None, None),
    ("Kể từ ngày có Danh sách công khai của Tỉnh", "event", None, None, None),
    ("Chậm nhất Quý II năm 2024", "period", D(2024, 4, 1), D(2024, 6, 30), D(2024, 6, 30)),
    ("Dự kiến trong tháng 2 hoặc đầu tháng 3 năm 2024", "multiple", None, None, D(2024, 3, 10)),
    ("Trong thời gian 10 ngày kể từ ngày tiếp nhận", "event", None, None, None),
    (
        "Chậm nhất sau 01 ngày, kể từ khi Sở Thông tin và Truyền thông hoàn thành thực hiện đồng bộ TTHC.",
        "event",
        None,
        None,
        None,
    ),
    ("Chậm nhất sau 05 ngày sau khi có Quyết định phê duyệt quy trình nội bộ", "event", None, None, None),
    ("Theo thời gian thực trong năm 2024", "continuous", D(2024, 1, 1), D(2024, 12, 31), D(2024, 12, 31)),
    ("Định kỳ/đột xuất", "multiple", None, None, None),
    ("- Định kỳ 3 tháng/ lần\n- Đột xuất theo yêu cầu của cấp trên", "multiple", None, None, None),
    ("Hàng tuần công khai Bộ chỉ số", "recurrence", None, None, None),
]


@pytest.mark.parametrize(("text", "kind", "start", "end", "due"), SEED_PHRASES, ids=[p[0][:40] for p in SEED_PHRASES])
def test_seed_phrase(text: str, kind: str, start: dt.date | None, end: dt.date | None, due: dt.date | None) -> None:
    d = parse_deadline(text, 2024)
    assert d is not None
    assert d.kind == kind and d.text == text
    if kind != "multiple" or start is not None:
        assert (d.start if d.qualifier != "before" else None, d.end) == (start, end)
    assert due_date(d) == due
    again = parse_deadline(to_text(d), 2024)
    assert again == d, to_text(d)
    assert describe(d)


def test_structure_details() -> None:
    d = parse_deadline("Quý I hoặc Quý II 2024", 2024)
    assert d is not None and d.combine == "or"
    assert [(p.quarter, p.year, p.year_explicit) for p in d.parts] == [(1, 2024, True), (2, 2024, True)]
    assert parse_deadline("Định kỳ 06 tháng/ 01 lần") == Deadline("recurrence", frequency="months", interval=6)
    assert parse_deadline("02 lần/năm") == Deadline("recurrence", frequency="times-per-year", interval=2)
    weekly = parse_deadline("Hàng tuần")
    assert weekly is not None and weekly.frequency == "weekly"
    quarterly = parse_deadline("Hàng quý (Theo Kế hoạch số 712/KH-UBND)")
    assert quarterly is not None and quarterly.note == "Theo Kế hoạch số 712/KH-UBND"
    event = parse_deadline("Trong thời gian 10 ngày kể từ ngày tiếp nhận")
    assert event is not None and (event.days, event.anchor, event.detail) == (10, "kể từ ngày", "tiếp nhận")
    expected = parse_deadline("Dự kiến trong tháng 2 hoặc đầu tháng 3 năm 2024")
    assert expected is not None and expected.qualifier == "expected"
    assert expected.parts[1].part == "early" and expected.parts[1].end == D(2024, 3, 10)
    mixed = parse_deadline("- Định kỳ 3 tháng/ lần\n- Đột xuất theo yêu cầu của cấp trên")
    assert mixed is not None and [p.kind for p in mixed.parts] == ["recurrence", "on-request"]
    assert mixed.parts[1].detail == "của cấp trên"


def test_year_defaults_to_the_plan_year() -> None:
    d = parse_deadline("Tháng 02")
    assert d is not None and d.year is None and d.start is None and not d.year_explicit
    assert due_date(d, 2023) == D(2023, 2, 28)
    assert due_date(d, 2024) == D(2024, 2, 29)
    explicit = parse_deadline("Tháng 02/2024", 2025)
    assert explicit is not None and explicit.year == 2024 and due_date(explicit, 2025) == D(2024, 2, 29)


def test_canonical_words() -> None:
    cases = {
        "Tháng 02 năm 2024": "Tháng 02/2024",
        "Trước 28/02/2024": "Trước ngày 28/02/2024",
        "Hàng tháng": "Hằng tháng",
        "Trong Quý I năm 2024": "Quý I/2024",
        "Định kỳ 3 tháng/ lần": "Định kỳ 03 tháng",
        "tháng 3": "Tháng 3",
    }
    for text, words in cases.items():
        d = parse_deadline(text)
        assert d is not None and to_text(d) == words


@pytest.mark.parametrize(
    "text", ["", "   ", "Tháng hai", "Thường xuyền", "Quý V", "Tháng 13/2024", "31/02/2024", "Tham dự Hội nghị"]
)
def test_unreadable(text: str) -> None:
    assert parse_deadline(text, 2024) is None


_ATOMS = st.sampled_from(
    [
        "Tháng 02",
        "tháng 11/2024",
        "Quý III",
        "Quý IV năm 2025",
        "Trước ngày 15/9/2024",
        "Chậm nhất tháng 6",
        "Hằng quý",
        "Hàng tuần",
        "Định kỳ 06 tháng",
        "02 lần/năm",
        "Năm 2024",
        "cuối năm",
        "Đầu tháng 3",
        "6 tháng đầu năm 2024",
        "Thường xuyên",
        "Theo kế hoạch",
        "Theo yêu cầu",
        "Định kỳ",
        "30/4/2024",
    ]
)


@given(st.lists(_ATOMS, min_size=1, max_size=3), st.sampled_from([" hoặc ", " và ", "\n- "]), st.integers(2020, 2030))
def test_parse_print_parse_is_stable(atoms: list[str], joiner: str, year: int) -> None:
    text = joiner.join(atoms)
    d = parse_deadline(text, year)
    assert d is not None, text
    assert parse_deadline(to_text(d), year) == d


@given(st.text(max_size=80), st.one_of(st.none(), st.integers(1900, 2100)))
def test_never_raises(text: str, year: int | None) -> None:
    d = parse_deadline(text, year)
    if d is not None:
        due_date(d, year)
        describe(d)
        parse_deadline(to_text(d), year)


@given(
    st.text(alphabet=st.sampled_from(list("0123456789/ QuýIVhoặcvàTháng năm()-\nĐịnhkỳlần")), max_size=40),
    st.integers(2000, 2050),
)
def test_never_raises_on_deadline_like_text(text: str, year: int) -> None:
    d = parse_deadline(text, year)
    if d is not None:
        assert parse_deadline(to_text(d), year) == d, (text, to_text(d))
