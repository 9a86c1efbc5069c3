"""Pointing at a character inside a YAML string: from an offset in the value to a line and column in the file.

The loader records where each node starts. A finding about the 40th character of a long ``content:`` must
point at that character, also when the string is quoted (``'…'``), folded over several lines (a plain
scalar continued on the next line) or a literal block (``|-``). This module walks the source text from the
node's start alongside the value and returns the exact position; when the two cannot be matched (an
escape sequence, say) the finding falls back to the engine's own placement (start of the node + offset).
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass

from tthc_cli.errors import InputError
from tthc_cli.findings import Severity, YamlPath
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.load.source import read_source

_SOURCE_KEY = "textpos.source"
_CURSORS_KEY = "textpos.cursors"
_MAX_SKIP = 400


def _source(ctx: PlanContext) -> str | None:
    if _SOURCE_KEY not in ctx.extra:
        try:
            ctx.extra[_SOURCE_KEY] = read_source(ctx.path).text
        except InputError:
            ctx.extra[_SOURCE_KEY] = None
    text: str | None = ctx.extra[_SOURCE_KEY]
    return text


def strings(ctx: PlanContext) -> list[tuple[YamlPath, str]]:
    """``ctx.iter_strings()`` computed once per plan and shared by the text rules."""
    key = "textpos.strings"
    if key not in ctx.extra:
        ctx.extra[key] = list(ctx.iter_strings())
    found: list[tuple[YamlPath, str]] = ctx.extra[key]
    return found


@functools.lru_cache(maxsize=8)
def _line_starts(text: str) -> list[int]:
    """Offsets where lines begin (cached: a str caches its hash, so a repeated lookup is O(1))."""
    starts = [0]
    pos = text.find("\n")
    while pos >= 0:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return starts


@dataclass
class _Cursor:
    """How far the walk along one scalar got: ``value[i]`` starts at ``source[p]`` (before its character)."""

    indent: int | None
    i: int
    p: int


def _start(source: str, line: int, column: int) -> _Cursor | None:
    starts = _line_starts(source)
    if line - 1 >= len(starts):
        return None
    p = starts[line - 1] + column - 1
    if p >= len(source):
        return None
    indent: int | None = None
    if source[p] in "|>":
        nl = source.find("\n", p)
        if nl < 0:
            return None
        p = nl + 1
        indent = _skip_indent(source, p, None) - p
        p += indent
    elif source[p] in "'\"":
        p += 1
    return _Cursor(indent, 0, p)


def locate(
    source: str, line: int, column: int, value: str, offset: int, cursor: _Cursor | None = None
) -> tuple[int, int] | None:
    """The 1-based (line, column) of ``value[offset]`` for a scalar starting at ``line``:``column``.

    Returns ``None`` when the source cannot be matched with the value. A ``cursor`` left by an earlier call
    for a smaller offset of the same scalar is walked on from (and advanced), so that the findings of one
    long string cost one walk along it in all, not one walk each.
    """
    if not 0 <= offset < len(value):
        return None
    if cursor is None or cursor.i > offset:
        cursor = _start(source, line, column)
        if cursor is None:
            return None
    indent, p = cursor.indent, cursor.p
    for i in range(cursor.i, offset):
        p = _advance(source, p, value[i], indent)
        if p < 0:
            return None
        folded = value[i] == " " and source[p] == "\n"
        p += 1
        if value[i] == "\n" or folded:
            p = _skip_indent(source, p, indent)
    cursor.i, cursor.p = offset, p
    p = _advance(source, p, value[offset], indent)
    if p < 0:
        return None
    starts = _line_starts(source)
    row = bisect.bisect_right(starts, p) - 1
    return row + 1, p - starts[row] + 1


def _skip_indent(source: str, p: int, indent: int | None) -> int:
    n = 0
    while p < len(source) and source[p] == " " and (indent is None or n < indent):
        p += 1
        n += 1
    return p


def _advance(source: str, p: int, ch: str, indent: int | None) -> int:
    """The position of the source character that produced ``ch``, at or after ``p`` (-1 if not found)."""
    for _ in range(_MAX_SKIP):
        if p >= len(source):
            return -1
        s = source[p]
        if s == ch or (ch == " " and s == "\n" and indent is None):
            return p
        if s == "\n" and indent is None:
            p = _skip_indent(source, p + 1, None)
            continue
        p += 1
    return -1


def finding_at(
    ctx: PlanContext,
    path: YamlPath,
    value: str,
    offset: int,
    message: str,
    hint: str | None = None,
    severity: Severity | None = None,
) -> Finding:
    """A finding about ``value[offset]`` of the string at ``path``, with its exact line and column."""
    source = _source(ctx)
    span = ctx.loaded.values.get(tuple(path))
    if source is not None and span is not None:
        cursors: dict[YamlPath, _Cursor] = ctx.extra.setdefault(_CURSORS_KEY, {})
        cursor = cursors.get(tuple(path))
        if cursor is None or cursor.i > offset:
            cursor = _start(source, span.line, span.column)
        if cursor is not None:
            cursors[tuple(path)] = cursor
        where = locate(source, span.line, span.column, value, offset, cursor) if cursor else None
        if where is not None:
            return Finding(path, message, hint, line=where[0], column=where[1], severity=severity)
    return Finding(path, message, hint, offset=offset, severity=severity)
