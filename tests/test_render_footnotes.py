"""Paragraph footnotes become real Word footnotes: references in the text, texts in the footnotes part."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

from conftest import ROOT
from tthc_cli.render.footnotes import CLOSE, OPEN
from tthc_cli.render.plan_doc import render_plan
from tthc_cli.render.plan_file import load_plan

BASIS = "    - Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015\n"


def _plan_with_footnotes(tmp_path: Path) -> Path:
    shutil.copy(ROOT / "plans" / "tri-ton" / "units.yaml", tmp_path / "units.yaml")
    text = (ROOT / "plans" / "tri-ton" / "2024.yaml").read_text(encoding="utf-8")
    assert BASIS in text
    text = text.replace(
        BASIS,
        "    - text: Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015\n"
        "      footnotes: ['Đã được sửa đổi, bổ sung năm 2019 & năm 2025 <sắp ban hành>.', Chú thích thứ hai.]\n",
    )
    path = tmp_path / "2024.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_footnotes_are_written_as_word_footnotes(tmp_path: Path) -> None:
    out = tmp_path / "out.docx"
    out.write_bytes(render_plan(load_plan(_plan_with_footnotes(tmp_path))))
    with zipfile.ZipFile(out) as z:
        document = z.read("word/document.xml").decode("utf-8")
        notes = z.read("word/footnotes.xml").decode("utf-8")
        types = z.read("[Content_Types].xml").decode("utf-8")
        rels = z.read("word/_rels/document.xml.rels").decode("utf-8")
    assert OPEN not in document and CLOSE not in document
    assert re.findall(r'<w:footnoteReference w:id="(\d+)"/>', document) == ["1", "2"]
    assert "Đã được sửa đổi, bổ sung năm 2019 &amp; năm 2025 &lt;sắp ban hành&gt;." in notes
    assert 'w:id="2"' in notes and "Chú thích thứ hai." in notes
    assert "footnotes+xml" in types and "relationships/footnotes" in rels


def test_no_footnotes_part_without_footnotes(tmp_path: Path) -> None:
    out = tmp_path / "out.docx"
    out.write_bytes(render_plan(load_plan(ROOT / "plans" / "thap-muoi" / "2024.yaml")))
    with zipfile.ZipFile(out) as z:
        assert "word/footnotes.xml" not in z.namelist()
        assert OPEN not in z.read("word/document.xml").decode("utf-8")
