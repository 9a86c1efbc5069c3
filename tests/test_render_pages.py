"""The printed pages, read from the PDF that LibreOffice makes of each shipped plan and of the Lấp Vò báo cáo.

Skipped where LibreOffice or poppler is not installed (``.ci/run`` installs them when it can). Every document is
rendered and converted once per run, all in one LibreOffice start. Times New Roman is not free software:
LibreOffice prints with Liberation Serif, which has the same advance widths, so the pages break where Word
breaks them. With ``TTHC_ARTIFACTS`` set, the pages are also kept there as PNG files.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from page_facts import Page, keep_pngs, read_pages, to_pdf, tools_missing
from render_helpers import plan_tables, rendered_plan
from tthc_cli.model.plan import Block, Plan, Signer
from tthc_cli.render.appendix import SPLIT_FRACTION
from tthc_cli.render.plan_file import load_plan
from tthc_cli.render.report_doc import render_report
from tthc_cli.render.report_file import load_report
from tthc_cli.render.report_input import report_input
from tthc_cli.render.sections import LANDSCAPE
from tthc_cli.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
PLANS = {p.parent.name: p for p in sorted(ROOT.glob("plans/*/2024.yaml"))}
REPORT = "bao-cao-lap-vo"
PAGES = {"tri-ton": (24, 34), "di-lang": (9, 14), "thap-muoi": (5, 8), REPORT: (3, 6)}
"""Page count ranges (the clerk's printout of March 2024 had 38, 12, 6 and 5 pages before the layout work)."""
PT = 72 / 25.4
"""Points per millimetre."""
FILL = 1 - 1 / SPLIT_FRACTION - 0.02
"""An appendix page is filled at least this far down, except the last page of a block or appendix: only a row
shorter than a third of the page is kept whole, so at most that much is left blank (less a line's slack)."""

pytestmark = pytest.mark.skipif(tools_missing() is not None, reason=tools_missing() or "")


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Page]]:
    folder = tmp_path_factory.mktemp("pages")
    files = []
    for name, path in PLANS.items():
        files.append(folder / f"{name}.docx")
        files[-1].write_bytes(rendered_plan(path))
    loaded = load_plan(ROOT / "examples" / "lap-vo" / "plan.yaml")
    data = report_input(Workspace.open(), loaded, [ROOT / "examples" / "counts" / "2024-03-huyen-xa.csv"])
    words = load_report(ROOT / "examples" / "lap-vo" / "bao-cao-2024-03.yaml")
    files.append(folder / f"{REPORT}.docx")
    files[-1].write_bytes(render_report(loaded, data, report=words))
    out = {}
    for pdf in to_pdf(files, folder):
        assert pdf.is_file(), f"LibreOffice không tạo được {pdf.name}"
        keep_pngs(pdf)
        out[pdf.stem] = read_pages(pdf)
    return out


def _signers() -> Iterator[tuple[str, Signer]]:
    for name, path in PLANS.items():
        signer = load_plan(path).plan.document.signer
        assert signer is not None
        yield name, signer
    report_signer = load_report(ROOT / "examples" / "lap-vo" / "bao-cao-2024-03.yaml").signer
    assert report_signer is not None
    yield REPORT, report_signer


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_count(pages: dict[str, list[Page]], name: str) -> None:
    low, high = PAGES[name]
    assert low <= len(pages[name]) <= high


@pytest.mark.parametrize(("name", "signer"), list(_signers()), ids=lambda x: x if isinstance(x, str) else "")
def test_signature_page_holds_the_whole_block(pages: dict[str, list[Page]], name: str, signer: Signer) -> None:
    (page,) = [p for p in pages[name] if any(line.text.endswith(signer.name) for line in p.lines)]
    text = page.text
    assert signer.title in text and (signer.capacity or signer.title) in text
    assert "Nơi nhận:" in text
    lines = [line.text for line in page.body]
    first = next(i for i, t in enumerate(lines) if t.startswith("Nơi nhận:"))
    assert first > 0, "trang chỉ có khối chữ ký và nơi nhận"
    assert any(t.endswith("./.") for t in lines[:first]), "đoạn cuối văn bản phải cùng trang với chữ ký"


def _headings(plan: Plan) -> list[str]:
    out: list[str] = []

    def walk(blocks: list[Block]) -> None:
        for b in blocks:
            if b.title:
                no = (b.stt or "").rstrip(".")
                out.append(f"{no}. {b.title}" if no else b.title)
            walk(b.blocks)

    for appendix in plan.appendices:
        walk(appendix.blocks)
    return [" ".join(h.split())[:25] for h in out]


@pytest.mark.parametrize("name", sorted(PLANS))
def test_appendix_pages_are_filled(pages: dict[str, list[Page]], name: str) -> None:
    doc = pages[name]
    heads = _headings(load_plan(PLANS[name]).plan)
    for i, page in enumerate(doc):
        if not page.landscape or i == len(doc) - 1:
            continue
        after = doc[i + 1]
        starts_block = after.number is None or any(
            line.text.startswith(h) for line in after.body[:3] for h in heads if h
        )
        if starts_block:
            continue
        top, end = LANDSCAPE.top * PT, page.height - LANDSCAPE.bottom * PT
        bottom = max(line.bottom for line in page.body)
        assert (bottom - top) / (end - top) >= FILL, f"trang {i + 1} còn trống nhiều"


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_numbers_as_decree_30_wants(pages: dict[str, list[Page]], name: str) -> None:
    doc = pages[name]
    assert doc[0].number is None, "trang đầu không đánh số"
    expected = 1
    starts = 0
    for page in doc:
        if page.number is None:
            starts += 1
            expected = 1
            first = page.body[0].text
            assert re.match(r"(ỦY BAN|UỶ BAN|PHỤ LỤC|Phụ lục|KẾ HOẠCH|[A-ZĐ ]{6,})", first), first
        else:
            expected += 1
            assert page.number == expected
    if name in PLANS:
        plan = load_plan(PLANS[name]).plan
        assert starts == 1 + (plan.plan is not None) + len(plan.appendices)


BROKEN_NUMBER = re.compile(r"\d+/(?:[0-9A-ZĐ]+[/-])*$|\d+/(?:[0-9A-ZĐ]+/)*[A-ZĐ]*-$")
"""A line ending inside a legal number or date ("61/2018/", "388/UBND-", "12/")."""


@pytest.mark.parametrize("name", sorted(PAGES))
def test_legal_numbers_and_dates_never_break(pages: dict[str, list[Page]], name: str) -> None:
    for i, page in enumerate(pages[name], 1):
        for line in page.lines:
            text = line.text.replace("\u2060", "")
            assert not BROKEN_NUMBER.search(text), f"trang {i}: {text!r}"


def test_di_lang_row_24_deadline_prints_as_two_lines(pages: dict[str, list[Page]]) -> None:
    lines = [line.text for page in pages["di-lang"] for line in page.lines]
    first = [i for i, t in enumerate(lines) if t == "- Định kỳ 3 tháng/lần"]
    assert len(first) == 2  # rows 24 and 25
    assert all(any(t.startswith("- Đột xuất") for t in lines[i + 1 : i + 8]) for i in first)


def _section_titles(plan: Plan) -> list[str]:
    out: list[str] = []

    def walk(items: list[Any], sections: list[Any]) -> None:
        for item in items:
            if getattr(item, "group", None):
                out.append(" ".join(item.group.split())[:25])
                walk(item.items, [])
        for section in sections:
            out.append(" ".join(section.title.split())[:25])
            walk(section.items, section.sections)

    for table in plan_tables(plan):
        walk(table.items, table.sections)
    return out


@pytest.mark.parametrize("name", sorted(PLANS))
def test_section_rows_stay_with_their_first_row(pages: dict[str, list[Page]], name: str) -> None:
    titles = _section_titles(load_plan(PLANS[name]).plan)
    assert titles
    for i, page in enumerate(pages[name], 1):
        last = page.body[-1].text if page.body else ""
        assert not any(title in last for title in titles), f"trang {i} kết thúc bằng dòng mục: {last!r}"
