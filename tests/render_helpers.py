"""Reading rendered .docx files back for the render tests: the plan's expected rows and a text dump."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml.ns import qn

from tthc_cli.model.plan import Block, Group, Indicator, Plan, Row, Section, Table, Task, UnitCell

ASSIGNED = {"lead", "support", "executors", "evaluator", "deadline", "result", "note"}


_RENDERED: dict[Path, bytes] = {}


def rendered_plan(path: Path) -> bytes:
    """The .docx of the plan at ``path``, rendered once per test run."""
    from tthc_cli.render.plan_doc import render_plan
    from tthc_cli.render.plan_file import load_plan

    if path not in _RENDERED:
        _RENDERED[path] = render_plan(load_plan(path))
    return _RENDERED[path]


def open_docx(data: bytes) -> Any:
    """A python-docx Document of rendered bytes."""
    return Document(io.BytesIO(data))


def p_text(p: Any) -> str:
    """A paragraph's text as a reader sees it: a non-breaking hyphen reads "-", word joiners vanish."""
    parts = []
    for el in p.iter(qn("w:t"), qn("w:noBreakHyphen")):
        parts.append("-" if el.tag == qn("w:noBreakHyphen") else (el.text or ""))
    return "".join(parts).replace("\u2060", "")


def tc_text(tc: Any) -> str:
    """A cell's paragraphs joined by newlines."""
    return "\n".join(p_text(p) for p in tc.iter(qn("w:p")))


def _lines(text: str | None) -> list[str]:
    """The printed lines of a text written in a plan: one per written line, spaces collapsed."""
    return [" ".join(line.split()) for line in (text or "").splitlines() if line.strip()]


def table_rows(table: Any) -> list[list[str]]:
    """The cell texts of every row, one entry per real cell (a spanning cell once)."""
    return [[tc_text(tc) for tc in tr.tc_lst] for tr in table._tbl.tr_lst]


def _unit(cell: UnitCell | None) -> str:
    if cell is None:
        return ""
    lines = _lines(cell.text or ", ".join(cell.units))
    if cell.qualifier:
        q = " ".join(cell.qualifier.split())
        lines.append(q if q.startswith("(") else f"({q})")
    return "\n".join(lines)


def _value(row: Task | Indicator, key: str) -> str:
    if key == "content":
        if isinstance(row, Task):
            return "\n".join(line for x in [row.content, *row.subitems] for line in _lines(x))
        return "\n".join(_lines(row.name))
    if key in ("lead", "support", "executors", "evaluator"):
        return _unit(getattr(row, key))
    if key == "target":
        return "\n".join(_lines(row.target.text)) if row.target else ""
    value = getattr(row, key)
    return "\n".join(_lines(str(value))) if value else ""


def expected_rows(table: Table) -> list[list[str]]:
    """What the rendered table must show, derived from the plan model alone."""
    keys = [c.key for c in table.columns]
    out = [[c.header for c in table.columns]]

    def spanning(no: str | None, title: str) -> list[str]:
        if keys[0] in ("stt", "stt2") and len(keys) > 1:
            return [no or "", "\n".join(_lines(title))]
        return ["\n".join(_lines(f"{no}. {title}" if no else title))]

    def rows(items: list[Row]) -> Iterator[list[str]]:
        for r in items:
            if isinstance(r, Group):
                yield spanning(r.stt, r.group)
                yield from rows(r.items)
                continue
            cells: list[str] = []
            i = 0
            while i < len(keys):
                if r.assignment and keys[i] in ASSIGNED:
                    cells.append("\n".join(_lines(r.assignment.text)))
                    while i < len(keys) and keys[i] in ASSIGNED:
                        i += 1
                    continue
                cells.append(_value(r, keys[i]))
                i += 1
            yield cells

    def sections(secs: list[Section]) -> Iterator[list[str]]:
        for s in secs:
            yield spanning(s.stt, s.title)
            yield from rows(s.items)
            yield from sections(s.sections)

    out += list(rows(table.items))
    out += list(sections(table.sections))
    return out


def plan_tables(plan: Plan) -> list[Table]:
    """Every appendix table of the plan, in document order."""
    found: list[Table] = []

    def walk(blocks: list[Block]) -> None:
        for b in blocks:
            if b.table is not None:
                found.append(b.table)
            walk(b.blocks)

    for appendix in plan.appendices:
        walk(appendix.blocks)
    return found


def dump(document: Any) -> str:
    """A text dump of a document: sections, then paragraphs (with style) and tables in body order."""
    lines = []
    for i, s in enumerate(document.sections):
        lines.append(
            f"# section {i + 1}: {s.page_width.mm:.0f}x{s.page_height.mm:.0f} mm, "
            f"margins {s.top_margin.mm:.0f}/{s.right_margin.mm:.0f}/{s.bottom_margin.mm:.0f}/{s.left_margin.mm:.0f}"
        )
    body = document.element.body
    styles = {s.style_id: s.name for s in document.styles}
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            text = p_text(child)
            style = child.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
            name = styles.get(style.get(qn("w:val")), "?") if style is not None else "Normal"
            if text:
                lines.append(f"[{name}] {text}")
        elif child.tag == qn("w:tbl"):
            lines.append("<table>")
            for tr in child.iter(qn("w:tr")):
                lines.append(" | ".join(tc_text(tc).replace("\n", " / ") for tc in tr.iter(qn("w:tc"))))
            lines.append("</table>")
    return "\n".join(lines) + "\n"


def broken_template(source: Path, target: Path, old: str, new: str) -> Path:
    """A copy of the template ``source`` at ``target`` with the first ``old`` of its body XML replaced."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode("utf-8")
                assert old in text, old
                data = text.replace(old, new, 1).encode("utf-8")
            dst.writestr(item, data)
    return target
