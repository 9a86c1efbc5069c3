"""The lexicon of the spelling rules: attested syllables and words, loaded once and only when needed.

Shipped files under ``tthc_cli/data/lexicon/`` (their README gives sources and licences): ``words.txt``,
``syllables.txt`` and ``loanwords.txt`` derived from the word lists of pyvi (MIT) and underthesea
(Apache-2.0); ``admin.txt``, administrative vocabulary written for tthc; ``common.txt``, the commonest words.
Every entry is kept in the old tone placement (:func:`tthc_cli.text.syllable.canonical`), so "hoá" and "hóa"
are one entry. A syllable's spelling neighbours (one letter added, dropped or changed, or another tone) are
found through an index of single-letter deletions, so a look-up costs a handful of set probes.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from tthc_cli.text.syllable import canonical, compose, split_tone

MAX_WORD = 5
"""The longest word (in syllables) looked up; longer entries are not kept."""

_VOWELS = frozenset("aeiouy")

CONFUSED_ONSETS = (("ch", "tr"), ("d", "gi"), ("r", "gi"), ("d", "r"), ("s", "x"), ("l", "n"), ("v", "d"))
"""Onsets writers mix up (regional pronunciation) beyond a single-letter edit."""


@dataclass
class Lexicon:
    """Attested syllables and words (space-separated canonical syllables)."""

    syllables: frozenset[str]
    words: frozenset[str]
    """Whole entries of two to five syllables, administrative terms included."""
    common: frozenset[str] = frozenset()
    """Words never suspected from their neighbours alone (``common.txt``)."""
    terms: frozenset[str] = frozenset()
    """The administrative terms (``admin.txt``): the only words a slip is read as, so that a chance word of
    the general lexicon ("trong nhu") raises no doubt."""
    term_pairs: frozenset[str] = frozenset()
    """Every two neighbouring syllables inside a term: a cheap first test before a term is looked for."""
    tones: Mapping[str, AbstractSet[int]] = field(default_factory=dict)
    """Letters without tone → the tones they are attested with."""
    deletions: Mapping[str, AbstractSet[str]] = field(default_factory=dict)
    """A form with one letter deleted → the attested letter strings it comes from."""
    _seen: dict[tuple[str, bool], frozenset[str]] = field(default_factory=dict, repr=False)
    term_next: Mapping[str, AbstractSet[str]] = field(default_factory=dict)
    """A syllable → the syllables that follow it inside a term."""
    term_prev: Mapping[str, AbstractSet[str]] = field(default_factory=dict)
    """A syllable → the syllables that precede it inside a term."""

    def knows(self, word: str) -> bool:
        """Whether ``word`` (canonical syllables joined by spaces) is an attested word of two or more syllables."""
        return word in self.words

    def neighbours(self, syllable: str, *, any_tone: bool = False) -> frozenset[str]:
        """Attested syllables one spelling slip away from ``syllable``: a letter edit or a tone change.

        With ``any_tone`` a letter edit may come with any tone (for a form that cannot exist, "quyêt").
        Computed once per syllable.
        """
        key = (syllable, any_tone)
        if key not in self._seen:
            self._seen[key] = frozenset(self._neighbours(syllable, any_tone))
        return self._seen[key]

    def _neighbours(self, syllable: str, any_tone: bool) -> set[str]:
        split = split_tone(syllable)
        if split is None:
            return set()
        letters, tone, _ = split
        out = {compose(letters, t) for t in self.tones.get(letters, ()) if t != tone}
        for other in _letter_neighbours(self, letters):
            for t in self.tones.get(other, ()):
                if any_tone or t == tone:
                    out.add(compose(other, t))
        out.discard(syllable)
        return out


def _one_slip(a: str, b: str) -> bool:
    """Whether two strings of one length differ in one letter or by two neighbouring letters swapped."""
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]])


def _letter_neighbours(lex: Lexicon, letters: str) -> set[str]:
    """Attested letter strings at one insertion, deletion, substitution or swap of neighbours from ``letters``.

    Two strings sharing a one-letter deletion are one substitution apart only when the same letter went.
    """
    dels = {letters[:i] + letters[i + 1 :] for i in range(len(letters))}
    out = set(lex.deletions.get(letters, ()))
    for d in dels:
        if d in lex.tones:
            out.add(d)
        out.update(o for o in lex.deletions.get(d, ()) if len(o) == len(letters) and _one_slip(o, letters))
    for a, b in CONFUSED_ONSETS:
        for x, y in ((a, b), (b, a)):
            if letters.startswith(x) and (y + letters[len(x) :]) in lex.tones:
                out.add(y + letters[len(x) :])
    out.discard(letters)
    return out


def _lines(name: str) -> list[str]:
    text = resources.files("tthc_cli.data").joinpath("lexicon").joinpath(name).read_text(encoding="utf-8")
    lines = text.split("\n")
    start = next((i for i, line in enumerate(lines) if not line.startswith("#")), len(lines))
    return [line for line in lines[start:] if line]


def pairs_of(entries: list[str]) -> set[str]:
    """Every two neighbouring syllables inside the entries."""
    out: set[str] = set()
    for entry in entries:
        forms = entry.split()
        out.update(f"{a} {b}" for a, b in itertools.pairwise(forms))
    return out


def _admin_entries(known: set[str]) -> list[str]:
    """The administrative terms in canonical form (a syllable already ``known`` needs no parsing)."""
    out = []
    for line in _lines("admin.txt"):
        tokens = unicodedata.normalize("NFC", line).lower().split()
        out.append(" ".join(t if t in known else canonical(t) or t for t in tokens))
    return out


@cache
def lexicon() -> Lexicon:
    """The shipped lexicon, built on first use from files stored canonical and precomputed (no parsing)."""
    syllables = set(_lines("syllables.txt"))
    admin = _admin_entries(syllables)
    terms = {e for e in admin if 0 < e.count(" ") < MAX_WORD}
    words = set(_lines("words.txt")) | terms
    syllables.update(" ".join(admin).split())
    tones: dict[str, set[int]] = {}
    for s in syllables:
        split = split_tone(s)
        if split is not None:
            tones.setdefault(split[0], set()).add(split[1])
    deletions: dict[str, set[str]] = {}
    for letters in tones:
        for i in range(len(letters)):
            deletions.setdefault(letters[:i] + letters[i + 1 :], set()).add(letters)
    syllables.update(w for w in _lines("loanwords.txt") if set(w) & _VOWELS)  # not "cp", "nxb": abbreviations
    pairs = pairs_of(list(terms))
    follow: dict[str, set[str]] = {}
    precede: dict[str, set[str]] = {}
    for pair in pairs:
        first, second = pair.split(" ")
        follow.setdefault(first, set()).add(second)
        precede.setdefault(second, set()).add(first)
    return Lexicon(
        frozenset(syllables),
        frozenset(words),
        frozenset(canonical(w) or w for w in _lines("common.txt")),
        frozenset(terms),
        frozenset(pairs),
        tones,
        deletions,
        term_next=follow,
        term_prev=precede,
    )
