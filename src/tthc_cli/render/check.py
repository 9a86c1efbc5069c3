"""``tthc templates check``: find what would break a template before an office relies on it.

- a tag split by Word across formatting runs (docxtpl usually joins it again, but a tag split across
  paragraphs or left open breaks the document), reported with the tag;
- Jinja syntax errors, with the tag;
- variables the template uses that tthc does not provide, found by a trial render with a sample plan
  (so ``doc.titel`` is caught as well as ``dco``).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from tthc_cli.errors import InputError

OPEN = ("{{", "{%", "{#")
CLOSE = {"{{": "}}", "{%": "%}", "{#": "#}"}


@dataclass(frozen=True)
class TemplateProblem:
    """One thing wrong with a template."""

    template: str
    severity: Literal["error", "warning"]
    message: str

    def line(self) -> str:
        """``template: lỗi|cảnh báo: message``."""
        word = "lỗi" if self.severity == "error" else "cảnh báo"
        return f"{self.template}: {word}: {self.message}"


def _paragraph_runs(tpl: Any) -> list[list[str]]:
    """The texts of the ``w:t`` elements of every paragraph of the body, headers and footers."""
    from docx.oxml.ns import qn

    docx = tpl.get_docx()
    roots = [docx.element.body]
    for rel in docx.part.rels.values():
        if rel.reltype in (tpl.HEADER_URI, tpl.FOOTER_URI) and not rel.is_external:
            roots.append(rel.target_part.element)
    out = []
    for root in roots:
        for p in root.iter(qn("w:p")):
            out.append([t.text or "" for t in p.iter(qn("w:t"))])
    return out


def split_tags(runs: list[str]) -> tuple[list[str], list[str]]:
    """(tags split across runs, tags opened but not closed in the paragraph) of one paragraph."""
    text = "".join(runs)
    bounds, pos = [], 0
    for r in runs:
        pos += len(r)
        bounds.append(pos)

    def run_of(i: int) -> int:
        return next(k for k, b in enumerate(bounds) if i < b)

    split: list[str] = []
    unclosed: list[str] = []
    i = 0
    while i < len(text) - 1:
        opener = text[i : i + 2]
        if opener not in OPEN:
            i += 1
            continue
        end = text.find(CLOSE[opener], i + 2)
        if end < 0:
            unclosed.append(text[i : i + 40])
            break
        if run_of(i) != run_of(end + 1):
            split.append(text[i : end + 2])
        i = end + 2
    return split, unclosed


def check_template(path: Path, kind: str | None = None) -> list[TemplateProblem]:
    """Every problem found in the template at ``path``; ``kind`` (``quyet-dinh``/``bao-cao``) selects the
    sample used for the trial render (default: from the file name)."""
    from tthc_cli.render.engine import _strict_template

    name = str(path)
    try:
        tpl = _strict_template(path)
    except InputError as exc:
        return [TemplateProblem(name, "error", exc.message)]
    problems: list[TemplateProblem] = []
    for runs in _paragraph_runs(tpl):
        split, unclosed = split_tags(runs)
        problems += [
            TemplateProblem(name, "warning", f"thẻ {t} bị Word tách thành nhiều đoạn định dạng; nên gõ lại liền")
            for t in split
        ]
        problems += [
            TemplateProblem(name, "error", f"thẻ mở nhưng không đóng trong cùng đoạn văn: {t!r}") for t in unclosed
        ]
    if any(p.severity == "error" for p in problems):
        return problems
    try:
        _trial_render(path, kind or path.stem)
    except InputError as exc:
        problems.append(TemplateProblem(name, "error", exc.message.split(": ", 1)[-1]))
    return problems


def _trial_render(path: Path, kind: str) -> None:
    from tthc_cli.render.sample import sample_render

    sample_render(path, kind)


def templates_to_check(folder: Path | None) -> list[Path]:
    """The .docx templates of ``folder``, or the ones tthc would use here (repository, then packaged)."""
    if folder is not None:
        if not folder.is_dir():
            raise InputError(f"{folder}: không phải thư mục")
        return sorted(p for p in folder.glob("*.docx") if not p.name.startswith("~$"))
    from tthc_cli.render.engine import find_template

    packaged = resources.files("tthc_cli") / "templates"
    names = sorted(p.name for p in packaged.iterdir() if p.name.endswith(".docx"))
    return [find_template(n) for n in names]
