"""Hostile text, broken templates, unwritable output, PDF conversion, the report, the chart, the benchmark."""

from __future__ import annotations

import copy
import io
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from render_helpers import broken_template, open_docx, table_rows
from tthc_cli.errors import InputError
from tthc_cli.model.plan import Plan
from tthc_cli.render.check import check_template
from tthc_cli.render.pdf import find_soffice
from tthc_cli.render.plan_doc import render_plan
from tthc_cli.render.plan_file import LoadedPlan
from tthc_cli.render.report_doc import period_words
from tthc_cli.render.sample import SAMPLE_PLAN, sample_plan
from tthc_cli.render.template_errors import split_tags

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "templates" / "quyet-dinh.docx"
HOSTILE = 'A & B <c> "d" \x01\x0b' + "X" * 300


def _hostile_plan() -> LoadedPlan:
    data = copy.deepcopy(SAMPLE_PLAN)
    data["document"]["title"] = HOSTILE
    data["document"]["issuer"]["name"] = "Ủy ban <nhân> & dân"
    data["document"]["recipients"] = ["<script>", "Lưu: VT & H"]
    rows = data["appendices"][0]["blocks"][0]["table"]["sections"][0]["items"]
    rows[0]["content"] = "Nội dung & <b>đậm</b> ]]> {{ doc.title }} {% raw %}"
    rows[0]["deadline"] = ""
    rows[0]["lead"] = {"text": ""}
    return LoadedPlan(Plan.model_validate(data), Path("hostile.yaml"))


def test_hostile_text_is_printed_verbatim() -> None:
    doc = open_docx(render_plan(_hostile_plan()))
    texts = [p.text for p in doc.paragraphs]
    assert 'A & B <c> "d" ' + "X" * 300 in texts
    rows = table_rows(doc.tables[-1])
    assert rows[2][1].startswith("Nội dung & <b>đậm</b> ]]> {{ doc.title }} {% raw %}")
    assert rows[2][2] == "" and rows[2][4] == ""
    recipients = [p.text for p in doc.tables[1].rows[0].cells[0].paragraphs]
    assert "- <script>;" in recipients
    with zipfile.ZipFile(io.BytesIO(render_plan(_hostile_plan()))) as z:
        assert z.testzip() is None


def _broken_template(tmp_path: Path, old: str, new: str) -> Path:
    return broken_template(TEMPLATE, tmp_path / "quyet-dinh.docx", old, new)


def test_unknown_variable_names_template_and_tag(tmp_path: Path) -> None:
    bad = _broken_template(tmp_path, "{{ doc.title }}", "{{ doc.titel }}")
    with pytest.raises(InputError) as err:
        render_plan(sample_plan(), template_dir=tmp_path)
    message = str(err.value)
    assert str(bad) in message and "{{ doc.titel }}" in message and "\n" not in message
    problems = check_template(bad)
    assert any(p.severity == "error" and "doc.titel" in p.message for p in problems)


def test_syntax_error_names_the_tag(tmp_path: Path) -> None:
    bad = _broken_template(tmp_path, "{{ doc.title }}", "{{ doc.title | }}")
    with pytest.raises(InputError) as err:
        render_plan(sample_plan(), template=bad)
    assert "lỗi cú pháp" in str(err.value) and "doc.title |" in str(err.value)


def test_unclosed_paragraph_tag_never_writes_a_corrupt_file(tmp_path: Path) -> None:
    bad = _broken_template(tmp_path, "{%p endfor %}", "{% endfor %}")
    with pytest.raises(InputError) as err:
        render_plan(sample_plan(), template=bad)
    assert str(bad) in str(err.value)


def test_sandbox_blocks_unsafe_attributes(tmp_path: Path) -> None:
    bad = _broken_template(tmp_path, "{{ doc.title }}", "{{ doc.__class__.__mro__ }}")
    with pytest.raises(InputError):
        render_plan(sample_plan(), template=bad)


def test_not_a_docx_template(tmp_path: Path) -> None:
    bad = tmp_path / "quyet-dinh.docx"
    bad.write_text("không phải docx")
    with pytest.raises(InputError, match=r"không phải tệp \.docx"):
        render_plan(sample_plan(), template=bad)


def test_split_tags_are_found() -> None:
    assert split_tags(["{{ doc.", "title }}"]) == (["{{ doc.title }}"], [])
    assert split_tags(["{{ doc.title }}", " và {%p if x %}"]) == ([], [])
    assert split_tags(["{{ doc.title"]) == ([], ["{{ doc.title"])
    assert check_template(TEMPLATE) == []


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tthc_cli", *args], capture_output=True, encoding="utf-8", cwd=cwd, timeout=120
    )


def test_cli_render_and_errors(tmp_path: Path) -> None:
    plan = ROOT / "plans" / "thap-muoi" / "2024.yaml"
    ok = _cli("render", str(plan), "-o", str(tmp_path / "out"), cwd=ROOT)
    assert ok.returncode == 0, ok.stderr
    assert (tmp_path / "out" / "thap-muoi-2024.docx").is_file()
    assert not list((tmp_path / "out").glob(".*tmp"))
    only = _cli("render", "plan", str(plan), "-o", str(tmp_path / "x.docx"), "--only", "khong-co", cwd=ROOT)
    assert only.returncode == 2 and only.stderr.count("\n") == 1 and "khong-co" in only.stderr
    occupied = tmp_path / "y.docx"
    occupied.mkdir()
    denied = _cli("render", str(plan), "-o", str(occupied), cwd=ROOT)
    assert denied.returncode == 2 and denied.stderr.startswith("tthc: lỗi:") and denied.stderr.count("\n") == 1
    assert "Traceback" not in denied.stderr
    invalid = tmp_path / "bad.yaml"
    invalid.write_text("id: x\n")
    bad = _cli("render", str(invalid), "-o", str(tmp_path), cwd=ROOT)
    assert bad.returncode == 2 and "tthc validate" in bad.stderr and "Traceback" not in bad.stderr


@pytest.mark.skipif(find_soffice() is None, reason="LibreOffice (soffice) chưa được cài")
def test_pdf_page_count(tmp_path: Path) -> None:
    from tthc_cli.render.pdf import convert_to_pdf

    docx = tmp_path / "mau.docx"
    docx.write_bytes(render_plan(sample_plan()))
    pdf = convert_to_pdf(docx).read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))
    # decision with its signature (1), the attached kế hoạch (1), the landscape phụ lục (1)
    assert pages == 3


def test_pdf_without_libreoffice_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tthc_cli.errors import OutputError
    from tthc_cli.render import pdf

    monkeypatch.setattr(pdf, "find_soffice", lambda: None)
    with pytest.raises(OutputError, match="chưa cài LibreOffice"):
        pdf.convert_to_pdf(tmp_path / "a.docx")


def test_period_words() -> None:
    assert period_words("2024-03") == "tháng 3 năm 2024"
    assert period_words("2024-Q1") == "quý I năm 2024"
    assert period_words("2024") == "năm 2024"


def test_benchmark_smoke() -> None:
    if not (ROOT / "benchmarks" / "render.py").is_file():
        pytest.fail("thiếu benchmarks/render.py")
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "render.py"), "--rows", "60", "--repeat", "1"],
        capture_output=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    assert "60 dòng phụ lục" in out.stdout and "python-docx" in out.stdout


def test_packaged_templates_match_the_repository() -> None:
    packaged = ROOT / "src" / "tthc_cli" / "templates"
    for name in ("quyet-dinh.docx", "bao-cao.docx"):
        assert (packaged / name).read_bytes() == (ROOT / "templates" / name).read_bytes()
    assert shutil.which("true") is not None


def test_report_from_example_counts_matches_score(tmp_path: Path) -> None:
    counts = ROOT / "examples" / "counts" / "2024-03-huyen-xa.csv"
    plan = ROOT / "examples" / "lap-vo" / "plan.yaml"
    if not (counts.is_file() and plan.is_file()):
        pytest.fail("thiếu số liệu mẫu examples/counts hoặc examples/lap-vo")
    words = ROOT / "examples" / "lap-vo" / "bao-cao-2024-03.yaml"
    done = _cli("render", "report", "--counts", str(counts), "--plan", str(plan), "-o", str(tmp_path), cwd=ROOT)
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "chưa có người ký" in done.stderr
    args = ("render", "report", "--counts", str(counts), "--plan", str(plan), "--report", str(words))
    done = _cli(*args, "-o", str(tmp_path), cwd=ROOT)
    assert done.returncode == 0, done.stderr
    (out,) = tmp_path.glob("bao-cao-*-2024-03.docx")
    doc = open_docx(out.read_bytes())
    texts = [p.text for p in doc.paragraphs]
    assert any("2.194 hồ sơ" in t and "145 hồ sơ" in t for t in texts)
    assert any(t.startswith("+ Tổng số hồ sơ tiếp nhận là 308 hồ sơ") for t in texts)
    rows = table_rows(doc.tables[1])
    assert rows[1][3:] == ["88,63%", "đạt"]
    assert rows[3][3:] == ["99,59%", "chưa đạt"]
