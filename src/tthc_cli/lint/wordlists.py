"""The shipped word lists of the text rules: misspellings (TT704) and genuine reduplications (TT702).

They are data (``tthc_cli/data/misspellings.yaml``, ``reduplications.yaml``); the rules only compile them.
The misspelling list holds only the confusions the spell checker (:mod:`tthc_cli.text.spelling`) cannot find
by itself, each one seen in more than one real document.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from tthc_cli.load.yaml_loader import load_yaml


@dataclass(frozen=True)
class Misspelling:
    """One wrong spelling and its correction."""

    wrong: str
    """The wrong words, matched on word boundaries."""
    right: str
    """The correction, shown in the hint."""
    pattern: re.Pattern[str]
    """Compiled matcher (case-insensitive unless only the capitalisation is wrong)."""


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _data(name: str) -> Any:
    text = resources.files("tthc_cli.data").joinpath(name).read_text(encoding="utf-8")
    loaded = load_yaml(text)
    if not loaded.ok or not isinstance(loaded.data, dict):
        raise RuntimeError(f"tthc_cli/data/{name} is not a valid YAML mapping")
    return loaded.data


def phrase_pattern(words: str, *, match_case: bool = False) -> re.Pattern[str]:
    """A regex for ``words`` on word boundaries, any run of spaces between the words."""
    parts = [re.escape(w) for w in _nfc(words).split()]
    body = r"\s+".join(parts)
    return re.compile(rf"(?<!\w){body}(?!\w)", 0 if match_case else re.IGNORECASE)


@cache
def misspellings() -> tuple[Misspelling, ...]:
    """The shipped misspellings, longest first (so a longer entry wins over a shorter one it contains)."""
    entries = _data("misspellings.yaml").get("misspellings") or []
    out = [
        Misspelling(
            wrong=_nfc(str(e["wrong"])),
            right=_nfc(str(e["right"])),
            pattern=phrase_pattern(str(e["wrong"]), match_case=bool(e.get("match_case", False))),
        )
        for e in entries
    ]
    return tuple(sorted(out, key=lambda m: -len(m.wrong)))


@cache
def reduplications() -> frozenset[str]:
    """Words that are correctly written twice in a row ("ngày ngày"), case-folded, as the single word."""
    entries = _data("reduplications.yaml").get("reduplications") or []
    return frozenset(_nfc(str(e)).casefold().split()[0] for e in entries)


@cache
def compound_patterns() -> tuple[re.Pattern[str], ...]:
    """Phrases where two compounds share a syllable ("phân công công việc"): a doubling inside is no error."""
    entries = _data("reduplications.yaml").get("compounds") or []
    return tuple(phrase_pattern(str(e)) for e in entries)


@cache
def _combined() -> tuple[re.Pattern[str], ...]:
    """All misspellings in two alternations (case-insensitive, case-sensitive), longest alternative first."""
    out = []
    for sensitive in (False, True):
        entries = [m for m in misspellings() if bool(m.pattern.flags & re.IGNORECASE) != sensitive]
        if entries:
            body = "|".join(f"(?:{m.pattern.pattern})" for m in entries)
            out.append(re.compile(body, 0 if sensitive else re.IGNORECASE))
    return tuple(out)


_WORD = re.compile(r"\w+")


@cache
def _entries_by_word() -> dict[str, list[frozenset[str]]]:
    """Each case-folded word → the word sets of the entries that contain it."""
    index: dict[str, list[frozenset[str]]] = {}
    for m in misspellings():
        words = frozenset(_WORD.findall(m.wrong.casefold()))
        for w in words:
            index.setdefault(w, []).append(words)
    return index


def _may_contain_misspelling(text: str) -> bool:
    """False when no entry has all its words in ``text`` (most texts): the regular expressions are skipped."""
    words = set(_WORD.findall(text.casefold()))
    index = _entries_by_word()
    return any(entry <= words for w in words for entry in index.get(w, ()))


@lru_cache(maxsize=4096)
def misspelling_spans(text: str) -> tuple[tuple[int, int, Misspelling], ...]:
    """Every misspelling in ``text`` as (start, end, entry), without overlaps, in reading order."""
    if not _may_contain_misspelling(text):
        return ()
    found: list[tuple[int, int, Misspelling]] = []
    for combined in _combined():
        for m in combined.finditer(text):
            if any(s < m.end() and m.start() < e for s, e, _ in found):
                continue
            entry = next(e for e in misspellings() if e.pattern.fullmatch(m.group()))
            found.append((m.start(), m.end(), entry))
    return tuple(sorted(found, key=lambda item: item[0]))
