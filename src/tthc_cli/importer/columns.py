"""Which plan column a printed table header fills, from the aliases in ``data/import_columns.yaml``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, get_args

from tthc_cli.errors import InputError
from tthc_cli.model.plan import ColumnKey
from tthc_cli.text.normalize import fold as fold_name

KEYS = frozenset(get_args(ColumnKey))
_PUNCT = re.compile(r"[^\w/%]+")


def fold(text: str) -> str:
    """A header as compared: the common name key (:func:`tthc_cli.text.normalize.fold`) with punctuation
    made a space."""
    return " ".join(_PUNCT.sub(" ", fold_name(text)).split())


@dataclass(frozen=True)
class ColumnGuess:
    """The key a header maps to and how sure the mapping is."""

    key: str | None
    how: str
    """``override`` (command line or configuration), ``exact`` (a whole-header alias), ``words`` (a word
    rule: a guess to confirm) or ``none``."""


@lru_cache(maxsize=1)
def _aliases() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    from ruamel.yaml import YAML

    text = resources.files("tthc_cli.data").joinpath("import_columns.yaml").read_text(encoding="utf-8")
    data: Any = YAML(typ="safe").load(text)
    exact = {fold(k): str(v) for k, v in data["exact"].items()}
    contains = tuple((fold(words), str(key)) for words, key in data["contains"])
    return exact, contains


def parse_overrides(pairs: list[str] | dict[str, str]) -> dict[str, str]:
    """``["Header text=key", …]`` (command line) or a mapping (configuration) as folded header → key."""
    items = list(pairs.items()) if isinstance(pairs, dict) else [_split(p) for p in pairs]
    out: dict[str, str] = {}
    for header, key in items:
        if key not in KEYS and key != "skip":
            known = ", ".join(sorted(KEYS))
            raise InputError(f"cột '{header}': không có khóa cột '{key}'", hint=f"dùng một trong: {known}, skip")
        out[fold(header)] = key
    return out


def _split(pair: str) -> tuple[str, str]:
    header, sep, key = pair.rpartition("=")
    if not sep or not header.strip():
        raise InputError(f'--column \'{pair}\': cần dạng "Tiêu đề cột=khóa", ví dụ "Thời hạn=deadline"')
    return header.strip(), key.strip()


def guess_column(header: str, overrides: dict[str, str]) -> ColumnGuess:
    """The key for one header text."""
    folded = fold(header)
    if folded in overrides:
        return ColumnGuess(overrides[folded], "override")
    exact, _ = _aliases()
    if folded in exact:
        return ColumnGuess(exact[folded], "exact")
    return guess_by_words(header, set())


def guess_by_words(header: str, taken: set[str]) -> ColumnGuess:
    """The first word rule that matches ``header`` and gives a key not in ``taken``."""
    folded = fold(header)
    for words, key in _aliases()[1]:
        if key not in taken and re.search(rf"(?<!\w){re.escape(words)}(?!\w)", folded):
            return ColumnGuess(key, "words")
    return ColumnGuess(None, "none")


_ROLES = re.compile(r"(?<!\w)(chủ trì|phối hợp)(?!\w)", re.I)


def resolve_keys(guesses: list[ColumnGuess], cells: list[list[str]]) -> list[str | None]:
    """Keys for a table's columns: ``performer`` settled by the other columns and by its cells (``cells[i]``
    are the texts of column ``i``), numbering columns made ``stt`` then ``stt2``, a key taken twice kept only
    for its first column."""
    keys = [g.key for g in guesses]
    for i, k in enumerate(keys):
        if k == "performer":
            filled = [t for t in cells[i] if t.strip()]
            roles = 2 * sum(1 for t in filled if _ROLES.search(t)) > len(filled)
            keys[i] = "executors" if roles and "support" not in keys and "executors" not in keys else "lead"
    if keys.count("stt") >= 2:
        second = [i for i, k in enumerate(keys) if k == "stt"][1]
        if "stt2" not in keys:
            keys[second] = "stt2"
    seen: set[str] = set()
    out: list[str | None] = []
    for k in keys:
        out.append(None if k is None or k == "skip" or k in seen else k)
        if k is not None:
            seen.add(k)
    return out
