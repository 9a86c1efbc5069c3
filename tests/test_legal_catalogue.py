"""The legal catalogue: shipped data, the repository's extra files, errors with positions, local documents."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tthc_cli.errors import InputError
from tthc_cli.legal.catalogue import load_catalogue, number_key, serial_key
from tthc_cli.model.common import partial_date_parts

ROOT = Path(__file__).resolve().parent.parent


def test_shipped_catalogue_is_consistent() -> None:
    cat = load_catalogue()
    assert len(cat.documents) > 50
    for doc in cat.documents:
        assert doc.source, doc.label
        if doc.number and re.match(r"^\d+/\d{4}/", doc.number):
            assert doc.normative, doc.number
            assert int(doc.number.split("/")[1]) == partial_date_parts(doc.date)[0], doc.number
    keys = [(number_key(d.number), d.date) for d in cat.documents if d.number]
    assert len(keys) == len(set(keys))


def test_known_dates() -> None:
    cat = load_catalogue()
    (qd766,) = cat.find("766/QĐ- TTg")
    assert qd766.date == "2022-06-23" and qd766.type == "quyet-dinh" and not qd766.normative
    (law,) = cat.by_name("luật tổ chức  chính quyền địa phương")
    assert law.date == "2015-06-19"
    assert [d.number for d in cat.find_serial("61/NĐ-CP")] == ["61/2018/NĐ-CP"]
    assert serial_key("31/2021/QĐ-TTg") == "31/QĐ-TTG"


def test_local_documents_only_for_plans_that_name_the_place() -> None:
    cat = load_catalogue()
    assert cat.find("1807/QĐ-UBND")
    assert cat.for_text("UBND tỉnh An Giang").find("1807/QĐ-UBND")
    assert not cat.for_text("huyện Tháp Mười, tỉnh Đồng Tháp").find("1807/QĐ-UBND")
    assert cat.for_text("huyện Tháp Mười").find("766/QĐ-TTg")


def test_repository_files_add_and_replace(tmp_path: Path) -> None:
    extra = tmp_path / "legal.yaml"
    extra.write_text(
        "schema_version: 1\ndocuments:\n"
        "  - {number: 01/NQ-CP, type: nghi-quyet, issuer: Chính phủ, date: 2023-01-06}\n"
        "  - {number: 766/QĐ-TTg, type: quyet-dinh, issuer: Thủ tướng Chính phủ, date: 2022-06-23, title: Bộ chỉ số}\n",
        encoding="utf-8",
    )
    cat = load_catalogue([extra])
    assert sorted(d.date for d in cat.find("01/NQ-CP")) == ["2023-01-06", "2024-01-05"]
    (qd766,) = cat.find("766/QĐ-TTg")
    assert qd766.title == "Bộ chỉ số"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("schema_version: 1\ndocuments:\n  - {number: 1/QĐ-UBND, type: quyet-dinh, date: 2024-13-01}\n", ":3:"),
        ("schema_version: 1\ndocuments:\n  - number: 1/QĐ-UBND\n    type: quyết định\n    date: 2024-01-01\n", ":4:"),
        ("documents: [\n", ":2:"),
    ],
)
def test_bad_files_name_the_line(tmp_path: Path, text: str, where: str) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_catalogue([bad])
    assert str(bad) in str(err.value) and where in str(err.value)


def test_real_plans_cite_only_catalogued_documents_and_readable_deadlines() -> None:
    from tthc_cli.lint.engine import validate_paths

    report = validate_paths([str(ROOT / "plans")])
    mine = {"TT202", "TT203", "TT302", "TT303", "TT304", "TT501", "TT502", "TT503"}
    assert [(d.file, d.line, d.code) for d in report.diagnostics if d.code in mine] == []


def test_as_issued_citation_errors_are_found() -> None:
    from tthc_cli.lint.engine import validate_paths

    report = validate_paths([str(ROOT / "examples" / "as-issued")])
    found = {(Path(d.file).parent.name, d.line, d.code) for d in report.diagnostics}
    for line in (78, 672, 680, 1020):
        assert ("tri-ton", line, "TT302") in found and ("tri-ton", line, "TT303") in found
    assert {("di-lang", 198, "TT301"), ("di-lang", 198, "TT304"), ("di-lang", 278, "TT301")} <= found
    assert {("thap-muoi", 31, "TT305"), ("thap-muoi", 73, "TT301"), ("tri-ton", 112, "TT301")} <= found
