"""Plan text as runs of words for the spell checker: what each word is, and where a run of words ends.

A run is words separated by whitespace only; punctuation, an abbreviation or a name ends it, since a word is
only read with neighbours it can form a word with. A number or a code that starts with a digit
("61/2018/NĐ-CP") stays in the run as ``#`` (a term may hold it: "tháng #", "số #"). Each
whitespace-separated chunk is classified once (cached), so a plan's many repeated words cost one look-up each.

Skipped, never doubted: numbers, abbreviations and codes (``UBND``, ``QĐ-UBND``, ``VNeID``, ``KH2024``), URLs
and e-mail addresses, enumerators ("b)"), a letter next to a number ("22 x 12"), the names the caller knows,
and a capitalised word that is no syllable but looks like a name ("Đắk", "Krông"). A capitalised word with
Vietnamese marks that is no syllable ("Tiêp") is a slip, and so is a lower-case word typed in VNI ("tie61p").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from tthc_cli.text.keyboard import VNI_WORD, typed, vni
from tthc_cli.text.lexicon import Lexicon, lexicon
from tthc_cli.text.syllable import canonical, compose, parse

_CHUNK = re.compile(r"\S+")
_LETTERS = re.compile(r"[^\W\d_]+")
_LINKISH = re.compile(r"://|www\.|@|\w\.\w|\w/\w|\w_\w|\d")
_FOREIGN = re.compile(r"[fjwz]")
_NUMBER = re.compile(r"(\(?)(\d[\w.,/%-]*?)([^\w\s]*)")
_NAME_CODA = re.compile(r"[khls]$|^k(?=[oaôơuư])|^(?:kr|bl|br|dr|pl|gl|hr|kl|ml)|'")
NUMBER = "#"
"""How a number or a code with digits ("61/2018/NĐ-CP") stands in a run."""


class Token(NamedTuple):
    """One word of a run."""

    start: int
    end: int
    text: str
    form: str | None
    """The canonical syllable (``#`` for a number); ``None`` for a slip that is no syllable."""
    invalid: bool = False


_BREAK = None
_Item = tuple[int, int, str, str | None, bool] | None
"""A chunk's word (start, end, text, form, invalid) relative to the chunk, or a run break (``None``)."""


def _is_name_like(word: str) -> bool:
    """A capitalised word shaped like a minority or foreign place name ("Đắk", "Kon", "Krông", "Păh")."""
    lower = word.lower()
    return bool(_NAME_CODA.search(lower)) or word.isascii()


@lru_cache(maxsize=65536)
def classify(word: str, names: frozenset[str]) -> tuple[str | None, bool]:
    """(canonical form or None, whether it is a spelling error)."""
    lex = lexicon()
    lower = word.lower()
    if lower in names or lower in lex.syllables:
        return canonical(word) or lower, False
    mixed = not word.islower() and not word.istitle() and not word.isupper()
    if mixed or (word.isupper() and len(word) > 1 and parse(word) is None):
        return None, False
    form = canonical(word)
    if form is not None and form in lex.syllables:
        return form, False
    if word[:1].isupper() and (form is not None or _is_name_like(word)):
        return None, False
    if word.isascii() and not _near_ascii(lower, lex):
        return None, False
    return None, True


def _near_ascii(word: str, lex: Lexicon) -> bool:
    """An ASCII word counts as a slip when it is a syllable but for its tone ("viec"), Telex typed with the
    input method off ("thuwcj"), or up to six letters one edit from a syllable ("clng"); not "online"."""
    if any(canonical(compose(word, t)) in lex.syllables for t in range(1, 6)):
        return True
    if typed(word) in lex.syllables:
        return True
    short = len(word) <= 4 or (len(word) <= 6 and not _FOREIGN.search(word))  # "kwt" a slip, "facebook" no
    return short and bool(lex.neighbours(word, any_tone=True))


def _not_a_word(text: str, at: int, after: str) -> bool:
    """A single letter that is an enumerator ("b)", "c.") or a unit or sign next to a number ("22 x 12")."""
    if after in (")", "."):
        return True
    before = text[:at].rstrip()[-1:]
    following = text[at + 1 :].lstrip()[:1]
    return text[at].lower() not in "aăâeêioôơuưy" and (before.isdigit() or following.isdigit())


@lru_cache(maxsize=65536)
def _chunk(body: str, names: frozenset[str]) -> tuple[_Item, ...]:
    """The words of one whitespace-separated chunk and the run breaks around them."""
    number = _NUMBER.fullmatch(body)
    if number:
        word = (number.start(2), number.end(2), number.group(2), NUMBER, False)
        return (*([_BREAK] if number.group(1) else []), word, *([_BREAK] if number.group(3) else []))
    vni_word = VNI_WORD.match(body)
    if vni_word and sum(ch.isalpha() for ch in vni_word.group()) > 1 and vni(vni_word.group()) in lexicon().syllables:
        tail = [_BREAK] if vni_word.end() < len(body) else []
        return ((0, vni_word.end(), vni_word.group(), None, True), *tail)
    found = list(_LETTERS.finditer(body))
    if not found or _LINKISH.search(body):
        return (_BREAK,)
    items: list[_Item] = []
    for k, m in enumerate(found):
        if k or m.start():
            items.append(_BREAK)
        form, invalid = classify(m.group(), names)
        items.append((m.start(), m.end(), m.group(), form, invalid))
        if form is None and not invalid:
            items.append(_BREAK)
    if found[-1].end() < len(body):
        items.append(_BREAK)
    return tuple(items)


def runs(text: str, names: frozenset[str]) -> list[list[Token]]:
    """The runs of words of ``text``."""
    out: list[list[Token]] = [[]]
    for chunk in _CHUNK.finditer(text):
        base = chunk.start()
        for item in _chunk(chunk.group(), names):
            if item is None:
                out.append([])
                continue
            start, end, word, form, invalid = item
            if len(word) == 1 and _not_a_word(text, base + start, text[base + end : base + end + 1]):
                out.append([])
                continue
            out[-1].append(Token(base + start, base + end, word, form, invalid))
    return [r for r in out if r]
