"""The Vietnamese spell checker of plan text: syllables that cannot exist, and valid syllables in the wrong word.

:func:`check_text` reads a text as runs of words (:mod:`tthc_cli.text.words`) and reports:

- ``invalid``: a word that is no Vietnamese syllable by the orthography (:mod:`tthc_cli.text.syllable`) or is
  not attested in the lexicon ("giải quyêt", "cải cácch"), with the attested syllables one slip away as
  suggestions, those that make a known word with a neighbour first;
- ``context``: a valid syllable that makes no word with its neighbours while a one-slip variant of it makes
  an administrative term, or for a change of marks only any word, covering at least two more syllables
  ("nhân dan" → "nhân dân", "trị trấn" → "thị trấn"), without taking a neighbour from a word it is in.

A run's findings depend only on its words, so they are computed once per distinct run (cached).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from tthc_cli.text.keyboard import typed
from tthc_cli.text.lexicon import MAX_WORD, Lexicon, lexicon
from tthc_cli.text.words import NUMBER, runs


@dataclass(frozen=True)
class Misspelt:
    """One word the checker doubts, with the spellings it suggests (best first)."""

    start: int
    end: int
    kind: str
    """``invalid`` (no such syllable) or ``context`` (a valid syllable making no word with its neighbours)."""
    suggestions: tuple[str, ...]


def _match_case(original: str, suggestion: str) -> str:
    if original.isupper() and len(original) > 1:
        return suggestion.upper()
    if original[:1].isupper():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


def _coverage(
    forms: list[str | None], lex: Lexicon, fixed: int = -1, general: bool = False, terms_only: bool = False
) -> int:
    """The most syllables of ``forms`` that known words of two to five syllables can cover, without overlap.

    A span through position ``fixed`` (a variant being tried) counts only as an administrative term, or with
    ``general`` as any word whose other syllables are not common words ("để tang" is no reason to read
    "để tăng" as a slip). With ``terms_only`` every span counts only as an administrative term.
    """
    vocabulary = lex.terms if terms_only else lex.words
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
                ok = word in vocabulary
            if ok:
                best[j] = max(best[j], best[j - size] + size)
    return best[-1]


@lru_cache(maxsize=65536)
def _mark_variants(form: str) -> frozenset[str]:
    """The neighbours of ``form`` that differ from it only in marks ("dan" → "dân", "dán")."""
    bare = _bare(form)
    return frozenset(v for v in lexicon().neighbours(form) if _bare(v) == bare)


def _candidates(forms: list[str | None], i: int, lex: Lexicon, paired: bool) -> set[str]:
    """The variants of ``forms[i]`` worth trying: those making a term's pair, or a word, with a neighbour."""
    form = forms[i] or ""
    left = forms[i - 1] if i else None
    right = forms[i + 1] if i + 1 < len(forms) else None
    near = lex.neighbours(form)
    out = set(near & lex.term_next.get(left or "", frozenset())) | (near & lex.term_prev.get(right or "", frozenset()))
    if not paired:
        for v in _mark_variants(form):
            if (left and f"{left} {v}" in lex.words) or (right and f"{v} {right}" in lex.words):
                out.add(v)
    return out


def _paired(forms: list[str | None], i: int, lex: Lexicon) -> bool:
    """Whether ``forms[i]`` makes a word with the syllable before or after it (then it is no slip)."""
    left = forms[i - 1] if i else None
    right = forms[i + 1] if i + 1 < len(forms) else None
    return bool(left and f"{left} {forms[i]}" in lex.words) or bool(right and f"{forms[i]} {right}" in lex.words)


def _gain(
    forms: list[str | None], i: int, variant: str, lex: Lexicon, *, general: bool = True, terms_only: bool = False
) -> int:
    """How many more syllables known words cover around ``i`` when ``forms[i]`` is read as ``variant``.

    The new word through ``i`` must be an administrative term, or (with ``general``, for a variant differing
    only in marks) any word of the lexicon. A term of three or more syllables counts one more: "dịch vụ côn
    trực tuyến" gains only "côn" in syllables, but the whole term is strong evidence. With ``terms_only``
    (for a word that makes a rare word with a neighbour, "thủ túc hành chính") only administrative terms count
    and the new one must have three or more syllables.
    """
    left = forms[i - 1] if i else None
    right = forms[i + 1] if i + 1 < len(forms) else None
    pairs = [f"{left} {variant}"] if left else []
    pairs += [f"{variant} {right}"] if right else []
    # every word through i holds a pair with a neighbour: most variants stop at these set look-ups
    in_term = any(p in lex.term_pairs for p in pairs)
    marks_only = general and not terms_only and _bare(variant) == _bare(forms[i] or "")
    if not in_term and not (marks_only and any(p in lex.words for p in pairs)):
        return 0
    lo, hi = max(0, i - MAX_WORD + 1), min(len(forms), i + MAX_WORD)
    window = forms[lo:hi]
    before = _coverage(window, lex, terms_only=terms_only)
    window[i - lo] = variant
    gain = _coverage(window, lex, fixed=i - lo, general=marks_only, terms_only=terms_only) - before
    if gain <= 0:
        return gain
    long_term = in_term and any(
        all(window[s : s + size]) and " ".join(f for f in window[s : s + size] if f) in lex.terms
        for size in range(3, MAX_WORD + 1)
        for s in range(max(0, i - lo - size + 1), min(i - lo, len(window) - size) + 1)
    )
    if terms_only and not long_term:
        return 0
    return gain + 1 if long_term else gain


@lru_cache(maxsize=65536)
def _bare(word: str) -> str:
    """``word`` without any mark ("đường" → "duong"): two words differing only in marks are one slip apart."""
    decomposed = unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _rank(word: str, gains: dict[str, int]) -> list[str]:
    """Candidates covering the most first, then those differing from ``word`` only in marks, then by name."""
    bare = _bare(word.lower())
    return sorted(gains, key=lambda c: (-gains[c], _bare(c) != bare, c))


def _suggest(text: str, i: int, forms: list[str | None], lex: Lexicon) -> tuple[str, ...]:
    word = text.lower()
    candidates = set(lex.neighbours(word, any_tone=True))
    meant = typed(word) if word.isascii() else ""
    ranked = _rank(word, {c: _gain(forms, i, c, lex) for c in candidates})
    if meant in lex.syllables:
        ranked = [meant] + [c for c in ranked if c != meant]
    return tuple(_match_case(text, c) for c in ranked[:3])


@lru_cache(maxsize=16384)
def _run_findings(words: tuple[tuple[str, str | None, bool], ...]) -> tuple[tuple[int, str, tuple[str, ...]], ...]:
    """(index, kind, suggestions) of each doubted word of a run given as (text, form, invalid) triples."""
    lex = lexicon()
    forms = [form for _, form, _ in words]
    out: list[tuple[int, str, tuple[str, ...]]] = []
    for i, (text, form, invalid) in enumerate(words):
        if invalid:
            out.append((i, "invalid", _suggest(text, i, forms, lex)))
        elif form and text.islower() and form not in lex.common:
            paired = _paired(forms, i, lex)
            tried = _candidates(forms, i, lex, paired)
            gains = {v: g for v in tried if (g := _gain(forms, i, v, lex, terms_only=paired)) >= 2}
            if gains:
                out.append((i, "context", tuple(_match_case(text, v) for v in _rank(text, gains)[:3])))
    return tuple(out)


@lru_cache(maxsize=4096)
def check_text(text: str, names: frozenset[str] = frozenset()) -> tuple[Misspelt, ...]:
    """Every word of ``text`` the checker doubts, in reading order. ``names``: lower-case words never flagged."""
    if not any(ch.isalpha() for ch in text):
        return ()
    found: list[Misspelt] = []
    for run in runs(text, names):
        key = tuple((NUMBER if t.form == NUMBER else t.text, t.form, t.invalid) for t in run)
        for i, kind, suggestions in _run_findings(key):
            found.append(Misspelt(run[i].start, run[i].end, kind, suggestions))
    return tuple(found)
