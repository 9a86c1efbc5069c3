"""``tthc site``: pages from the same results as ``tthc score``, offline, escaped, checked in headless Chromium.

The Chromium tests need Debian's ``chromium`` package; without it they are skipped. Screenshots of each page
kind go to ``$TTHC_ARTIFACTS`` (default ``build/site-shots``).
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chromium_pipe import Browser
from conftest import ROOT
from tthc_cli.cli.main import app
from tthc_cli.cli.score_run import ScoreRequest, build_report
from tthc_cli.errors import InputError
from tthc_cli.score.result import ScoreReport
from tthc_cli.site.build import MAX_UNITS, render_site
from tthc_cli.site.view import NAV_UNITS, file_of_unit

PLAN = ROOT / "examples" / "lap-vo" / "plan.yaml"
COUNTS = sorted(str(p) for p in (ROOT / "examples" / "counts" / "series").glob("*.csv"))
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    result = CliRunner().invoke(app, ["site", str(PLAN), *[a for c in COUNTS for a in ("--counts", c)], "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def score_json() -> dict[str, object]:
    result = CliRunner().invoke(app, ["score", "--plan", str(PLAN), *COUNTS, "--format", "json"])
    assert result.exit_code == 0
    data: dict[str, object] = json.loads(result.output)
    return data


def test_pages_of_each_kind(site: Path) -> None:
    names = sorted(p.name for p in site.iterdir())
    assert names == [
        "don-vi-mot-cua-huyen.html",
        "don-vi-mot-cua-xa.html",
        "index.html",
        "ky-2024-01.html",
        "ky-2024-02.html",
        "ky-2024-03.html",
    ]
    index = (site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="vi">' in index and "Tối thiểu 50" in index and "Bộ chỉ số 766" in index
    assert "✓ đạt" in index and "✗ chưa đạt" in index
    assert index.count("<svg") == index.count("Số liệu của biểu đồ") >= 4


def test_nothing_is_fetched_from_the_network(site: Path) -> None:
    for page in site.iterdir():
        html = page.read_text(encoding="utf-8")
        assert "<script" not in html and "<link" not in html and " src=" not in html
        assert re.findall(r"https?://[^\"' ]+", html) == ["http://www.w3.org/2000/svg"] * html.count("<svg")


def test_text_from_files_is_escaped() -> None:
    report = build_report(ScoreRequest(counts=COUNTS, plan=PLAN))
    evil = dataclasses.replace(report, locality="<script>alert(1)</script>")
    html = render_site(evil)["index.html"]
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def _many_units(n: int) -> ScoreReport:
    """The example's report with ``n`` units, each a copy of its first unit."""
    report = build_report(ScoreRequest(counts=COUNTS, plan=PLAN))
    first = report.units[0]
    units = [dataclasses.replace(first, id=f"xa-{i}", name=f"xã Số {i}") for i in range(n)]
    return dataclasses.replace(report, units=units)


def test_a_site_of_many_units_links_them_from_the_period_table_not_from_every_page() -> None:
    few, many = render_site(_many_units(NAV_UNITS)), render_site(_many_units(NAV_UNITS + 1))
    assert few["index.html"].count('href="don-vi-') == NAV_UNITS
    assert 'href="don-vi-' not in many["index.html"]
    assert f"{NAV_UNITS + 1} đơn vị: xem bảng kỳ 2024-03" in many["index.html"]
    table = many["ky-2024-03.html"]
    assert all(f'href="{file_of_unit(f"xa-{i}")}"' in table for i in range(NAV_UNITS + 1))  # every unit reachable


def test_a_site_of_more_units_than_the_limit_is_refused_in_one_line() -> None:
    with pytest.raises(InputError, match=f"quá giới hạn {MAX_UNITS} đơn vị"):
        render_site(_many_units(MAX_UNITS + 1))


class _Cells(HTMLParser):
    """The text of every element with a ``data-cell`` attribute."""

    def __init__(self) -> None:
        super().__init__()
        self.cells: dict[str, list[str]] = {}
        self._open: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._open.append(dict(attrs).get("data-cell"))
        if self._open[-1]:
            self.cells.setdefault(str(self._open[-1]), []).append("")

    def handle_endtag(self, tag: str) -> None:
        if self._open:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        key = next((k for k in reversed(self._open) if k), None)
        if key:
            self.cells[key][-1] += data


def _number(text: str) -> float | None:
    t = text.strip().rstrip("%")
    return None if t == "—" else float(t.replace(".", "").replace(",", "."))


SHOTS = (("toan-dia-ban", "index.html"), ("don-vi", "don-vi-mot-cua-huyen.html"), ("ky", "ky-2024-03.html"))
DOM_PAGES = ("index.html", "ky-2024-02.html")


@pytest.fixture(scope="module")
def chromium(site: Path) -> dict[str, str]:
    """One Chromium for every page: the DOM of DOM_PAGES, the screenshots of SHOTS (path by ``name.png``)."""
    if CHROMIUM is None:
        pytest.skip("chromium is not installed")
    shots = Path(os.environ.get("TTHC_ARTIFACTS") or ROOT / "build" / "site-shots")
    shots.mkdir(parents=True, exist_ok=True)
    browser = Browser(CHROMIUM)
    out: dict[str, str] = {}
    try:
        for page in DOM_PAGES:
            browser.open(site / page)
            out[page] = browser.dom()
        for name, page in SHOTS:
            png = shots / f"{name}.png"
            png.unlink(missing_ok=True)
            browser.open(site / page)
            browser.screenshot(png)
            out[f"{name}.png"] = str(png)
    finally:
        browser.close()
    return out


def test_numbers_in_chromium_equal_tthc_score_json(chromium: dict[str, str], score_json: dict[str, object]) -> None:
    expected: dict[str, float | None] = {}
    for block in score_json["results"]:  # type: ignore[attr-defined]
        for c in block["cells"]:
            expected[f"{c['indicator']}|{c['unit']}|{block['period']}"] = c["value"]
    for r in score_json["index766"]:  # type: ignore[attr-defined]
        expected[f"index766|{r['unit']}|total"] = r["total"]
        for g in r["groups"]:
            expected[f"index766|{r['unit']}|{g['id']}"] = g["points"]
    seen = 0
    for name in DOM_PAGES:
        parser = _Cells()
        parser.feed(chromium[name])
        assert parser.cells, name
        for key, texts in parser.cells.items():
            for text in texts:
                assert _number(text) == expected[key], (name, key, text)
                seen += 1
    assert seen > 40


def test_screenshots_of_each_page_kind(chromium: dict[str, str]) -> None:
    for name, _ in SHOTS:
        png = Path(chromium[f"{name}.png"])
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
