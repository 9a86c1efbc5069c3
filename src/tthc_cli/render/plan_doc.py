"""Rendering a plan to .docx: the decision (or kế hoạch), the attached kế hoạch, and the phụ lục."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tthc_cli.errors import InputError
from tthc_cli.render.appendix import appendix_xml
from tthc_cli.render.context import decision_context
from tthc_cli.render.docvars import write_unprinted
from tthc_cli.render.engine import find_template, render_docx
from tthc_cli.render.footnotes import apply as apply_footnotes
from tthc_cli.render.footnotes import collecting
from tthc_cli.render.plan_file import LoadedPlan
from tthc_cli.render.sections import (
    PORTRAIT,
    header_refs,
    layout_for,
    replace_body_sect_pr,
    sect_pr_xml,
    section_break,
)

DECISION_TEMPLATE = "quyet-dinh.docx"
"""Template of a quyết định or kế hoạch with its phụ lục."""


def appendices_xml(loaded: LoadedPlan, refs: str, *, include_document: bool, only: str | None = None) -> str:
    """Every phụ lục (or only the one with id ``only``), each in its own section.

    The portrait section of the document (or of the attached kế hoạch, which numbers its own pages from 1)
    is closed first when the document is printed; the last appendix's section properties are those of the
    document body, set after rendering.
    """
    plan = loaded.plan
    appendices = [a for a in plan.appendices if only is None or a.id == only]
    parts: list[str] = []
    if include_document and appendices:
        parts.append(section_break(sect_pr_xml(PORTRAIT, refs, restart=_has_attached_plan(loaded))))
    for i, appendix in enumerate(appendices):
        layout = layout_for(appendix.orientation)
        parts.append(appendix_xml(appendix, plan.document, layout, loaded.unit_names))
        if i < len(appendices) - 1:
            parts.append(section_break(sect_pr_xml(layout, refs, restart=True)))
        else:
            parts.append(section_break())
    return "".join(parts)


def _has_attached_plan(loaded: LoadedPlan) -> bool:
    return loaded.plan.document.kind == "quyet-dinh" and loaded.plan.plan is not None


MAX_ROWS = 10_000
"""Rows a rendered plan may hold: a real phụ lục has a few hundred (python-docx keeps about 35 KB per row in
memory, so 50.000 rows would take well over a gigabyte)."""


def _check_size(loaded: LoadedPlan) -> None:
    from tthc_cli.model.rows import is_row, plan_nodes

    rows = sum(1 for node in plan_nodes(loaded.plan.model_dump(exclude_defaults=True)) if is_row(node))
    if rows > MAX_ROWS:
        raise InputError(
            f"{loaded.path}: kế hoạch có {rows} dòng phụ lục, quá giới hạn {MAX_ROWS} dòng của một văn bản",
            hint="chia phụ lục thành nhiều kế hoạch, hoặc xuất từng phụ lục với --only",
        )


def render_plan(
    loaded: LoadedPlan,
    *,
    only: str | None = None,
    template_dir: Path | None = None,
    template: Path | None = None,
) -> bytes:
    """The .docx of the plan; ``only`` is an appendix id (``phu-luc``) to print that appendix alone;
    ``template`` names the template file itself (default: found by :func:`find_template`)."""
    from markupsafe import Markup

    plan = loaded.plan
    _check_size(loaded)
    if only is not None and not any(a.id == only for a in plan.appendices):
        known = ", ".join(a.id for a in plan.appendices) or "không có phụ lục nào"
        raise InputError(f"{loaded.path}: không có phụ lục '{only}' (có: {known})")
    path = template or find_template(DECISION_TEMPLATE, loaded.path, template_dir)
    include_document = only is None
    appendices = [a for a in plan.appendices if only is None or a.id == only]

    def context(tpl: Any) -> dict[str, Any]:
        refs = header_refs(tpl.get_docx().element.body.sectPr)
        ctx = decision_context(plan, include_document=include_document)
        ctx["appendices"] = Markup(appendices_xml(loaded, refs, include_document=include_document, only=only))
        if ctx["plan"] is not None:
            ctx["plan"]["section_break"] = Markup(section_break(sect_pr_xml(PORTRAIT, refs, restart=False)))
        return ctx

    with collecting() as notes:

        def finish(document: Any) -> None:
            refs = header_refs(document.element.body.sectPr)
            if appendices:
                last = layout_for(appendices[-1].orientation)
                replace_body_sect_pr(document, sect_pr_xml(last, refs, restart=True))
            elif include_document and _has_attached_plan(loaded):
                replace_body_sect_pr(document, sect_pr_xml(PORTRAIT, refs, restart=True))
            apply_footnotes(document, notes)
            write_unprinted(document, plan)

        return render_docx(path, context, finish)
