"""The formatter's fast path: the canonical form written line by line from the C parser's nodes.

ruamel.yaml's round-trip parser, which keeps comments, is pure Python: it takes seconds on a plan of
thousands of rows. Most files have a plain shape: block mappings and lists, one-line scalars, one-line flow
collections, literal blocks (``|-``), comments on lines of their own or at the end of a line. In such a
file every content line becomes one line of the canonical form and every comment or blank line stays as it
was written, which is what the round-trip formatter does too. This module writes that form from the nodes
the loader has already composed with the C parser, and the source lines.

Anything outside that shape (anchors, tags, folded blocks, a value on the line after its key, a scalar over
several lines, a list directly inside a list, a number written in a form the round-trip dumper rewrites, a
key that moves among comments, a tab) makes :func:`format_fast` return ``None``, and the caller uses the
round-trip formatter. ``tests/test_fmt_fast.py`` checks that both give the same text.

Two differences are deliberate. The round-trip formatter drops a comment or blank line written just before a
list item in flow style that has an end-of-line comment of its own, and the comment after a list item's
``- |-``; this path keeps both.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel
from ruamel.yaml.emitter import Emitter, ScalarAnalysis
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.resolver import VersionedResolver

from tthc_cli.load.yaml_loader import YAML11_BOOLS
from tthc_cli.review.keyorder import child_models, pick_model, sorted_keys

_STR = "tag:yaml.org,2002:str"
_WIDTH = 1_000_000
_KEPT_AS_WRITTEN = {
    "tag:yaml.org,2002:int": re.compile(r"0|-?[1-9][0-9]*"),
    "tag:yaml.org,2002:float": re.compile(r"-?[0-9]+\.[0-9]+"),
    "tag:yaml.org,2002:timestamp": re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}"),
}
"""Plain numbers and dates that the round-trip dumper writes back exactly as read."""
_REWRITTEN = {
    "tag:yaml.org,2002:bool": {"true": "true", "True": "true", "TRUE": "true"}
    | {"false": "false", "False": "false", "FALSE": "false"},
    "tag:yaml.org,2002:null": {"": "null", "~": "null", "null": "null", "Null": "null", "NULL": "null"},
}
"""Plain booleans and nulls, and how the round-trip dumper writes them."""
_SAFE_BLOCK = re.compile(r"\w[\w .,;()/–\-'%+]*(?<! )")
"""Text that the emitter's analysis always lets stand plain in a block: letters, digits, inner spaces and
punctuation that is special nowhere but at the start. A shortcut past that pure-Python analysis; the tests
check it against the analysis."""
_SAFE_FLOW = re.compile(r"\w[\w .;()/–\-'%+]*(?<! )")
"""The same inside a flow collection, where a comma ends a value."""
_LINE_BREAKS = frozenset("\n\r\x85\u2028\u2029")
_MAX_SIMPLE_KEY = 120
"""Longer keys are written by the dumper as explicit ``? key`` entries; this path leaves them to it."""

Models = list[type[BaseModel]]


class _Unsupported(Exception):
    """The file has a shape this path does not write; the round-trip formatter is used instead."""


@dataclass(slots=True)
class _Line:
    """One output line."""

    text: str
    source: int
    """The 0-based source line it comes from; that line's end-of-line comment is appended."""
    comment_from: int
    """The column of the source line after which its end-of-line comment may start."""
    lead: int | None
    """The source line whose preceding comment and blank lines are written before this line."""
    keep_gap: bool = False
    """The end-of-line comment keeps its distance from the text rather than its column (a block's header)."""


@lru_cache(maxsize=1)
def _emitter() -> Emitter:
    return Emitter(io.StringIO(), allow_unicode=True, width=_WIDTH)


@lru_cache(maxsize=4096)
def _analysis(value: str) -> ScalarAnalysis:
    analysis: ScalarAnalysis = _emitter().analyze_scalar(value)
    return analysis


@lru_cache(maxsize=1)
def _implicit() -> dict[str | None, list[tuple[str, re.Pattern[str]]]]:
    """The round-trip resolver's table: first character → (tag, pattern) of the plain scalars it types."""
    table = VersionedResolver().versioned_resolver
    anywhere = [(str(t), rx) for t, rx in table.get(None, [])]
    return {c: [(str(t), rx) for t, rx in v] + anywhere for c, v in table.items()}


def _plain_tag(value: str) -> str:
    """What a plain scalar resolves to when the round-trip parser reads it (as its ``resolve`` does)."""
    for tag, rx in _implicit().get(value[:1], ()):
        if rx.match(value):
            return tag
    return _STR


def _double_quoted(value: str) -> str:
    stream = io.StringIO()
    emitter = Emitter(stream, allow_unicode=True, width=_WIDTH)
    emitter.root_context = False
    emitter.column = 0
    emitter.whitespace = True
    emitter.write_double_quoted(value, split=False)
    return stream.getvalue()


def _string(value: str, *, flow: bool, key: bool) -> str:
    """A string as the round-trip dumper writes it: plain if it can be, else in single or double quotes."""
    if _LINE_BREAKS.intersection(value):
        raise _Unsupported
    if not key and value in YAML11_BOOLS:
        return f"'{value}'"
    implicit = _plain_tag(value) == _STR
    if implicit and (_SAFE_FLOW if flow else _SAFE_BLOCK).fullmatch(value):
        return value
    a = _analysis(value)
    plain = a.allow_flow_plain if flow else a.allow_block_plain
    if implicit and plain and not (key and a.empty):
        return value
    if a.allow_double_quoted and "'" in value:
        return _double_quoted(value)
    if a.allow_single_quoted:
        return "'" + value.replace("'", "''") + "'"
    return _double_quoted(value)


def _plain(value: str, *, key: bool) -> str:
    """A plain scalar as the round-trip dumper writes it back, by what it resolves to."""
    tag = _plain_tag(value)
    if tag == _STR:
        return f"'{value}'" if value in YAML11_BOOLS and not key else value
    if key:
        raise _Unsupported
    kept = _KEPT_AS_WRITTEN.get(tag)
    if kept is not None and kept.fullmatch(value):
        return value
    rewritten = _REWRITTEN.get(tag, {}).get(value)
    if rewritten is None:
        raise _Unsupported
    return rewritten


def _is_empty_plain(node: Node) -> bool:
    return isinstance(node, ScalarNode) and not node.style and node.value == ""


def _pick(candidates: Models, node: MappingNode) -> type[BaseModel] | None:
    """The model of a mapping, chosen as the round-trip formatter chooses it."""
    return pick_model(candidates, [str(k.value) for k, _ in node.value])


def _children(model: type[BaseModel] | None, key: Node) -> Models:
    return child_models(model, str(key.value)) if model else []


class _Writer:
    """Writes the nodes of one file; raises :class:`_Unsupported` at the first shape it does not write."""

    def __init__(self, text: str) -> None:
        self.lines = text.split("\n")
        self.out: list[_Line] = []
        self.content: set[int] = set()
        self.seen: set[int] = set()

    # --- scalars and flow collections -------------------------------------------------------------------

    def _once(self, node: Node) -> None:
        if id(node) in self.seen:  # an alias: the composer hands out the anchored node again
            raise _Unsupported
        self.seen.add(id(node))

    def _source(self, node: Node) -> str:
        start, end = node.start_mark, node.end_mark
        if start.line != end.line:
            raise _Unsupported
        return str(self.lines[start.line][start.column : end.column])

    def scalar(self, node: Node, *, flow: bool, key: bool) -> str:
        self._once(node)
        if not isinstance(node, ScalarNode):
            raise _Unsupported
        written = self._source(node)
        style = node.style or ""
        if not style:
            if written != node.value:  # a tag or an anchor in front of it
                raise _Unsupported
            return _plain(node.value, key=key)
        if style not in ("'", '"') or len(written) < 2 or not (written[0] == written[-1] == style):
            raise _Unsupported
        return _string(node.value, flow=flow, key=key)

    def flow(self, node: Node, candidates: Models) -> str:
        """A collection written on one line in flow style (``{key: stt, header: Stt}``)."""
        if isinstance(node, ScalarNode):
            return self.scalar(node, flow=True, key=False)
        self._once(node)
        opening = self._source(node)[:1]
        if isinstance(node, MappingNode) and opening == "{":
            model = _pick(candidates, node)
            pairs, _moved = _ordered(node, model)
            items = (f"{self.scalar(k, flow=True, key=True)}: {self.flow(v, _children(model, k))}" for k, v in pairs)
            return "{" + ", ".join(items) + "}"
        if isinstance(node, SequenceNode) and opening == "[":
            return "[" + ", ".join(self.flow(v, candidates) for v in node.value) + "]"
        raise _Unsupported

    def inline(self, node: Node, candidates: Models) -> str:
        """A value written on the line of its key or dash: a block scalar or a flow collection."""
        if isinstance(node, ScalarNode):
            return self.scalar(node, flow=False, key=False)
        return self.flow(node, candidates)

    # --- lines --------------------------------------------------------------------------------------------

    def emit(self, text: str, line: int, end: int, *, keep_gap: bool = False) -> None:
        """Write ``text`` for source ``line``, whose content ends at column ``end``."""
        rest = self.lines[line][end:].strip(" ")
        if line in self.content or (rest and not rest.startswith("#")):
            raise _Unsupported
        self.content.add(line)
        self.out.append(_Line(text, line, end, line, keep_gap))

    def literal(self, node: ScalarNode, head: str, indent: int) -> None:
        """A literal block (``result: |-`` and its lines), its lines at ``indent``."""
        self._once(node)
        value: str = node.value
        if value.endswith("\n\n") or value.startswith((" ", "\n")) or not value.strip():
            raise _Unsupported  # kept trailing lines or an indentation indicator: left to the dumper
        rows = (value[:-1] if value.endswith("\n") else value).split("\n")
        if any(r != r.rstrip(" ") or not r.isprintable() for r in rows):
            raise _Unsupported
        header = node.start_mark.line
        indicator = "|" if value.endswith("\n") else "|-"
        at = self.lines[header].find("|", node.start_mark.column)
        if at < 0 or self.lines[header][at : at + len(indicator) + 1].rstrip(" ") != indicator:
            raise _Unsupported
        self.emit(f"{head} {indicator}", header, at + len(indicator), keep_gap=True)
        written = self.lines[header + 1 : header + 1 + len(rows)]
        first = next(r for r in rows if r)
        if len(written) < len(rows):
            raise _Unsupported
        margin = written[rows.index(first)][: -len(first)]
        for i, (row, line) in enumerate(zip(rows, written, strict=True)):
            if (margin + row if row else "") != (line if row else line.strip(" ")):
                raise _Unsupported
            self.emit(" " * indent + row if row else "", header + 1 + i, len(line))

    # --- block collections --------------------------------------------------------------------------------

    def mapping(self, node: MappingNode, model: type[BaseModel] | None, indent: int, prefix: str = "") -> None:
        """A block mapping with its keys at ``indent``; ``prefix`` goes before the first (a list item's ``- ``)."""
        self._once(node)
        if node.flow_style:
            raise _Unsupported
        pairs, moved = _ordered(node, model)
        start = len(self.out)
        for i, (key, value) in enumerate(pairs):
            lead = " " * (indent - len(prefix)) + prefix if i == 0 else " " * indent
            self.entry(key, value, model, indent, lead)
        if moved:
            self._moved(start, node, pairs[-1][0])

    def _moved(self, start: int, node: MappingNode, last_key: Node) -> None:
        """Keys were put in order: allowed when no comment or blank line stands between them, nor after
        them when the last key moves (the dumper keeps such lines after the value they followed)."""
        block = self.out[start:]
        first = min(o.source for o in block)
        last = max(o.source for o in block)
        if any(i not in self.content for i in range(first, last + 1)):
            raise _Unsupported
        if last_key is not node.value[-1][0] and self._gap_after(last):
            raise _Unsupported
        for o in block:
            o.lead = None
        block[0].lead = first

    def _gap_after(self, line: int) -> bool:
        """A comment or blank line follows source ``line`` (the file's final newline aside)."""
        after = self.lines[line + 1 :]
        if after and after[-1] == "":
            after = after[:-1]
        return bool(after) and (not after[0].strip(" ") or after[0].lstrip(" ").startswith("#"))

    def entry(self, key: Node, value: Node, model: type[BaseModel] | None, indent: int, lead: str) -> None:
        name = self.scalar(key, flow=False, key=True)
        line = key.start_mark.line
        colon = self.lines[line].find(":", key.end_mark.column)
        if len(name) > _MAX_SIMPLE_KEY or colon < 0 or self.lines[line][key.end_mark.column : colon].strip(" "):
            raise _Unsupported
        head = f"{lead}{name}:"
        candidates = _children(model, key)
        if _is_empty_plain(value):
            self._once(value)
            self.emit(f"{head} null", line, colon + 1)
        elif isinstance(value, ScalarNode) and value.style == "|":
            self.literal(value, head, indent + 2)
        elif value.start_mark.line == line:
            self.emit(f"{head} {self.inline(value, candidates)}", line, value.end_mark.column)
        elif isinstance(value, MappingNode):
            self.emit(head, line, colon + 1)
            self.mapping(value, _pick(candidates, value), indent + 2)
        elif isinstance(value, SequenceNode):
            self.emit(head, line, colon + 1)
            self.sequence(value, candidates, indent + 2)
        else:
            raise _Unsupported

    def sequence(self, node: SequenceNode, candidates: Models, dash: int) -> None:
        """A block list with its dashes at column ``dash``."""
        self._once(node)
        if node.flow_style:
            raise _Unsupported
        lead = " " * dash + "- "
        for item in node.value:
            start, end = item.start_mark, item.end_mark
            if self.lines[start.line][: start.column].strip(" ") != "-" or _is_empty_plain(item):
                raise _Unsupported
            if isinstance(item, MappingNode) and not item.flow_style:
                self.mapping(item, _pick(candidates, item), dash + 2, lead)
            elif isinstance(item, ScalarNode) and item.style == "|":
                self.literal(item, lead.rstrip(" "), dash + 2)
            elif isinstance(item, SequenceNode) and not item.flow_style:
                raise _Unsupported
            else:
                self.emit(lead + self.inline(item, candidates), start.line, end.column)

    # --- the text -----------------------------------------------------------------------------------------

    def text(self) -> str:
        """Content lines with their end-of-line comments; every other line as written."""
        gaps: dict[int, list[str]] = {}
        pending: list[str] = []
        for i, line in enumerate(self.lines):
            if i in self.content:
                gaps[i], pending = pending, []
                continue
            kept = line.rstrip(" ")
            if kept and not kept.lstrip(" ").startswith("#"):
                raise _Unsupported
            pending.append(kept)
        out: list[str] = []
        for o in self.out:
            if o.lead is not None:
                out.extend(gaps.pop(o.lead, []))
            out.append(o.text + _end_comment(self.lines[o.source], o.comment_from, len(o.text), o.keep_gap))
        for rest in gaps.values():
            out.extend(rest)
        out.extend(pending)
        return "\n".join(out).strip("\n") + "\n"


def _ordered(node: MappingNode, model: type[BaseModel] | None) -> tuple[list[tuple[Node, Node]], bool]:
    """The entries of ``node`` in canonical key order, and whether that moved any."""
    pairs = list(node.value)
    if model is None:
        return pairs, False
    names = [str(k.value) for k, _ in pairs]
    order = sorted_keys(model, names)
    if order == names:
        return pairs, False
    by_name = dict(zip(names, pairs, strict=True))
    return [by_name[n] for n in order], True


def _end_comment(line: str, after: int, column: int, keep_gap: bool) -> str:
    """The end-of-line comment of a source line, found after column ``after``: at its own column (or one
    space after the new text, which ends at ``column``), or as far from the text as it was."""
    at = line.find("#", after)
    if at < 0:
        return ""
    spaces = at - after if keep_gap else max(1, at - column)
    return " " * spaces + line[at:].rstrip(" ")


def format_fast(text: str, root: Node | None, model: type[BaseModel] | None) -> str | None:
    """``text`` (NFC) in the canonical form, written from ``root``, the nodes composed from it; ``None`` when
    the file has a shape this path does not write (see the module docstring)."""
    if root is None or "\t" in text or "\r" in text or text.startswith("\ufeff"):
        return None
    if not isinstance(root, MappingNode) or root.flow_style or not root.value:
        return None
    writer = _Writer(text)
    try:
        writer.mapping(root, model, 0)
        return writer.text()
    except _Unsupported:
        return None
