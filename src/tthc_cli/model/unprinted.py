"""What a plan holds that its printed document does not show, carried inside the .docx tthc writes.

A rendered quyết định shows every text of the plan, but not the plan's ids, the indicator keys behind the
indicator rows, the derivation of a count target, the units registry or the parent plan. ``tthc render``
stores those in one Word document variable (``w:docVar``, kept by Word when the office edits and saves the
file), and ``tthc import`` reads them back, so that a rendered plan imported again keeps its ids and keys.
Everything printed is always read from the page; a document without the variable (any office's own file)
is imported from its text alone, and what the importer then has to guess is marked for a human look.

Entries are matched to the imported plan by the printed words of their row or heading (never by position
alone), so rows an office inserted, removed or reordered in Word do not pick up another row's ids.
"""

from __future__ import annotations

import json
from typing import Any, get_args

from tthc_cli.model.plan import ColumnKey

DOC_VAR = "tthc.unprinted"
"""Name of the document variable."""
FORMAT = 1

TOP_KEYS = ("id", "year", "level", "locality", "units", "parent", "formulas", "rounding")
"""Plan keys that are never printed as such."""
ISSUER_KEYS = ("name", "header")
"""The issuer's full name is printed only through the header lines, and whether the lines are written out
or derived from the name does not show."""
NODE_KEYS = {
    "appendix": ("id",),
    "block": ("id", "indicator"),
    "section": ("id",),
    "group": ("id",),
    "task": ("id", "subitems"),
    "indicator": ("id", "indicator", "source", "formula", "precision"),
}
"""Per kind of appendix node, the keys the page does not show (``block.indicator`` is printed only as the
block's heading when the block has one; a task's sub-items print as further lines of its content, which the
importer cannot tell from a content of several lines unless they are numbered or bulleted)."""
TARGET_KEYS = ("basis",)
"""Of a row's target, the derivation is not printed in the target cell."""
ROW_FIELDS: tuple[str, ...] = tuple(k for k in get_args(ColumnKey) if k not in ("stt", "stt2", "content"))
"""Row fields printed only when their table has the column: a value without a column is unprinted."""
DEFAULTED = (
    ("plan", "label", "KẾ HOẠCH"),
    ("plan.attached", "verb", "Ban hành kèm theo"),
    ("plan.attached", "date_style", "words"),
    ("appendices.*", "label", "PHỤ LỤC"),
    ("appendices.*", "orientation", "landscape"),
    ("appendices.*.attached", "verb", "Ban hành kèm theo"),
    ("appendices.*.attached", "date_style", "words"),
)
"""Keys whose default value prints the same as no value: the importer leaves them out, and the document
variable says where the plan wrote them anyway (``tthc diff`` tells a written key from an absent one)."""


def expand(data: Any, pattern: str) -> list[tuple[str, dict[str, Any]]]:
    """The mappings at a dotted path pattern (``*`` is every list item), with their concrete paths."""
    found: list[tuple[str, Any]] = [("", data)]
    for part in pattern.split("."):
        nxt: list[tuple[str, Any]] = []
        for path, value in found:
            if part == "*" and isinstance(value, list):
                nxt += [(f"{path}.{i}".lstrip("."), v) for i, v in enumerate(value)]
            elif isinstance(value, dict) and part in value:
                nxt.append((f"{path}.{part}".lstrip("."), value[part]))
        found = nxt
    return [(p, v) for p, v in found if isinstance(v, dict)]


def closing_slots(data: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Where the renderer ends the document with "./." (the last Điều, the kế hoạch's last paragraph): name →
    (container, key or index) of that text in plain plan data. The printed text always ends with "./.", so
    the variable keeps the text as the plan wrote it."""
    out: dict[str, tuple[Any, Any]] = {}
    articles = (data.get("document") or {}).get("articles") or []
    if articles:
        last = articles[-1]
        if isinstance(last, dict) and last.get("paragraphs"):
            out["articles"] = _paragraph_slot(last["paragraphs"])
        else:
            out["articles"] = (articles, len(articles) - 1) if isinstance(last, str) else (last, "text")
    body = data.get("plan") or {}
    parts = [p for p in body.get("parts") or [] if isinstance(p, dict) and p.get("paragraphs")]
    paragraphs = parts[-1]["paragraphs"] if parts else body.get("intro") or []
    if paragraphs:
        out["plan"] = _paragraph_slot(paragraphs)
    return out


PARAGRAPH_KEYS = ("ref", "style")
"""Of a paragraph, the appendix it points to and its layout do not show as words."""


def paragraph_lists(data: dict[str, Any]) -> list[list[Any]]:
    """Every list of paragraphs in plain plan data: căn cứ, the Điều's paragraphs, the kế hoạch's intro and
    parts, the text before and after each phụ lục table."""
    doc = data.get("document") or {}
    body = data.get("plan") or {}
    out: list[list[Any]] = [doc.get("bases") or [], body.get("intro") or []]
    out += [a.get("paragraphs") or [] for a in doc.get("articles") or [] if isinstance(a, dict)]
    out += [p.get("paragraphs") or [] for p in body.get("parts") or [] if isinstance(p, dict)]
    blocks = [b for a in data.get("appendices") or [] if isinstance(a, dict) for b in a.get("blocks") or []]
    while blocks:
        block = blocks.pop(0)
        if isinstance(block, dict):
            out += [block.get("paragraphs") or [], block.get("after") or []]
            blocks += block.get("blocks") or []
    return [x for x in out if isinstance(x, list)]


def _paragraph_slot(paragraphs: list[Any]) -> tuple[Any, Any]:
    last = paragraphs[-1]
    return (last, "text") if isinstance(last, dict) else (paragraphs, len(paragraphs) - 1)


def encode(payload: dict[str, Any]) -> str:
    """The variable's value: compact JSON with a format number."""
    return json.dumps({"format": FORMAT, **payload}, ensure_ascii=False, separators=(",", ":"))


def decode(value: str) -> dict[str, Any] | None:
    """The payload, or ``None`` when the value is not one this version understands."""
    try:
        data = json.loads(value)
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    return data
