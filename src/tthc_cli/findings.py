"""The one finding type shared by every rule, loader and reporter."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Severity(str, enum.Enum):
    """How serious a finding is; ``error`` fails the run, ``warning`` fails it with ``--strict``."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is more serious."""
        return {"error": 3, "warning": 2, "info": 1}[self.value]

    @property
    def label_vi(self) -> str:
        """The Vietnamese word shown to users."""
        return {"error": "lỗi", "warning": "cảnh báo", "info": "lưu ý"}[self.value]


YamlPath = tuple[str | int, ...]


def format_path(path: YamlPath) -> str:
    """Render a YAML path as ``appendices[0].items[3].target``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "$"


@dataclass(frozen=True, order=False)
class Diagnostic:
    """A finding about one place in one file."""

    code: str
    """Stable rule code, e.g. ``TT302``; never reused or renumbered."""
    name: str
    """Readable rule name, e.g. ``citation.conflicting-dates``."""
    severity: Severity
    """How serious the finding is, after configuration."""
    message: str
    """What is wrong, in Vietnamese."""
    file: str
    """The file, as given on the command line (or relative to it)."""
    line: int
    """1-based line."""
    column: int
    """1-based column."""
    path: YamlPath = ()
    """Where in the YAML tree, as keys and list indices."""
    hint: str | None = None
    """How to fix it, in Vietnamese."""
    end_line: int | None = field(default=None, compare=False)
    """1-based last line of the node, when known (used by suppressions)."""
    suppressed: str | None = field(default=None, compare=False)
    """Silenced by a ``# tthc: disable=…`` comment: the reason written there (``""`` when none was given).
    ``None`` for a finding in force."""

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        """Sort by file, position, then code."""
        return (self.file, self.line, self.column, self.code)

    @property
    def path_text(self) -> str:
        """The YAML path as text."""
        return format_path(self.path)

    def __str__(self) -> str:
        text = f"{self.file}:{self.line}:{self.column}: {self.severity.value} {self.message} [{self.code}]"
        return text


def sorted_diagnostics(items: list[Diagnostic]) -> list[Diagnostic]:
    """Diagnostics in reading order, duplicates removed."""
    seen: set[tuple[str, int, int, str, str]] = set()
    out: list[Diagnostic] = []
    for d in sorted(items, key=lambda d: d.sort_key):
        key = (d.file, d.line, d.column, d.code, d.message)
        if key not in seen:
            seen.add(key)
            out.append(d)
    return out


@dataclass
class Report:
    """The result of checking some files."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    """Files that were checked."""
    failures: list[str] = field(default_factory=list)
    """One-line messages for inputs that could not be read at all."""
    suppressed: list[Diagnostic] = field(default_factory=list)
    """Findings silenced by a suppression comment, with its reason; they count for nothing."""

    def count(self, severity: Severity) -> int:
        """How many findings have this severity."""
        return sum(1 for d in self.diagnostics if d.severity == severity)

    def exit_code(self, strict: bool = False) -> int:
        """0 clean, 1 errors (or warnings when strict), 2 unreadable input."""
        if self.failures:
            return 2
        if self.count(Severity.ERROR) or (strict and self.count(Severity.WARNING)):
            return 1
        return 0
