"""What kind of tthc file a YAML file is, told by its content: the one plan detector of every command.

Only the top-level keys of the first 64 KB are read, so telling a folder's files apart stays cheap.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from tthc_cli.errors import InputError
from tthc_cli.load.bounded import check_regular
from tthc_cli.load.encoding import sniff_wide

FileKind = Literal["plan", "units", "legal", "metrics", "indicators", "report", "unknown"]

_TOP_KEY = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\s*:", re.M)
_HEAD_BYTES = 65536
_BY_KEY: tuple[tuple[frozenset[str], FileKind], ...] = (
    (frozenset({"document", "appendices"}), "plan"),
    (frozenset({"parts"}), "report"),
    (frozenset({"documents"}), "legal"),
    (frozenset({"metrics"}), "metrics"),
    (frozenset({"indicators"}), "indicators"),
    (frozenset({"units", "groups"}), "units"),
)
UNITS_NAMES = ("units.yaml", "units.yml")


_UNITS_LIST = re.compile(r"^units\s*:\s*(?:#.*)?$|^units\s*:\s*\[", re.M)
"""``units:`` opening a list: a registry. A plan's ``units:`` names its registry's file (a scalar)."""


def kind_of_text(head: str) -> FileKind:
    """The kind of a file from the beginning of its text."""
    keys = set(_TOP_KEY.findall(head))
    if "units" in keys and not _UNITS_LIST.search(head):
        keys.discard("units")
    for wanted, kind in _BY_KEY:
        if keys & wanted:
            return kind
    return "unknown"


def kind_of(path: Path) -> FileKind:
    """The kind of ``path`` by its content (a units registry also by its name); ``unknown`` when unreadable."""
    if path.name in UNITS_NAMES:
        return "units"
    try:
        check_regular(path, max_bytes=None)  # a FIFO or device among the YAML files must not block the search
        with path.open("rb") as handle:
            head = handle.read(_HEAD_BYTES)
    except (OSError, InputError):
        return "unknown"
    wide = sniff_wide(head)  # a plan saved in UTF-16 is still a plan (read with a warning, TT012)
    return kind_of_text(head.decode(wide.codec if wide else "utf-8", errors="replace"))


def looks_like_plan(path: Path) -> bool:
    """Whether ``path`` is a plan by its content."""
    return kind_of(path) == "plan"
