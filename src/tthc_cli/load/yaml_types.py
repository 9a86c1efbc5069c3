"""The values the YAML loader returns: positions, the issues it noticed, and the loaded document."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from tthc_cli.findings import YamlPath


class Span(NamedTuple):
    """A node's place in the file: 1-based start line and column, 1-based end line."""

    line: int
    column: int
    end_line: int


@dataclass(frozen=True)
class LoadIssue:
    """Something the loader noticed; the engine turns it into a Diagnostic of the named rule."""

    rule: str
    line: int
    column: int
    message: str
    hint: str | None = None
    path: YamlPath = ()
    fatal: bool = False


@dataclass
class LoadedYaml:
    """The data of the first document with positions, and what the loader noticed."""

    data: Any
    values: dict[YamlPath, Span] = field(default_factory=dict)
    keys: dict[YamlPath, Span] = field(default_factory=dict)
    issues: list[LoadIssue] = field(default_factory=list)
    ok: bool = True
    root: Any = None
    """The composed node of the document, kept only when asked for (``load_yaml(..., keep_nodes=True)``)."""

    def span(self, path: YamlPath) -> Span:
        """The position of the node at ``path``, or of its nearest ancestor that has one."""
        p = tuple(path)
        while p:
            if p in self.values:
                return self.values[p]
            p = p[:-1]
        return self.values.get((), Span(1, 1, 1))

    def key_span(self, path: YamlPath) -> Span:
        """The position of the key of a mapping entry (falls back to the value's position)."""
        return self.keys.get(tuple(path)) or self.span(path)
