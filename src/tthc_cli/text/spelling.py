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
_FOREIGN = re.compile(r"[fjwz]")
_NUMBER = re.compile(r"(\(?)(\d[\d.,/%-]*)([^\w\s]*)")
NUMBER = "#"
"""How a number stands in a run: lexicon terms may hold it ("tháng #"), so "thán 10" reads as a slip."""
_NAME_CODA = re.compile(r"[khls]$|^k(?=[oaôơuư])|^(?:kr|bl|br|dr|pl|gl|hr|kl|ml)|'")


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
    """A capitalised word shaped like a minority or foreign place name ("Đắk", "Kon", "Krông", "Păh")."""
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
    input method off ("thuwcj"), or up to six letters one edit from a syllable ("clng"); not "online"."""
    if any(canonical(compose(word, t)) in lex.syllables for t in range(1, 6)):
        return True
    if _telex(word) in lex.syllables:
        return True
    return len(word) <= 6 and not _FOREIGN.search(word) and bool(lex.neighbours(word, any_tone=True))


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


def _not_a_word(text: str, at: int, after: str) -> bool:
    """A single letter that is an enumerator ("b)", "c.") or a unit or sign next to a number ("22 x 12")."""
    if after in (")", "."):
        return True
    before = text[:at].rstrip()[-1:]
    following = text[at + 1 :].lstrip()[:1]
    return text[at].lower() not in "aăâeêioôơuưy" and (before.isdigit() or following.isdigit())


def _tokens(text: str, names: frozenset[str], lex: Lexicon) -> list[list[_Token]]:
    """Runs of word tokens: only whitespace between two words of a run; anything else ends it."""
    runs: list[list[_Token]] = [[]]
    for chunk in _CHUNK.finditer(text):
        body = chunk.group()
        number = _NUMBER.fullmatch(body)
        if number:
            if number.group(1):
                runs.append([])
            at = chunk.start() + number.start(2)
            runs[-1].append(_Token(at, chunk.start() + number.end(2), number.group(2), NUMBER))
            if number.group(3):
                runs.append([])
            continue
        words = list(_LETTERS.finditer(body))
        if not words or _LINKISH.search(body):
            runs.append([])
            continue
        for k, m in enumerate(words):
            if k or m.start():
                runs.append([])
            if len(m.group()) == 1 and _not_a_word(text, chunk.start() + m.start(), body[m.end() : m.end() + 1]):
                runs.append([])
                continue
            form, invalid = _classify(m.group(), names, lex)
            runs[-1].append(_Token(chunk.start() + m.start(), chunk.start() + m.end(), m.group(), form, invalid))
            if form is None and not invalid:
                runs.append([])
        if words[-1].end() < len(body):
            runs.append([])
    return [r for r in runs if r]


def _coverage(forms: list[str | None], lex: Lexicon, fixed: int = -1, general: bool = False) -> int:
    """The most syllables of ``forms`` that known words of two to five syllables can cover, without overlap.

    A span through position ``fixed`` (a variant being tried) counts only as an administrative term, or with
    ``general`` as any word whose other syllables are not common words ("để tang" is no reason to read
    "để tăng" as a slip).
    """
    best = [0] * (len(forms) + 1)
    for j in range(1, len(forms) + 1):
        best[j] = best[j - 1]
        for size in range(2, min(MAX_WORD, j) + 1):
            span = forms[j - size : j]
            if not all(span):
                continue
            word = " ".join(f for f in span if f)
            if j - size <= fixed < j:
                others = [f for k, f in enumerate(span) if j - size + k != fixed]
                ok = word in lex.terms or (general and word in lex.words and not set(others) & lex.common)
            else:
                ok = word in lex.words
            if ok:
                best[j] = max(best[j], best[j - size] + size)
    return best[-1]


def _gain(forms: list[str | None], i: int, variant: str, lex: Lexicon, *, general: bool = True) -> int:
    """How many more syllables known words cover around ``i`` when ``forms[i]`` is read as ``variant``.

    The new word through ``i`` must be an administrative term, or (with ``general``, for a variant differing
    only in marks) any word of the lexicon. A term of three or more syllables counts one more: "dịch vụ côn
    trực tuyến" gains only "côn" in syllables, but the whole term is strong evidence.
    """
    marks_only = general and _bare(variant) == _bare(forms[i] or "")
    left = forms[i - 1] if i else None
    right = forms[i + 1] if i + 1 < len(forms) else None
    pairs = lex.words if marks_only else lex.term_pairs
    if not (left and f"{left} {variant}" in pairs) and not (right and f"{variant} {right}" in pairs):
        return 0  # every word through i holds a pair with a neighbour: most variants stop here
    lo, hi = max(0, i - MAX_WORD + 1), min(len(forms), i + MAX_WORD)
    window = forms[lo:hi]
    before = _coverage(window, lex)
    window[i - lo] = variant
    gain = _coverage(window, lex, fixed=i - lo, general=marks_only) - before
    long_term = any(
        all(window[s : s + size]) and " ".join(f for f in window[s : s + size] if f) in lex.terms
        for size in range(3, MAX_WORD + 1)
        for s in range(max(0, i - lo - size + 1), min(i - lo, len(window) - size) + 1)
    )
    return gain + 1 if gain > 0 and long_term else gain


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
