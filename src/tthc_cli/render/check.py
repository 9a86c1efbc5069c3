"""``tthc templates check``: find what would break a template before an office relies on it.

- a tag split by Word across formatting runs (a warning: docxtpl joins it again), with its paragraph;
- a tag left open in its paragraph (split across paragraphs), a block opened and never closed, a closing
  tag with nothing to close (:mod:`tthc_cli.render.template_errors`, which ``render`` runs too, so both
  commands report the same thing at the same place);
- Jinja syntax errors and every variable the template uses that tthc does not provide, found by a trial
  render with a sample plan (so ``doc.titel`` is caught as well as ``dco``), each with its paragraph or cell.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

from tthc_cli.errors import InputError
from tthc_cli.render.template_errors import split_tags, spots, structural_errors


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


RETYPE = "nên gõ lại liền"


def check_template(path: Path, kind: str | None = None) -> list[TemplateProblem]:
    """Every problem found in the template at ``path``; ``kind`` (``quyet-dinh``/``bao-cao``) selects the
    sample used for the trial render (default: from the file name)."""
    from tthc_cli.render.engine import _strict_template

    name = str(path)
    try:
        tpl = _strict_template(path)
    except InputError as exc:
        return [TemplateProblem(name, "error", exc.message)]
    all_spots = spots(tpl)
    problems = [
        TemplateProblem(
            name, "warning", f"{spot.where}: thẻ {t} bị Word tách thành nhiều đoạn định dạng; nên gõ lại liền"
        )
        for spot in all_spots
        for t in split_tags(spot.runs)[0]
    ]
    problems += [TemplateProblem(name, "error", text) for text in structural_errors(all_spots)]
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
