"""``tthc import``: shipped plans rendered and imported back, hand-built office layouts, bad input."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest

from conftest import ROOT, check_golden, run_tthc
from import_docs import department_plan, empty, merged_header_decision, no_table, tabbed_head_plan, table_per_page
from tthc_cli.errors import InputError
from tthc_cli.importer import ImportOptions, ImportResult, import_document
from tthc_cli.importer.columns import parse_overrides
from tthc_cli.load.yaml_loader import load_yaml
from tthc_cli.model.plan import Plan, Task
from tthc_cli.model.rows import is_row, plan_nodes
from tthc_cli.model.unprinted import DOC_VAR
from tthc_cli.render.plan_doc import render_plan
from tthc_cli.render.plan_file import load_plan
from tthc_cli.review.semantic import diff_texts

PLANS = {name: ROOT / "plans" / name / "2024.yaml" for name in ("tri-ton", "thap-muoi", "di-lang")}
PLANS["lap-vo"] = ROOT / "examples" / "lap-vo" / "plan.yaml"  # a kế hoạch that is only its phụ lục
SHIPPED = tuple(PLANS)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each shipped plan rendered once per test session."""
    folder = tmp_path_factory.mktemp("rendered")
    out: dict[str, Path] = {}
    for name in SHIPPED:
        path = folder / f"{name}.docx"
        path.write_bytes(render_plan(load_plan(PLANS[name])))
        out[name] = path
    return out


def _import(path: Path, out: Path, **kw: Any) -> ImportResult:
    return import_document(path, ImportOptions(output=out, **kw))


def _plan(result: ImportResult) -> Plan:
    loaded = load_yaml(result.text)
    assert loaded.ok
    return Plan.model_validate(loaded.data)


def _rows(data: Any) -> list[tuple[str, str, str]]:
    """Rows as printed (a block's indicator statement is printed as the block's heading, not as a row)."""
    nodes = [n for n in plan_nodes(data) if is_row(n) and n.path[-1] != "indicator"]
    return [(n.kind if n.kind == "group" else "row", n.stt, n.text) for n in nodes]


def _keys(data: Any) -> list[str | None]:
    nodes = [n for n in plan_nodes(data) if is_row(n) and n.kind != "group" and n.path[-1] != "indicator"]
    return [n.data.get("indicator") for n in nodes]


@pytest.mark.parametrize("name", SHIPPED)
def test_rendered_plan_imports_to_the_same_content(name: str, rendered: dict[str, Path], tmp_path: Path) -> None:
    original = PLANS[name].read_text(encoding="utf-8")
    result = _import(rendered[name], tmp_path / "2024.yaml")
    assert result.from_tthc and result.unmatched == 0
    diff = diff_texts(original, result.text, "plan", "imported")
    assert not diff.differs, [c.message for c in diff.changes]
    _plan(result)


def test_diff_command_reports_the_round_trip_as_the_same(rendered: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "plans" / "2024.yaml"
    out.parent.mkdir()
    imported = run_tthc("import", str(rendered["thap-muoi"]), "-o", str(out))
    # exit 1: the plan keeps a finding its source silenced with a comment, and comments are not printed
    assert imported.code == 1 and "TT301" in imported.out, imported.out + imported.err
    assert "đã ghi" in imported.out
    same = run_tthc("diff", "plans/thap-muoi/2024.yaml", str(out))
    assert same.code == 0, same.out


@pytest.mark.parametrize("name", SHIPPED)
def test_text_alone_gives_every_row_in_place(name: str, rendered: dict[str, Path], tmp_path: Path) -> None:
    """Without the document variable (a file an office retyped), every row and heading is still read."""
    document = docx.Document(str(rendered[name]))
    for var in document.settings.element.iter(f"{W}docVar"):
        assert var.get(f"{W}name") == DOC_VAR
        var.getparent().remove(var)
    plain = tmp_path / "plain.docx"
    document.save(str(plain))
    result = _import(plain, tmp_path / "2024.yaml")
    assert not result.from_tthc
    original = load_yaml(PLANS[name].read_text(encoding="utf-8")).data
    got, want = _rows(result.data), _rows(original)
    assert len(got) == len(want)
    for (kind, stt, text), (kind0, stt0, text0) in zip(got, want, strict=True):
        # sub-items without a number or bullet read as more lines of the content: same words, same order
        assert (kind, stt) == (kind0, stt0) and text.startswith(text0), (stt0, text0)
    # indicator rows are recognised by their words against the indicator set: never a wrong key, and all but
    # a row whose printed name is far from the set's wording (lap-vo's long name of the 766 index) are found
    pairs = list(zip(_keys(result.data), _keys(original), strict=True))
    assert all(got in (None, want) for got, want in pairs), pairs
    found, wanted = sum(1 for got, _ in pairs if got), sum(1 for _, want in pairs if want)
    assert found >= wanted - 1
    assert ("parent" in result.data) == ("parent" in original)
    if "parent" in original:
        assert result.data["parent"]["number"] == original["parent"]["number"]
    _plan(result)


def test_merged_header_cells_and_section_rows(tmp_path: Path) -> None:
    result = _import(merged_header_decision(tmp_path / "qd.docx"), tmp_path / "2025.yaml")
    plan = _plan(result)
    doc = plan.document
    assert (doc.issuer.name, doc.number, doc.symbol, doc.place, doc.date) == (
        "Ủy ban nhân dân huyện An Phú",
        "215",
        "QĐ-UBND",
        "An Phú",
        "2025-03-05",
    )
    assert doc.authority == "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN AN PHÚ"
    assert [b.text for b in doc.bases][1].endswith("về kiểm soát thủ tục hành chính")
    assert doc.proposal == "Theo đề nghị của Chánh Văn phòng HĐND và UBND huyện"
    assert len(doc.articles) == 2 and doc.recipients == ["Như Điều 2", "Lưu: VT"]
    assert doc.signer is not None and (doc.signer.capacity, doc.signer.name) == ("KT. CHỦ TỊCH", "Nguyễn Văn An")
    assert (plan.year, plan.level, plan.locality, plan.id) == (2025, "huyen", "huyện An Phú", "an-phu-2025")
    table = plan.appendices[0].blocks[0].table
    assert table is not None
    assert [(c.key, c.header) for c in table.columns] == [
        ("stt", "STT"),
        ("content", "Nội dung"),
        ("lead", "Chủ trì"),
        ("support", "Phối hợp"),
        ("deadline", "Thời gian hoàn thành"),
    ]
    assert [(s.stt, s.title, len(s.items)) for s in table.sections] == [
        ("I", "Công bố, công khai thủ tục hành chính", 2),
        ("II", "Số hóa hồ sơ", 3),
    ]
    rows = [r.model_dump(exclude_defaults=True) for s in table.sections for r in s.items]
    assert rows[0] == {
        "stt": "1",
        "content": "Công khai thủ tục hành chính tại Bộ phận Một cửa",
        "lead": {"text": "Văn phòng HĐND và UBND huyện"},
        "support": {"text": "Các phòng, ban"},
        "deadline": "Thường xuyên",
    }
    assert rows[1]["content"] == "Rà soát danh mục thủ tục hành chính\nCập nhật trên Cổng Dịch vụ công"
    assert rows[1]["lead"] == {"text": "Văn phòng HĐND và UBND huyện"}, "a cell merged downwards belongs to both rows"
    assert rows[3]["assignment"] == {"text": "Đã được phân công theo Kế hoạch số 45/KH-UBND", "ref": "45/KH-UBND"}
    assert rows[4]["deadline"] == "Khi có yêu cầu của cấp trên" and "support" not in rows[4]
    notes = " ".join(n.message for n in result.notes)
    assert "dòng đánh số cột" in notes and "ô gộp dọc" in notes
    assert "# tthc import: tên đầy đủ" in result.text
    check_golden(ROOT / "tests" / "golden" / "import" / "merged-header.yaml", result.text)


def test_tabbed_head_text_box_title_and_two_numbering_columns(tmp_path: Path) -> None:
    result = _import(tabbed_head_plan(tmp_path / "kh.docx"), tmp_path / "2025.yaml")
    plan = _plan(result)
    doc = plan.document
    assert (doc.kind, doc.issuer.name, doc.number, doc.symbol, doc.place, doc.date) == (
        "ke-hoach",
        "Ủy ban nhân dân xã Vĩnh Hậu",
        "12",
        "KH-UBND",
        "Vĩnh Hậu",
        "2025-01-10",
    )
    assert doc.title == "Kiểm soát thủ tục hành chính năm 2025 trên địa bàn xã Vĩnh Hậu"
    assert plan.level == "xa" and plan.plan is not None
    assert [(p.stt, p.heading) for p in plan.plan.parts] == [("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NỘI DUNG")]
    assert plan.plan.parts[1].paragraphs[0].ref == "phu-luc"
    assert doc.signer is not None and (doc.signer.capacity, doc.signer.title) == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    table = plan.appendices[0].blocks[0].table
    assert table is not None
    assert [c.key for c in table.columns] == ["stt", "stt2", "content", "executors", "deadline", "note"]
    second = table.sections[1].items[0]
    assert isinstance(second, Task)
    assert second.model_dump(exclude_defaults=True)["stt2"] == "1" and second.stt == "3"
    assert second.note == "Sổ tiếp nhận\nBáo cáo hằng quý"
    assert "không đọc được thời hạn 'Trong vòng 05 ngày làm việc'" in result.text


def test_table_per_page_with_repeated_headers_and_a_group(tmp_path: Path) -> None:
    result = _import(table_per_page(tmp_path / "qd.docx"), tmp_path / "2025.yaml")
    plan = _plan(result)
    assert plan.document.number is None and plan.document.date == "2025-02"
    first = plan.document.articles[0]
    assert (first.title, first.text) == (
        "Ban hành kế hoạch",
        "Ban hành kèm theo Quyết định này Kế hoạch cải cách thủ tục hành chính năm 2025.",
    )
    assert (plan.level, plan.locality) == ("huyen", "thị xã Tân Châu")
    blocks = plan.appendices[0].blocks
    assert len(blocks) == 1, "the second page's table continues the first"
    table = blocks[0].table
    assert table is not None and [c.key for c in table.columns][-1] == "target"
    section = table.sections[0]
    assert (section.stt, section.title) == ("A", "NHIỆM VỤ CHUNG")
    assert [getattr(r, "content", None) or r.group for r in section.items] == [  # type: ignore[union-attr]
        "Giải quyết hồ sơ đúng hạn",
        "Thanh toán trực tuyến",
        "Số hóa hồ sơ",
    ]
    group = section.items[2]
    assert [r.stt for r in group.items] == ["3.1", "3.2"]  # type: ignore[union-attr]
    assert "không đọc được chỉ tiêu 'Đạt chỉ tiêu tỉnh giao'" in result.text
    stray = "Quyết định này thay thế Quyết định số 12/QĐ-UBND ngày 10/01/2024."
    assert any(stray in n.message and "chưa xếp được" in n.message for n in result.notes)
    assert f"# tthc import: trước phụ lục: {stray}" in result.text, "kept word for word at the top of the file"


def test_column_override_and_unknown_units(tmp_path: Path) -> None:
    units = tmp_path / "units.yaml"
    units.write_text(
        "schema_version: 1\nlocality: huyện An Phú\n"
        "units:\n  - {id: bp-mot-cua, name: Bộ phận Một cửa, kind: bo-phan}\n",
        encoding="utf-8",
    )
    columns = parse_overrides(["Thời gian hoàn thành=note"])
    result = _import(merged_header_decision(tmp_path / "qd.docx"), tmp_path / "2025.yaml", columns=columns, units=units)
    table = _plan(result).appendices[0].blocks[0].table
    assert table is not None and table.columns[-1].key == "note"
    assert "tên đơn vị chưa có trong danh sách đơn vị: 'Các phòng'" in result.text
    assert "'Bộ phận Một cửa'" not in result.text
    assert "units:" not in result.text, "the registry next to the plan is found without a units: key"
    with pytest.raises(InputError, match="không có khóa cột 'hạn'"):
        parse_overrides(["Thời hạn=hạn"])


def _zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_text("không phải Word", encoding="utf-8"), "không phải tệp Word .docx"),
        (lambda p: p.write_bytes(_zip({"word/document.xml": b"\0" * (60 * 1024 * 1024)})), "tệp nén bất thường"),
        (lambda p: p.write_bytes(_zip({"a.txt": b"x"})), "thiếu phần nội dung"),
        (lambda p: p.write_bytes(_zip({"word/document.xml": b"<w:document"})), "bị hỏng"),
        (lambda p: empty(p), "văn bản trống"),
        (lambda p: no_table(p), "không có bảng nào"),
    ],
    ids=["not-docx", "zip-bomb", "no-document-part", "corrupt", "empty", "no-table"],
)
def test_bad_input_is_one_vietnamese_line(make: Any, message: str, tmp_path: Path) -> None:
    source = tmp_path / "in.docx"
    make(source)
    with pytest.raises(InputError, match=message):
        _import(source, tmp_path / "out.yaml")


def test_truncated_docx_and_pdf_and_missing_libreoffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good = merged_header_decision(tmp_path / "good.docx").read_bytes()
    cut = tmp_path / "cut.docx"
    cut.write_bytes(good[: len(good) // 2])
    with pytest.raises(InputError, match=r"không phải tệp Word|bị hỏng"):
        _import(cut, tmp_path / "out.yaml")
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    with pytest.raises(InputError, match="không nhập từ PDF"):
        _import(pdf, tmp_path / "out.yaml")
    monkeypatch.setattr("tthc_cli.render.pdf.find_soffice", lambda: None)
    old = tmp_path / "plan.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(InputError, match="cần LibreOffice"):
        _import(old, tmp_path / "out.yaml")


def test_odt_goes_through_libreoffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The converter is called as LibreOffice is (headless, to docx, into a temporary folder) and its output
    read; a stand-in converter keeps the test fast and independent of an installed LibreOffice."""
    made = merged_header_decision(tmp_path / "made.docx")
    fake = tmp_path / "soffice"
    fake.write_text(
        f'#!/bin/sh\nwhile [ "$1" != "--outdir" ]; do shift; done\ncp "{made}" "$2/in.docx"\n',
        encoding="utf-8",
    )
    fake.chmod(0o755)
    monkeypatch.setattr("tthc_cli.render.pdf.find_soffice", lambda: str(fake))
    odt = tmp_path / "Kế hoạch.odt"
    odt.write_bytes(b"PK")
    assert _plan(_import(odt, tmp_path / "2025.yaml")).document.number == "215"


def test_cli_refuses_to_overwrite_and_prints_one_line(tmp_path: Path) -> None:
    source = merged_header_decision(tmp_path / "qd.docx")
    out = tmp_path / "2025.yaml"
    out.write_text("giữ nguyên\n", encoding="utf-8")
    refused = run_tthc("import", str(source), "-o", str(out))
    assert refused.code == 2 and "--force" in refused.err and "Traceback" not in refused.err
    assert out.read_text(encoding="utf-8") == "giữ nguyên\n"
    bad = tmp_path / "bad.docx"
    bad.write_text("x", encoding="utf-8")
    failed = run_tthc("import", str(bad), "-o", str(tmp_path / "x.yaml"))
    assert failed.code == 2 and len(failed.err.strip().splitlines()) == 1 and "Traceback" not in failed.err
    assert not (tmp_path / "x.yaml").exists()
    (tmp_path / "tthc.toml").write_text('[import_columns]\n"Thời gian hoàn thành" = "result"\n', encoding="utf-8")
    done = run_tthc("import", str(source), "-o", str(out), "--force", "--column", "Nội dung=content", cwd=tmp_path)
    assert done.code == 0, done.out + done.err
    assert "Cần xem lại" in done.out and "Kiểm tra (tthc validate)" in done.out
    written = out.read_text(encoding="utf-8")
    assert written.count("tthc import:") >= 2
    assert "{key: result, header: Thời gian hoàn thành}" in written, "the configuration's column mapping"


def test_footnotes_come_back_with_their_paragraph(tmp_path: Path) -> None:
    """A căn cứ and a phụ lục paragraph with Word footnotes: rendered, stripped of the document variable,
    imported; the footnote texts are back on the paragraphs that cite them."""
    text = (ROOT / "plans" / "thap-muoi" / "2024.yaml").read_text(encoding="utf-8")
    first = "    - Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
    assert first in text
    cited = '    - footnotes: ["Đã được sửa đổi, bổ sung năm 2019."]\n      text: ' + first.removeprefix("    - ")
    text = text.replace(first, cited, 1)
    plan_path = tmp_path / "2024.yaml"
    plan_path.write_text(text, encoding="utf-8")
    (tmp_path / "units.yaml").write_bytes((ROOT / "plans" / "thap-muoi" / "units.yaml").read_bytes())
    rendered = tmp_path / "qd.docx"
    rendered.write_bytes(render_plan(load_plan(plan_path)))
    result = _import(rendered, tmp_path / "imported.yaml")
    assert _plan(result).document.bases[0].footnotes == ["Đã được sửa đổi, bổ sung năm 2019."]
    diff = diff_texts(text, result.text, "plan", "imported")
    assert not diff.differs, [c.message for c in diff.changes]


def test_department_with_parent_agency_and_typed_signature(tmp_path: Path) -> None:
    result = _import(department_plan(tmp_path / "kh.docx"), tmp_path / "2025.yaml")
    plan = _plan(result)
    doc = plan.document
    assert (doc.issuer.parent, doc.issuer.name, doc.number, doc.symbol, doc.date) == (
        "Ủy ban nhân dân tỉnh An Giang",
        "Sở tư pháp",
        "08",
        "KH-STP",
        "2025-01-20",
    )
    assert (plan.level, plan.locality) == ("tinh", "tỉnh An Giang")
    assert doc.recipients == ["UBND tỉnh", "Lưu: VT, VP"]
    assert doc.signer is not None and (doc.signer.title, doc.signer.name) == ("GIÁM ĐỐC", "Phạm Văn Dũng")
    appendix = plan.appendices[0]
    assert (appendix.label, appendix.title, appendix.orientation) == ("PHỤ LỤC I", "DANH MỤC NHIỆM VỤ", "portrait")
    table = appendix.blocks[0].table
    assert table is not None and [c.key for c in table.columns] == ["stt", "content", "deadline"]
    first, second = table.items
    assert first.note == "Kinh phí: 20 triệu đồng" and second.note is None  # type: ignore[union-attr]
    assert "cột 'Kinh phí' không ứng với cột nào" in " ".join(n.message for n in result.notes)


def test_template_sample_plan_round_trips(tmp_path: Path) -> None:
    """The plan ``tthc templates check`` renders uses every printed element (cơ quan chủ quản, an Điều with a
    title and paragraphs, a note paragraph, a number below 10, a last Điều without "./.")."""
    from tthc_cli.render.sample import sample_plan
    from tthc_cli.review.fmt import nfc_data
    from tthc_cli.review.semantic import diff_data

    loaded = sample_plan()
    rendered = tmp_path / "mau.docx"
    rendered.write_bytes(render_plan(loaded))
    result = _import(rendered, tmp_path / "mau.yaml")
    original = {"schema_version": 1, **loaded.plan.model_dump(mode="json", exclude_unset=True)}
    assert [c.message for c in diff_data(nfc_data(original), nfc_data(result.data))] == []
