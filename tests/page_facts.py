"""Reading PDF pages back for the page tests: LibreOffice renders, poppler's pdftotext gives each line with its
position, and page PNGs are kept for people to look at when ``TTHC_ARTIFACTS`` names a folder."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from tthc_cli.render.pdf import find_soffice

XHTML = "{http://www.w3.org/1999/xhtml}"


@dataclass(frozen=True)
class Line:
    """One printed line: its words joined by spaces and its top and bottom (points from the page top)."""

    text: str
    top: float
    bottom: float


@dataclass(frozen=True)
class Page:
    """One page: size in points and its lines top to bottom."""

    width: float
    height: float
    lines: list[Line]

    @property
    def text(self) -> str:
        """All the page's text, one line per line."""
        return "\n".join(line.text for line in self.lines)

    @property
    def landscape(self) -> bool:
        return self.width > self.height

    @property
    def number(self) -> int | None:
        """The page number printed in the top margin, or ``None``."""
        first = self.lines[0] if self.lines else None
        if first is not None and first.text.isdigit() and first.bottom < 0.09 * self.height:
            return int(first.text)
        return None

    @property
    def body(self) -> list[Line]:
        """The lines below the page number."""
        return self.lines[1:] if self.number is not None else self.lines


def tools_missing() -> str | None:
    """Why the page tests cannot run here, or ``None``."""
    if find_soffice() is None:
        return "chưa cài LibreOffice (soffice)"
    if shutil.which("pdftotext") is None:
        return "chưa cài poppler (pdftotext)"
    return None


def to_pdf(docx_files: list[Path], outdir: Path) -> list[Path]:
    """Convert every file with one LibreOffice start (much faster than one start per file)."""
    soffice = find_soffice()
    assert soffice is not None
    profile = (outdir / "profile").as_uri()
    cmd = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", str(outdir)]
    subprocess.run([*cmd, *map(str, docx_files)], capture_output=True, timeout=600, check=False)
    return [outdir / f.with_suffix(".pdf").name for f in docx_files]


def read_pages(pdf: Path) -> list[Page]:
    """Every page of ``pdf`` with its lines, sorted top to bottom, left to right."""
    out = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, check=True, timeout=120)
    root = etree.fromstring(out.stdout, etree.XMLParser(recover=True, huge_tree=True))
    pages = []
    for page in root.iter(f"{XHTML}page"):
        lines = []
        for line in page.iter(f"{XHTML}line"):
            words = [w.text or "" for w in line.iter(f"{XHTML}word")]
            lines.append((float(line.get("yMin")), float(line.get("xMin")), float(line.get("yMax")), " ".join(words)))
        lines.sort()
        pages.append(
            Page(float(page.get("width")), float(page.get("height")), [Line(t, y0, y1) for y0, _, y1, t in lines])
        )
    return pages


def keep_pngs(pdf: Path) -> None:
    """Write the pages as PNG (60 dpi) into ``$TTHC_ARTIFACTS`` when it is set (CI uploads that folder)."""
    folder = os.environ.get("TTHC_ARTIFACTS")
    if not folder or shutil.which("pdftoppm") is None:
        return
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(target / pdf.stem)], check=False, timeout=300)
