"""The Vietnamese spell checker: the orthography, the shipped lexicon, plan text it was not built from, and
the corrected plans (which must get no text finding)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT
from tthc_cli.lint.engine import validate_plan
from tthc_cli.text.keyboard import telex, vni
from tthc_cli.text.lexicon import lexicon
from tthc_cli.text.spelling import check_text
from tthc_cli.text.syllable import canonical, compose, parse, split_tone

TEXT_CODES = {"TT702", "TT704", "TT706", "TT707"}


@pytest.mark.parametrize(
    ("word", "valid"),
    [
        ("quyết", True),
        ("quyêt", False),  # -t takes only sắc or nặng
        ("hoạch", True),
        ("hoàch", False),  # -ch likewise
        ("kiểm", True),
        ("ciểm", False),  # c before i: k
        ("cô", True),
        ("kô", False),  # k only before i, e, ê, y
        ("ghi", True),
        ("gi", True),
        ("ghà", False),  # gh only before i, e, ê
        ("nghị", True),
        ("ngiêm", False),  # ngh before i
        ("yên", True),
        ("iên", False),  # no onset: yê
        ("tiên", True),
        ("quốc", True),
        ("quóc", False),
        ("giếng", True),
        ("gìn", True),
        ("khuỷu", True),
        ("người", True),
        ("ngừơi", False),  # tone on ơ, not ư
        ("tóan", False),  # with a coda the tone goes on the last vowel
        ("cácch", False),
        ("hđnd", False),
    ],
)
def test_syllable_validity(word: str, valid: bool) -> None:
    assert (parse(word) is not None) is valid


@pytest.mark.parametrize(
    ("old", "new"), [("hòa", "hoà"), ("thủy", "thuỷ"), ("hóa", "hoá"), ("Ủy", "Uỷ"), ("khỏe", "khoẻ")]
)
def test_both_tone_placements_are_one_syllable(old: str, new: str) -> None:
    assert parse(old) is not None and parse(new) is not None
    assert canonical(old) == canonical(new) == old.lower()


def test_every_shipped_syllable_is_canonical_and_round_trips_through_the_new_placement() -> None:
    assert lexicon().syllables >= open_syllables()
    for syllable in sorted(open_syllables()):
        assert canonical(syllable) == syllable, syllable
        split = split_tone(syllable)
        assert split is not None
        assert canonical(compose(split[0], split[1], new_style=True)) == syllable, syllable


def open_syllables() -> set[str]:
    """The syllables of the shipped ``syllables.txt``."""
    text = (ROOT / "src/tthc_cli/data/lexicon/syllables.txt").read_text(encoding="utf-8")
    return {line for line in text.split("\n") if line and not line.startswith("#")}


def test_the_derived_lexicon_names_its_sources_and_licences() -> None:
    folder = ROOT / "src/tthc_cli/data/lexicon"
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "MIT" in readme and "Apache License 2.0" in readme
    for name in ("words.txt", "syllables.txt", "loanwords.txt"):
        head = (folder / name).read_text(encoding="utf-8")[:600]
        assert "pyvi 0.1.1" in head and "MIT License" in head and "underthesea 9.5.0" in head and "Apache" in head


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        (telex, ("thuwcj", "thực")),
        (telex, ("ddieenj", "điện")),
        (vni, ("vie65t", "việt")),
        (vni, ("tru7o7ng2", "trường")),
    ],
)
def test_input_method_switched_off_reads_back(typed: object, meant: tuple[str, str]) -> None:
    assert callable(typed)
    assert typed(meant[0]) == meant[1]


def test_suggestions_put_the_keyboard_reading_and_the_word_with_a_neighbour_first() -> None:
    found = check_text("giải quyêt hồ sơ; thuwcj hiện; tiếp nhận kiến nghi; nhân dan")
    assert [m.suggestions[0] for m in found] == ["quyết", "thực", "nghị", "dân"]


_TEXT = st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyĐÂáàảãạếềểễệóòỏõọúùủũụ 0123456789.,;:-/()%@'", max_size=60)


@given(_TEXT)
@settings(max_examples=300, deadline=None)
def test_findings_are_whole_words_in_reading_order(text: str) -> None:
    found = check_text(text)
    assert [m.start for m in found] == sorted(m.start for m in found)
    for m in found:
        word = text[m.start : m.end]
        assert word and not any(ch.isspace() for ch in word), (text, m)
        assert m.kind in ("invalid", "context")


# Plan text written for this test in the shapes of other offices' documents (a commune's report, a
# department's plan, a decision's article), each typo as a clerk makes it, with its correction.
OFFICE_TEXTS = [
    (
        "Năm 2024, UBND xã đã tiếp nhận 1.245 hồ sơ thủ tục hành chính, trong đó giải quyết đúng hạng 1.230 "
        "hồ sơ; tiếp nhận và sử lý 12 phản ánh, kiến nghi của nhân dan về quy định hành chính.",
        {"hạng": "hạn", "sử lý": "xử lý", "kiến nghi": "kiến nghị", "nhân dan": "nhân dân"},
    ),
    (
        "Sở Thông tin và Truyền thông chủ trì, phối hợp với các sở, ngành triển khai dịch vụ công trưc tuyến "
        "toàn trình; đẩy mạnh cải cácch hành chính, xây dựng chính quyền điên tử.",
        {"trưc": "trực", "cácch": "cách", "điên tử": "điện tử"},
    ),
    (
        "Điều 2. Giao Văn phòng UBND tỉnh hướng dẫn các xã, phường, trị trấn thực hiện tiếp nhận hồ sơ không "
        "phụ thuộc vào địa giới hành chín; giải quyêt dứt điểm hồ sơ tồn đọng trước thang 6 năm 2025.",
        {"trị trấn": "thị trấn", "hành chín": "hành chính", "giải quyêt": "giải quyết", "thang 6": "tháng 6"},
    ),
    (
        "Phòng Tư pháp huyện tăng cường kiểm tra công tác chứng thực, đăng ký hộ tịch; nâng cao chất lượng "
        "phụ vụ người dân, bảo đảm công khai, minh bạch, giảm thời gian chờ đợi của người dân, doanh nghiêp.",
        {"phụ vụ": "phục vụ", "doanh nghiêp": "doanh nghiệp"},
    ),
]


def _typo_found(text: str, typo: str) -> bool:
    start = text.index(typo)
    return any(start <= m.start < start + len(typo) for m in check_text(text))


def test_typos_of_other_offices_are_found_and_the_corrected_text_is_clean() -> None:
    typos = [(text, typo) for text, fixes in OFFICE_TEXTS for typo in fixes]
    missed = [typo for text, typo in typos if not _typo_found(text, typo)]
    assert len(missed) <= 0.2 * len(typos), missed
    for text, fixes in OFFICE_TEXTS:
        corrected = text
        for typo, fix in fixes.items():
            corrected = corrected.replace(typo, fix)
        assert check_text(corrected) == (), [corrected[m.start : m.end] for m in check_text(corrected)]


@pytest.mark.parametrize("place", ["di-lang", "thap-muoi", "tri-ton"])
def test_corrected_seed_plans_get_no_text_finding(place: str) -> None:
    found = [d for d in validate_plan(ROOT / "plans" / place / "2024.yaml").diagnostics if d.code in TEXT_CODES]
    assert found == [], [f"{d.line}:{d.column} {d.message}" for d in found]


def test_spelling_benchmark_says_so_when_the_corpus_is_absent(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "benchmarks/spelling.py", "--corpus", str(tmp_path / "none")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Không có thư mục kho văn bản" in proc.stdout
