"""What the spelling rules share: the words of a plan the checker doubts, found once per plan.

The names the plan's own registry and the legal catalogue know (unit names and aliases, the locality,
documents' titles, issuers and aliases) are never doubted: "Tri Tôn", "Đắk Lắk" or a commune's name are
right because the registry says so, whatever the lexicon holds.
"""

from __future__ import annotations

import re

from tthc_cli.findings import YamlPath
from tthc_cli.lint.context import PlanContext
from tthc_cli.lint.legal_support import catalogue
from tthc_cli.lint.textpos import strings
from tthc_cli.lint.wordlists import misspelling_spans
from tthc_cli.model.units import Unit, UnitGroup, UnitsFile
from tthc_cli.text.spelling import Misspelt, check_text

_WORD = re.compile(r"[^\W\d_]+")


def unit_names(units: UnitsFile) -> list[str]:
    """Every name and alias of the registry's units and groups."""
    entries: list[Unit | UnitGroup] = [*units.units, *units.groups]
    return [n for u in entries for n in (u.name, *u.aliases)]


def known_names(ctx: PlanContext) -> frozenset[str]:
    """The lower-case words of every name the units registry and the legal catalogue know."""
    key = "spelling.names"
    if key not in ctx.extra:
        names: list[str] = []
        if ctx.units is not None:
            names += [ctx.units.locality or "", *unit_names(ctx.units)]
        for doc in catalogue(ctx).documents:
            names += [doc.title, doc.issuer or "", doc.locality or "", *doc.aliases]
        data = ctx.data if isinstance(ctx.data, dict) else {}
        names.append(str(data.get("locality") or ""))
        ctx.extra[key] = frozenset(w.lower() for n in names for w in _WORD.findall(n))
    found: frozenset[str] = ctx.extra[key]
    return found


def doubted(ctx: PlanContext) -> list[tuple[YamlPath, str, Misspelt]]:
    """Every doubted word of the plan's text with its string, in document order.

    A word inside a phrase of the shipped misspelling list is left to that list (rule TT704 reports it
    with the list's correction).
    """
    key = "spelling.doubted"
    if key not in ctx.extra:
        names = known_names(ctx)
        out: list[tuple[YamlPath, str, Misspelt]] = []
        for path, value in strings(ctx):
            listed = [(s, e) for s, e, _ in misspelling_spans(value)]
            for m in check_text(value, names):
                if not any(s < m.end and m.start < e for s, e in listed):
                    out.append((path, value, m))
        ctx.extra[key] = out
    found: list[tuple[YamlPath, str, Misspelt]] = ctx.extra[key]
    return found


def hint(m: Misspelt) -> str | None:
    """The suggestions as a hint ("có thể là 'dân', 'danh'"), or ``None`` when there are none."""
    if not m.suggestions:
        return None
    return "có thể là " + ", ".join(f"'{s}'" for s in m.suggestions)
