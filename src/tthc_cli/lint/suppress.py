"""Inline suppressions: ``# tthc: disable=CODE[,CODE…] -- lý do`` on a line, a block, or ``disable-file``.

- At the end of a line: suppresses the codes on that line (and on the rest of a node that starts there,
  such as a block scalar).
- On a line of its own: suppresses them in the YAML node that starts on the next line, the whole block.
- ``# tthc: disable-file=CODE``: suppresses them in the whole file.

Codes may be rule codes (``TT702``) or names (``text.doubled-word``). The reason follows the codes after
``--`` (or in parentheses: ``disable=TT604 (lý do)``); it is kept with each finding it silences and shown
by the JSON and SARIF outputs, so a reviewer sees why. A suppression that suppresses nothing, names an
unknown code or cannot be read is reported (TT901), so stale or mistyped suppressions do not pile up.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from tthc_cli.load.yaml_loader import LoadedYaml

_CODE = r"[A-Za-z0-9_.]+(?:-[A-Za-z0-9_.]+)*"
_COMMENT = re.compile(
    rf"(?:^|\s)#\s*tthc:\s*(disable|disable-file)\s*=\s*({_CODE}(?:\s*,\s*{_CODE})*)"
    r"\s*(?:(?:--|—|–)\s*(?P<dash>.*?)|\((?P<paren>.*)\))?\s*$"
)
_MARK = re.compile(r"(?:^|\s)#\s*tthc:")
"""Any tthc comment: one that the grammar above does not read is reported, not ignored."""


@dataclass
class Suppression:
    """One suppression comment and what it covers."""

    line: int
    column: int
    codes: list[str]
    first: int
    last: int
    used: set[str] = field(default_factory=set)
    unknown: list[str] = field(default_factory=list)
    reason: str = ""
    """Why, as written after the codes ("" when not given)."""
    malformed: bool = False
    """A ``# tthc:`` comment that is not a suppression as written: it covers nothing."""


def _node_end_lines(loaded: LoadedYaml) -> dict[int, int]:
    ends: dict[int, int] = {}
    for path, span in loaded.values.items():
        start = loaded.keys[path].line if path in loaded.keys else span.line
        ends[start] = max(ends.get(start, start), span.end_line)
    return ends


def parse_suppressions(text: str, loaded: LoadedYaml, canonical: Callable[[str], str | None]) -> list[Suppression]:
    """Find the suppression comments of a file; ``canonical`` maps a code or name to a rule code."""
    lines = text.split("\n")
    ends = _node_end_lines(loaded)
    out: list[Suppression] = []
    for idx, line in enumerate(lines):
        if "tthc:" not in line:
            continue
        m = _COMMENT.search(line)
        mark = _MARK.search(line)
        if not m:
            if mark is not None:
                column = line.index("#", mark.start()) + 1
                out.append(Suppression(idx + 1, column, [], idx + 1, idx + 1, malformed=True))
            continue
        lineno = idx + 1
        column = line.index("#", m.start()) + 1
        raw_codes = [c.strip() for c in m.group(2).split(",") if c.strip()]
        codes: list[str] = []
        unknown: list[str] = []
        for raw in raw_codes:
            code = canonical(raw)
            (codes if code else unknown).append(code or raw)
        own_line = not line[: column - 1].strip()
        if m.group(1) == "disable-file":
            first, last = 1, len(lines)
        elif own_line:
            nxt = lineno + 1
            while nxt <= len(lines) and (not lines[nxt - 1].strip() or lines[nxt - 1].lstrip().startswith("#")):
                nxt += 1
            first, last = nxt, ends.get(nxt, nxt)
        else:
            first, last = lineno, ends.get(lineno, lineno)
        reason = (m.group("dash") or m.group("paren") or "").strip()
        out.append(Suppression(lineno, column, codes, first, last, unknown=unknown, reason=reason))
    return out
