"""Checks on the raw text before the YAML parser sees it: tabs in indentation, dangerous nesting."""

from __future__ import annotations

import re

from tthc_cli import codes
from tthc_cli.load.yaml_types import LoadIssue

MAX_FLOW_OR_INDENT = 400
"""Checked on the raw text before parsing, because the C parser itself recurses on nesting."""

_DEEP_INDENT = re.compile(rf"^ {{{MAX_FLOW_OR_INDENT + 1},}}", re.M)
_BRACKETS = re.compile(r"[\[\]{}]")


def precheck_depth(text: str) -> tuple[int, int] | None:
    """Find where nesting gets dangerously deep before the parser sees it; returns (line, col).

    Brackets inside quoted strings or comments are counted too: that can only overestimate the depth of
    a file that is already absurd, never let a dangerous one through.
    """
    m = _DEEP_INDENT.search(text)
    limit = m.start() if m else len(text)
    depth = 0
    for b in _BRACKETS.finditer(text, 0, limit):
        if b.group() in "[{":
            depth += 1
            if depth > MAX_FLOW_OR_INDENT:
                pos = b.start()
                line_start = text.rfind("\n", 0, pos) + 1
                return text.count("\n", 0, pos) + 1, pos - line_start + 1
        else:
            depth = max(0, depth - 1)
    if m:
        return text.count("\n", 0, m.start()) + 1, 1
    return None


def tab_issues(text: str) -> list[LoadIssue]:
    out: list[LoadIssue] = []
    if "\t" not in text:
        return out
    for lineno, line in enumerate(text.split("\n"), 1):
        lead = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in lead:
            out.append(
                LoadIssue(
                    codes.YAML_TAB,
                    lineno,
                    lead.index("\t") + 1,
                    "Dùng ký tự tab để thụt lề; YAML chỉ cho phép dấu cách",
                    "thay tab bằng dấu cách (thường là 2 dấu cách cho mỗi cấp)",
                )
            )
    return out
