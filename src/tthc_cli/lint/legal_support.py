"""What the citation, reference and deadline rules share: the catalogue for a plan, the citations found in
its text and its parsed deadlines, each computed once per plan and kept in ``PlanContext.extra``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any, Literal

from tthc_cli.deadline import Deadline, parse_deadline
from tthc_cli.findings import Severity, YamlPath
from tthc_cli.legal.catalogue import LegalCatalogue
from tthc_cli.legal.citations import Citation, extract_citations
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.textpos import finding_at
from tthc_cli.model.legal import DOC_TYPE_WORDS, LegalDocument

NORMATIVE_TYPES = frozenset({"luat", "nghi-dinh", "thong-tu"})
"""Kinds that are always văn bản quy phạm pháp luật (their number carries the year)."""


@dataclass(frozen=True)
class Placed:
    """A citation with the YAML string it was found in."""

    path: YamlPath
    text: str
    citation: Citation
    line: int
    declared: bool = False
    """Not written in text but declared by the plan (its own number and date, its parent plan's): only the
    date rules look at these."""


@dataclass(frozen=True)
class Match:
    """What the catalogue says about a citation."""

    status: Literal["known", "unknown", "ambiguous", "no-number"]
    documents: tuple[LegalDocument, ...] = ()

    @property
    def document(self) -> LegalDocument | None:
        """The one document, when known."""
        return self.documents[0] if self.status == "known" else None


def finding(
    ctx: PlanContext,
    path: YamlPath,
    text: str,
    offset: int | None,
    message: str,
    hint: str | None = None,
    severity: Severity | None = None,
) -> Finding:
    """A finding pointing at ``offset`` inside the string ``text`` (exact line and column, also in quoted,
    folded and block strings), or at the string itself when ``offset`` is ``None``."""
    if offset is None:
        return Finding(path, message, hint, severity=severity)
    return finding_at(ctx, path, text, offset, message, hint, severity)


def _strings(data: Any) -> list[str]:
    out: list[str] = []
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            out.append(node)
        elif isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return out


def texts(ctx: PlanContext) -> list[tuple[YamlPath, str]]:
    """The plan's text strings with their paths, in document order (computed once per plan)."""
    if "legal.texts" not in ctx.extra:
        ctx.extra["legal.texts"] = list(ctx.iter_strings())
    found: list[tuple[YamlPath, str]] = ctx.extra["legal.texts"]
    return found


def catalogue(ctx: PlanContext) -> LegalCatalogue:
    """The shipped catalogue plus the configured files, without local documents of other places."""
    if "legal.catalogue" not in ctx.extra:
        whole = " ".join(_strings(ctx.data))
        ctx.extra["legal.catalogue"] = ctx.workspace.legal.for_text(whole)
    cat: LegalCatalogue = ctx.extra["legal.catalogue"]
    return cat


def date_finding(ctx: PlanContext, placed: Placed, message: str, hint: str) -> Finding:
    """A finding at the date of a citation (at the declaration itself for a declared one)."""
    date = placed.citation.date
    offset = None if placed.declared or date is None else date.offset
    return finding(ctx, placed.path, placed.text, offset, message, hint)


def written_citations(ctx: PlanContext) -> Iterator[tuple[Placed, Citation]]:
    """The citations written in the plan's text (not those declared in ``document.cites``), with each one's
    parsed citation."""
    for placed in citations(ctx):
        if not placed.declared:
            yield placed, placed.citation


def citations(ctx: PlanContext) -> list[Placed]:
    """Every citation in the plan's text, in document order."""
    if "legal.citations" not in ctx.extra:
        names = catalogue(ctx).aliases
        out: list[Placed] = []
        for path, text in texts(ctx):
            for c in extract_citations(text, names):
                line = finding(ctx, path, text, c.offset, "").line or ctx.loaded.span(path).line
                out.append(Placed(path, text, c, line))
        out.extend(_declared(ctx))
        out.sort(key=lambda p: p.line)
        ctx.extra["legal.citations"] = out
    found: list[Placed] = ctx.extra["legal.citations"]
    return found


def _declared(ctx: PlanContext) -> list[Placed]:
    """The plan's own number and date, and its parent plan's, as citations (so that a text citing either
    with another date is caught)."""
    data = ctx.data if isinstance(ctx.data, dict) else {}
    doc, parent = data.get("document"), data.get("parent")
    pairs: list[tuple[YamlPath, Any, Any]] = []
    if isinstance(doc, dict) and doc.get("number") and doc.get("symbol"):
        pairs.append((("document", "number"), f"{doc['number']}/{doc['symbol']}", doc.get("date")))
    if isinstance(parent, dict):
        pairs.append((("parent", "number"), parent.get("number"), parent.get("date")))
    out = []
    for path, number, date in pairs:
        if not isinstance(number, str) or not isinstance(date, str) or date.count("-") != 2:
            continue
        found = extract_citations(f"{number} ngày {'/'.join(reversed(date.split('-')))}")
        if len(found) == 1 and found[0].date is not None:
            out.append(Placed(path, number, replace(found[0], offset=0), ctx.loaded.span(path).line, declared=True))
    return out


def match(c: Citation, cat: LegalCatalogue) -> Match:
    """Find the cited document: by name, or by number and the year of its number or of its date."""
    if c.name is not None:
        docs = cat.by_name(c.name)
    elif c.canonical is not None:
        docs = cat.find(c.canonical)
    else:
        return Match("no-number")
    if c.date is not None and c.name is None and c.year is None:
        # A number without its year names a different document every year: the date's year tells which.
        docs = [d for d in docs if d.year == c.date.year]
    elif c.date is not None and len(docs) > 1:
        docs = [d for d in docs if d.year == c.date.year] or docs
    if not docs:
        return Match("unknown")
    if len(docs) > 1:
        return Match("ambiguous", tuple(docs))
    return Match("known", tuple(docs))


def label(c: Citation) -> str:
    """How a citation is named in messages: "Quyết định 766/QĐ-TTg"."""
    if c.name:
        return c.name
    kind = c.doc_type
    words = DOC_TYPE_WORDS.get(kind, "Văn bản") if kind else "Văn bản"
    return f"{words} {c.number}"


def show_date(value: str) -> str:
    """A catalogue date (``2022-06-23`` or ``2019``) as printed: "23/6/2022" or "năm 2019"."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) < 3:
        return f"năm {parts[0]}"
    year, month, day = parts
    return f"{day:02d}/{month:02d}/{year}" if month < 3 else f"{day:02d}/{month}/{year}"


def deadlines(ctx: PlanContext) -> list[tuple[YamlPath, str, Deadline | None]]:
    """Every row's deadline with its path and its parse (``None`` when unreadable)."""
    if "deadline.parsed" not in ctx.extra:
        year = ctx.plan.year if ctx.plan else None
        out = []
        for ref in ctx.iter_rows():
            text = getattr(ref.row, "deadline", None)
            if isinstance(text, str) and text.strip():
                out.append(((*ref.path, "deadline"), text, parse_deadline(text, year)))
        ctx.extra["deadline.parsed"] = out
    parsed: list[tuple[YamlPath, str, Deadline | None]] = ctx.extra["deadline.parsed"]
    return parsed


def dated_parts(d: Deadline) -> list[Deadline]:
    """The parts of a deadline that name a calendar date or period."""
    if d.kind == "multiple":
        return [x for p in d.parts for x in dated_parts(p)]
    return [d] if d.start is not None else []


def plan_start(ctx: PlanContext) -> dt.date | None:
    """The earliest day the plan's own date can be (the first of the month when only the month is known)."""
    if ctx.plan is None or ctx.plan.document.date is None:
        return None
    parts = [int(p) for p in ctx.plan.document.date.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
