"""The Vietnamese spell checker of plan text: syllables that cannot exist, and valid syllables in the wrong word.

:func:`check_text` splits a text into runs of words (punctuation ends a run) and reports:

- ``invalid``: a word that is no Vietnamese syllable by the orthography (:mod:`tthc_cli.text.syllable`) or is
  not attested in the lexicon ("giải quyêt", "cải cácch"), with the attested syllables one slip away as
  suggestions, those that make a known word with a neighbour first;
- ``context``: a valid syllable that makes no known word with its neighbours while a one-slip variant of it
  does ("nhân dan" → "nhân dân", "trị trấn" → "thị trấn"), when the neighbours are not part of another word.

What is not a Vietnamese word to check is skipped: abbreviations and codes (``UBND``, ``QĐ-UBND``,
``VNeID``), anything with a digit, URLs and e-mail addresses, and the names the caller knows (units,
legal catalogue). A capitalised word that is not a syllable is taken for a name unless it carries
Vietnamese marks ("Tiêp nhận").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from tthc_cli.text.lexicon import MAX_WORD, Lexicon, lexicon
from tthc_cli.text.syllable import canonical, compose, parse

_CHUNK = re.compile(r"\S+")
_LETTERS = re.compile(r"[^\W\d_]+")
_LINKISH = re.compile(r"://|www\.|@|\w\.\w|\w/\w|\w_\w|\d")
_NAME_CODA = re.compile(r"k$|^k(?=[oaôơuư])|^(?:kr|bl|br|dr|pl|gl|tr')")


@dataclass(frozen=True)
class Misspelt:
    """One word the checker doubts, with the spellings it suggests (best first)."""

    start: int
    end: int
    kind: str
    """``invalid`` (no such syllable) or ``context`` (a valid syllable making no word with its neighbours)."""
    suggestions: tuple[str, ...]


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str
    form: str | None
    """The canonical syllable; ``None`` when the token is skipped (code, abbreviation, name) or invalid."""
    invalid: bool = False


def _match_case(original: str, suggestion: str) -> str:
    if original.isupper() and len(original) > 1:
        return suggestion.upper()
    if original[:1].isupper():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


def _is_name_like(word: str) -> bool:
    """A capitalised word shaped like a minority or foreign place name ("Đắk", "Kon", "Krông")."""
    lower = word.lower()
    return bool(_NAME_CODA.search(lower)) or word.isascii()


def _classify(word: str, names: frozenset[str], lex: Lexicon) -> tuple[str | None, bool]:
    """(canonical form or None, whether it is a spelling error)."""
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
    input method off ("thuwcj"), or up to three letters one edit from a syllable ("mpt"); not "online"."""
    if any(canonical(compose(word, t)) in lex.syllables for t in range(1, 6)):
        return True
    return _telex(word) in lex.syllables or (len(word) <= 3 and bool(lex.neighbours(word, any_tone=True)))


_TELEX_LETTERS = (("aa", "â"), ("aw", "ă"), ("ee", "ê"), ("oo", "ô"), ("ow", "ơ"), ("uw", "ư"), ("dd", "đ"))
_TELEX_TONES = {"s": "\u0301", "f": "\u0300", "r": "\u0309", "x": "\u0303", "j": "\u0323"}


def _telex(word: str) -> str:
    """``word`` typed in Telex with the input method off ("vieetj" → "việt"), canonical; "" if not."""
    tone = ""
    if len(word) > 2 and word[-1] in _TELEX_TONES:
        tone, word = _TELEX_TONES[word[-1]], word[:-1]
    for keys, letter in _TELEX_LETTERS:
        word = word.replace(keys, letter)
    word = word.replace("w", "ư")
    if tone:
        vowels = [i for i, ch in enumerate(word) if ch in "aăâeêioôơuưy"]
        if not vowels:
            return ""
        word = word[: vowels[-1] + 1] + tone + word[vowels[-1] + 1 :]
        word = unicodedata.normalize("NFC", word)
    form = canonical(word)
    return form or ""


def _tokens(text: str, names: frozenset[str], lex: Lexicon) -> list[list[_Token]]:
    """Runs of word tokens: only whitespace between two words of a run; anything else ends it."""
    runs: list[list[_Token]] = [[]]
    for chunk in _CHUNK.finditer(text):
        body = chunk.group()
        words = list(_LETTERS.finditer(body))
        if not words or _LINKISH.search(body):
            runs.append([])
            continue
        for k, m in enumerate(words):
            if k or m.start():
                runs.append([])
            if len(m.group()) == 1 and body[m.end() : m.end() + 1] in (")", "."):
                runs.append([])
                continue  # an enumerator: "b)", "c."
            form, invalid = _classify(m.group(), names, lex)
            runs[-1].append(_Token(chunk.start() + m.start(), chunk.start() + m.end(), m.group(), form, invalid))
            if form is None and not invalid:
                runs.append([])
        if words[-1].end() < len(body):
            runs.append([])
    return [r for r in runs if r]


def _coverage(forms: list[str | None], lex: Lexicon, fixed: int = -1) -> int:
    """The most syllables of ``forms`` that known words of two to four syllables can cover, without overlap.

    A span through position ``fixed`` (a variant being tried) counts only as a whole word, not as a piece of a
    longer one, so that "tác xã" of "hợp tác xã" is no reason to read "các xã" as a slip.
    """
    best = [0] * (len(forms) + 1)
    for j in range(1, len(forms) + 1):
        best[j] = best[j - 1]
        for size in range(2, min(MAX_WORD, j) + 1):
            span = forms[j - size : j]
            if not all(span):
                continue
            word = " ".join(f for f in span if f)
            whole = j - size <= fixed < j
            if (word in lex.words) if whole else lex.knows(word):
                best[j] = max(best[j], best[j - size] + size)
    return best[-1]


def _gain(forms: list[str | None], i: int, variant: str, lex: Lexicon) -> int:
    """How many more syllables known words cover around ``i`` when ``forms[i]`` is read as ``variant``."""
    lo, hi = max(0, i - MAX_WORD + 1), min(len(forms), i + MAX_WORD)
    window = forms[lo:hi]
    before = _coverage(window, lex)
    window[i - lo] = variant
    return _coverage(window, lex, fixed=i - lo) - before


def _bare(word: str) -> str:
    """``word`` without any mark ("đường" → "duong"): two words differing only in marks are one slip apart."""
    decomposed = unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _rank(word: str, gains: dict[str, int]) -> list[str]:
    """Candidates covering the most first, then those differing from ``word`` only in marks, then by name."""
    bare = _bare(word.lower())
    return sorted(gains, key=lambda c: (-gains[c], _bare(c) != bare, c))


def _suggest(run: list[_Token], i: int, forms: list[str | None], lex: Lexicon) -> tuple[str, ...]:
    word = run[i].text.lower()
    candidates = lex.neighbours(word, any_tone=True)
    telex = _telex(word) if word.isascii() else ""
    ranked = _rank(word, {c: _gain(forms, i, c, lex) for c in candidates})
    if telex in lex.syllables:
        ranked = [telex] + [c for c in ranked if c != telex]
    return tuple(_match_case(run[i].text, c) for c in ranked[:3])


@lru_cache(maxsize=4096)
def check_text(text: str, names: frozenset[str] = frozenset()) -> tuple[Misspelt, ...]:
    """Every word of ``text`` the checker doubts, in reading order. ``names``: lower-case words never flagged."""
    if not any(ch.isalpha() for ch in text):
        return ()
    lex = lexicon()
    found: list[Misspelt] = []
    for run in _tokens(text, names, lex):
        forms = [t.form for t in run]
        for i, token in enumerate(run):
            if token.invalid:
                found.append(Misspelt(token.start, token.end, "invalid", _suggest(run, i, forms, lex)))
            elif token.form and token.text.islower() and token.form not in lex.common:
                gains = {v: g for v in lex.neighbours(token.form) if (g := _gain(forms, i, v, lex)) >= 2}
                if gains:
                    suggestions = tuple(_match_case(token.text, v) for v in _rank(token.text, gains)[:3])
                    found.append(Misspelt(token.start, token.end, "context", suggestions))
    return tuple(found)
