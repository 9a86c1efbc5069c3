"""The one YAML loader: safe, YAML 1.2 core, every node's position kept.

It composes the document with ruamel.yaml (the C parser when installed) and builds plain Python data
itself, so that:

- nothing but str, int, float, bool, None, list and dict can come out of a file (no arbitrary objects);
- dates and codes stay strings (``2024-02-16``, ``01``) and YAML 1.1 booleans (``no``, ``on``) stay
  strings and are reported;
- duplicate keys, aliases, tabs, several documents and excessive nesting are reported as findings with
  their line and column instead of being silently accepted or crashing the parser;
- every node's position is recorded by its YAML path, so that schema errors and rule findings point at
  the line.
"""

from __future__ import annotations

import re
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.resolver import VersionedResolver
from ruamel.yaml.tag import Tag

from tthc_cli import codes
from tthc_cli.findings import YamlPath
from tthc_cli.load.gc_pause import paused_gc
from tthc_cli.load.yaml_prechecks import precheck_depth, tab_issues
from tthc_cli.load.yaml_syntax import GENERIC_HINT, explain
from tthc_cli.load.yaml_types import LoadedYaml, LoadIssue, Span

__all__ = ["MAX_DEPTH", "MAX_NUMBER_CHARS", "YAML11_BOOLS", "LoadIssue", "LoadedYaml", "Span", "load_yaml"]

MAX_DEPTH = 64
"""Deeper nesting than this is refused: a plan is never deeper than about ten levels."""

MAX_NUMBER_CHARS = 30
"""A number written with more characters than this is a finding (no figure of a plan is that long), and is
never converted: Python refuses integers of over 4.300 digits with an exception."""

_CORE = "tag:yaml.org,2002:"
_ALLOWED_TAGS = {
    _CORE + t for t in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq", "merge", "value")
} | {"tag:yaml.org,2002:tthc-implicit"}
_INT = re.compile(r"[-+]?(0|[1-9][0-9]*)")
_LEADING_ZERO = re.compile(r"[-+]?0[0-9]+")
_INT_OTHER = re.compile(r"0o[0-7]+|0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_SPECIAL_FLOAT = {".inf": float("inf"), "+.inf": float("inf"), "-.inf": float("-inf"), ".nan": float("nan")}
_NULLS = {"", "~", "null", "Null", "NULL"}
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}
YAML11_BOOLS = frozenset(w for base in ("yes", "no", "on", "off") for w in (base, base.title(), base.upper()))
"""Words that YAML 1.1 tools read as booleans and YAML 1.2 (this loader) reads as text."""
_MAY_RESOLVE = frozenset("0123456789+-.~")
"""First characters of plain scalars that may be numbers or null; words are looked up in _WORDS."""


_WORDS = frozenset(_NULLS | _TRUE | _FALSE | YAML11_BOOLS | set(_SPECIAL_FLOAT))


class _AliasBomb(Exception):
    pass


class _TooDeep(Exception):
    def __init__(self, node: Node) -> None:
        self.node = node


_IMPLICIT = "tag:yaml.org,2002:tthc-implicit"
"""The tag given to every plain scalar: the loader resolves plain scalars itself (YAML 1.2 core, codes kept)."""


class _PlainResolver(VersionedResolver):
    """Skips ruamel.yaml's per-scalar regular-expression resolution, which the loader redoes anyway.

    Resolving is a third of the time of composing a large plan; explicit tags (``!!str 12``) are untouched.
    """

    _implicit_tag = Tag(suffix=_IMPLICIT)

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is ScalarNode:
            return self._implicit_tag if implicit[0] else self.DEFAULT_SCALAR_TAG
        return self.DEFAULT_SEQUENCE_TAG if kind is SequenceNode else self.DEFAULT_MAPPING_TAG


_COMMON_TAGS = (
    _PlainResolver._implicit_tag,
    _PlainResolver.DEFAULT_SCALAR_TAG,
    _PlainResolver.DEFAULT_SEQUENCE_TAG,
    _PlainResolver.DEFAULT_MAPPING_TAG,
)
"""Tag objects compared by identity first: converting a Tag to text for every node is slow."""


def _yaml() -> YAML:
    y = YAML(typ="safe")
    y.Resolver = _PlainResolver
    y.allow_duplicate_keys = True
    return y


def load_yaml(text: str, *, keep_nodes: bool = False) -> LoadedYaml:
    """Parse ``text`` and build the data of its first document (see the module docstring).

    ``keep_nodes`` keeps the composed node tree in :attr:`LoadedYaml.root` (the formatter writes from it).
    """
    with paused_gc():
        return _load(text, keep_nodes)


def _load(text: str, keep_nodes: bool) -> LoadedYaml:
    result = LoadedYaml(data=None)
    tabs = tab_issues(text)
    result.issues.extend(tabs)
    deep = precheck_depth(text)
    if deep:
        result.issues.append(
            LoadIssue(
                codes.YAML_TOO_DEEP, deep[0], deep[1], "Cấu trúc lồng nhau quá sâu; không đọc tiếp tệp này", fatal=True
            )
        )
        result.ok = False
        return result
    try:
        docs = list(_yaml().compose_all(text))
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if not any(t.line == (mark.line + 1 if mark else 1) for t in tabs):
            found = explain(exc, text)
            message = f"Lỗi cú pháp YAML: {found.message}"
            result.issues.append(
                LoadIssue(codes.YAML_SYNTAX, found.line, found.column, message, found.hint, fatal=True)
            )
        result.ok = False
        return result
    except (YAMLError, ValueError, RecursionError):
        message = "Lỗi cú pháp YAML: tệp không đọc được"
        result.issues.append(LoadIssue(codes.YAML_SYNTAX, 1, 1, message, GENERIC_HINT, fatal=True))
        result.ok = False
        return result
    if not docs:
        result.data = None
        return result
    if len(docs) > 1:
        second = docs[1]
        mark = second.start_mark
        result.issues.append(
            LoadIssue(
                codes.YAML_MULTI_DOCUMENT,
                mark.line + 1,
                mark.column + 1,
                f"Tệp có {len(docs)} tài liệu YAML; chỉ tài liệu đầu tiên được đọc",
                "mỗi kế hoạch nên ở một tệp riêng; bỏ dấu '---' thừa",
            )
        )
    if keep_nodes:
        result.root = docs[0]
    builder = _Builder(result, text.split("\n"))
    try:
        result.data = builder.build(docs[0], (), 0)
    except _AliasBomb:
        result.issues.append(
            LoadIssue(
                codes.YAML_ALIAS,
                1,
                1,
                "Alias YAML mở rộng thành quá nhiều nút (nghi là 'alias bomb'); không đọc tiếp tệp này",
                "không dùng anchor/alias (&, *) trong kế hoạch",
                fatal=True,
            )
        )
        result.ok = False
        result.data = None
    except _TooDeep as exc:
        m = exc.node.start_mark
        result.issues.append(
            LoadIssue(codes.YAML_TOO_DEEP, m.line + 1, m.column + 1, "Cấu trúc lồng nhau quá sâu", fatal=True)
        )
        result.ok = False
        result.data = None
    return result


class _Builder:
    """Turns composed nodes into plain data, recording positions and issues."""

    def __init__(self, result: LoadedYaml, lines: list[str]) -> None:
        self.r = result
        self.count = 0
        self.distinct_seen: set[int] = set()
        self.expanding = 0
        self.reported_aliases: set[tuple[int, int]] = set()
        self.lines = lines

    def issue(self, code: str, at: Span, message: str, hint: str | None, path: YamlPath) -> None:
        """Record what the loader noticed at ``at`` (the engine turns it into a finding of ``code``)."""
        self.r.issues.append(LoadIssue(code, at.line, at.column, message, hint, path))

    def _alias(self, node: Node, path: YamlPath, key_span: Span | None) -> None:
        """Report a node reached a second time: an alias (both parsers share the anchored node)."""
        where = key_span or self._span(node)
        if (where.line, where.column) in self.reported_aliases:
            return
        self.reported_aliases.add((where.line, where.column))
        line = self.lines[where.line - 1] if 0 < where.line <= len(self.lines) else ""
        m = re.search(r"\*([^\s,\]\}]+)", line[where.column - 1 :])
        name = f" '*{m.group(1)}'" if m else ""
        self.issue(
            codes.YAML_ALIAS,
            where,
            f"Dùng alias{name}",
            "viết rõ nội dung thay cho anchor/alias để người xem thay đổi thấy được",
            path,
        )

    def _span(self, node: Node) -> Span:
        s, e = node.start_mark, node.end_mark
        first, last = s.line + 1, e.line
        if e.column > 0 or last + 1 == first:
            last += 1  # the end mark is just past the node; on column 0 it is already the next line
        return Span(first, s.column + 1, last if last > first else first)

    def build(self, node: Node, path: YamlPath, depth: int, key_span: Span | None = None) -> Any:
        if depth > MAX_DEPTH:
            raise _TooDeep(node)
        nid = id(node)
        if nid not in self.distinct_seen and not self.expanding:
            self.distinct_seen.add(nid)
            return self._build_node(node, path, depth)
        # an alias (the node was reached before), or a node inside one: bounded expansion
        self.count += 1
        if self.count > 10 * len(self.distinct_seen) + 50_000:
            raise _AliasBomb()
        alias = nid in self.distinct_seen
        if alias and not self.expanding:
            self._alias(node, path, key_span)
        self.distinct_seen.add(nid)
        self.expanding += alias
        try:
            return self._build_node(node, path, depth)
        finally:
            self.expanding -= alias

    def _build_node(self, node: Node, path: YamlPath, depth: int) -> Any:
        self.r.values.setdefault(path, self._span(node))
        if node.ctag not in _COMMON_TAGS and node.tag not in _ALLOWED_TAGS:
            sp = self._span(node)
            self.issue(
                codes.YAML_UNSAFE_TAG,
                sp,
                f"Thẻ YAML không được phép: {node.tag}",
                "bỏ thẻ '!…'; kế hoạch chỉ chứa chuỗi, số, danh sách và ánh xạ",
                path,
            )
        if isinstance(node, MappingNode):
            return self._mapping(node, path, depth)
        if isinstance(node, SequenceNode):
            return [self.build(item, (*path, i), depth + 1) for i, item in enumerate(node.value)]
        assert isinstance(node, ScalarNode)
        return self._scalar(node, path)

    def _mapping(self, node: MappingNode, path: YamlPath, depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = self._scalar(key_node, path, is_key=True) if isinstance(key_node, ScalarNode) else None
            kspan = self._span(key_node)
            if key is None or isinstance(key, (list, dict)):
                self.issue(codes.YAML_SYNTAX, kspan, "Khóa ánh xạ phải là chuỗi", None, path)
                continue
            key = str(key) if not isinstance(key, str) else key
            child = (*path, key)
            if key in out:
                first = self.r.keys.get(child)
                where = f" (lần đầu ở dòng {first.line})" if first else ""
                self.issue(
                    codes.YAML_DUPLICATE_KEY,
                    kspan,
                    f"Khóa '{key}' bị lặp{where}; giá trị sau ghi đè giá trị trước",
                    "xóa hoặc đổi tên một trong hai khóa",
                    child,
                )
                self._forget(child)
            self.r.keys[child] = kspan
            out[key] = self.build(value_node, child, depth + 1, kspan)
        return out

    def _forget(self, prefix: YamlPath) -> None:
        n = len(prefix)
        for table in (self.r.values, self.r.keys):
            for p in [p for p in table if p[:n] == prefix]:
                del table[p]

    def _scalar(self, node: ScalarNode, path: YamlPath, *, is_key: bool = False) -> Any:
        value: str = node.value
        if node.style:  # quoted or block scalar ('' or None is plain: the C and Python parsers differ)
            return value
        if value and value[0] not in _MAY_RESOLVE and value not in _WORDS:
            return value  # the common case: text, which no YAML 1.2 core rule turns into anything else
        if node.ctag is not _PlainResolver._implicit_tag and node.tag == _CORE + "str":
            # an explicit !!str on a plain scalar: keep "12", "true" as written
            return value
        if value in _NULLS:
            return None
        if value in _TRUE:
            return True
        if value in _FALSE:
            return False
        if value in YAML11_BOOLS and not is_key:
            sp = self._span(node)
            self.issue(
                codes.YAML_YAML11_BOOLEAN,
                sp,
                f"'{value}' là chuỗi trong YAML 1.2 nhưng là boolean với nhiều công cụ YAML 1.1",
                f"viết true/false nếu là giá trị đúng/sai, hoặc đặt trong nháy: '{value}'",
                path,
            )
            return value
        if _LEADING_ZERO.fullmatch(value):
            return value
        if len(value) > MAX_NUMBER_CHARS and (
            _INT.fullmatch(value) or _INT_OTHER.fullmatch(value) or _FLOAT.fullmatch(value)
        ):
            sp = self._span(node)
            self.issue(
                codes.YAML_NUMBER_TOO_LONG,
                sp,
                f"Số quá dài ({len(value)} ký tự, tối đa {MAX_NUMBER_CHARS}); không đọc như một số",
                "kiểm tra lại giá trị; nếu là mã số, đặt trong nháy",
                path,
            )
            return value
        if _INT.fullmatch(value):
            return int(value)
        if _INT_OTHER.fullmatch(value):
            return int(value, 0)
        if _FLOAT.fullmatch(value) and any(c.isdigit() for c in value):
            return float(value)
        if value in _SPECIAL_FLOAT:
            return _SPECIAL_FLOAT[value]
        return value
