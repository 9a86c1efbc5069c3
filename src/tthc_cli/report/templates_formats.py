"""The output formats of ``tthc templates check``: each template's problems, or that it is fine."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tthc_cli.report.formats import Reporter, assert_never

if TYPE_CHECKING:
    from pathlib import Path

    from tthc_cli.render.check import TemplateProblem


class TemplatesFormat(str, enum.Enum):
    """Output formats of ``tthc templates check``."""

    TEXT = "text"


@dataclass(frozen=True)
class TemplateCheck:
    """The problems of one checked template."""

    path: Path
    """The template file."""
    problems: tuple[TemplateProblem, ...]
    """What is wrong with it (nothing: it is fine)."""


def _text(checks: list[TemplateCheck]) -> str:
    from tthc_cli.text.escape import visible

    if not checks:
        return "không có mẫu .docx nào để kiểm tra\n"
    lines: list[str] = []
    for check in checks:
        lines.extend(visible(p.line()) for p in check.problems)
        if not check.problems:
            lines.append(f"{check.path}: tốt")
    return "".join(f"{line}\n" for line in lines)


def templates_reporter(fmt: TemplatesFormat) -> Reporter[list[TemplateCheck], str]:
    """The reporter of ``fmt``."""
    match fmt:
        case TemplatesFormat.TEXT:
            return _text
        case _:
            assert_never(fmt)
