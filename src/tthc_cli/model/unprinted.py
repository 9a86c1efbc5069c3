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
from typing import Any

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
ROW_FIELDS = (
    "directive",
    "lead",
    "support",
    "executors",
    "evaluator",
    "deadline",
    "result",
    "measure",
    "target",
    "note",
)
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
