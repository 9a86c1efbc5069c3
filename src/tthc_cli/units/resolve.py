"""Finding the units named in a printed cell ("Phòng Tư pháp, UBND các xã, thị trấn") in the units registry.

Pure functions over a :class:`~tthc_cli.model.units.UnitsFile`; used by the unknown-unit rule (TT201) and by
anything that must match a unit's name as people write it (counts files name units too).

How a cell is read:

1. the text is compared in the normal form of :func:`tthc_cli.text.normalize.fold` (tone placement, case,
   spaces, dashes);
2. unit and group names and aliases are found longest first, on word boundaries ("các công chức chuyên môn
   có liên quan" is one group even though "có liên quan" is also a role phrase, and "Văn phòng – thống kê"
   is one unit even though "–" also separates units);
3. what is left is split on "," ";" "và" "-" "–" "+" and line breaks; text in parentheses is a qualifier and
   is not read, nor is a label ending in ":" ("Cấp huyện: …"); the role words "chủ trì", "phối hợp", "có liên
   quan" are dropped, and words that follow a role word in the same clause ("… phối hợp xử lý, trả lời …")
   describe the task, not a unit;
4. every other fragment with letters is an unknown unit, with the closest known name as a suggestion.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass, field

from tthc_cli.model.units import UnitsFile
from tthc_cli.text.normalize import fold, fold_with_offsets

_MASK = "\x00"
_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-"})
_PAREN = re.compile(r"\([^()]*\)")
_LABEL = re.compile(r"[^,;\n\x00:]*:(?!//)")
_PREDICATE = re.compile(r"(?<!\w)(chủ trì|phối hợp)(?!\s*(với|cùng)(?!\w))[ \t]+(?=[^\s\x00,;.])[^;\n\x00]*")
_SPLIT = re.compile(r"[,;\n\x00+]|(?<!\w)(?:và|-)(?!\w)")
_ROLE = re.compile(r"(?<!\w)(chủ trì|phối hợp với|phối hợp|có liên quan|cùng|với)(?!\w)")
_FILLER = {"các", "và", "của", "cùng", "với", "đơn vị", "thực hiện"}
_EDGE = " \t.:;,-+•*\"'“”"


@dataclass(frozen=True)
class Found:
    """A known unit or group named in the text, with its place in the original text."""

    start: int
    end: int
    id: str


@dataclass(frozen=True)
class Unknown:
    """Words that name no known unit, with their place in the original text and the closest known name."""

    start: int
    end: int
    text: str
    suggestion: str | None = None


@dataclass(frozen=True)
class Resolution:
    """What a cell names."""

    found: tuple[Found, ...] = ()
    unknown: tuple[Unknown, ...] = ()

    @property
    def ids(self) -> tuple[str, ...]:
        """The ids named, in order of appearance, each once."""
        return tuple(dict.fromkeys(f.id for f in self.found))


def name_key(name: str) -> str:
    """The comparison form of a name (:func:`tthc_cli.text.normalize.fold`)."""
    return fold(name)


@dataclass(frozen=True)
class _Name:
    key: str
    """The name in comparison form."""
    uid: str
    written: str
    """As written in the registry."""
    rank: int
    """Its place when names are tried longest first."""


_WORD = re.compile(r"\w+")
_SUGGEST_POOL = 200
"""How many names a suggestion is chosen from (all of them in a registry of up to this many)."""


def _grams(key: str) -> set[str]:
    padded = f" {key} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


@dataclass
class UnitResolver:
    """Resolves printed unit cells against one units registry.

    Names are looked up in a dictionary by their comparison form: a cell is cut at every word boundary and
    each run of up to as many words as the longest name has is looked up, so a cell costs the same whether
    the registry has ten units or thirty thousand. A name that does not start and end with a letter or digit
    (rare) is searched for with its own pattern.
    """

    registry: UnitsFile
    _names: list[_Name] = field(default_factory=list, init=False)
    _by_key: dict[str, _Name] = field(default_factory=dict, init=False)
    _patterns: list[tuple[_Name, re.Pattern[str]]] = field(default_factory=list, init=False)
    _max_words: int = field(default=0, init=False)
    _cache: dict[str, Resolution] = field(default_factory=dict, init=False)
    _keys: list[str] = field(default_factory=list, init=False)
    """The names' comparison forms, longest first (what a suggestion is chosen from)."""
    _grams: dict[str, list[int]] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        entries = [(u.id, [u.name, *u.aliases]) for u in self.registry.units]
        entries += [(g.id, [g.name, *g.aliases]) for g in self.registry.groups]
        found: list[tuple[str, str, str]] = []
        for uid, names in entries:
            for name in names:
                key = name_key(name)
                if key and key not in self._by_key:
                    found.append((key, uid, name))
                    self._by_key[key] = _Name(key, uid, name, 0)
        found.sort(key=lambda item: -len(item[0]))  # stable: among names of one length, registry order
        self._names = [_Name(key, uid, name, rank) for rank, (key, uid, name) in enumerate(found)]
        self._keys = [n.key for n in self._names]
        for n in self._names:
            self._by_key[n.key] = n
            if _WORD.fullmatch(n.key[:1]) and _WORD.fullmatch(n.key[-1:]):
                self._max_words = max(self._max_words, len(_WORD.findall(n.key)))
            else:
                self._patterns.append((n, re.compile(rf"(?<!\w){re.escape(n.key)}(?!\w)")))

    @property
    def ids(self) -> frozenset[str]:
        """Every unit and group id of the registry."""
        return frozenset(u.id for u in self.registry.units) | frozenset(g.id for g in self.registry.groups)

    def lookup(self, name: str) -> str | None:
        """The id whose name or alias is exactly ``name`` (in comparison form), else ``None``."""
        found = self._by_key.get(name_key(name))
        return found.uid if found else None

    def resolve(self, text: str) -> Resolution:
        """Read a printed cell (see the module docstring)."""
        if text not in self._cache:
            self._cache[text] = self._resolve(text)
        return self._cache[text]

    def _matches(self, norm: str) -> list[tuple[int, int, int, _Name]]:
        """Every place a known name stands in ``norm`` on word boundaries: (rank, start, end, name)."""
        out: list[tuple[int, int, int, _Name]] = []
        words = [(m.start(), m.end()) for m in _WORD.finditer(norm)]
        for i, (start, _) in enumerate(words):
            for _, end in words[i : i + self._max_words]:
                name = self._by_key.get(norm[start:end])  # never a name kept for its own pattern
                if name is not None:
                    out.append((name.rank, start, end, name))
        for name, pattern in self._patterns:
            out.extend((name.rank, m.start(), m.end(), name) for m in pattern.finditer(norm))
        return out

    def _resolve(self, text: str) -> Resolution:
        norm, where = fold_with_offsets(text)
        chars = list(norm)
        found: list[tuple[int, int, str]] = []
        # longest name first; one name's places left to right, skipping places that overlap its last one
        last: dict[str, int] = {}
        for _, start, end, name in sorted(self._matches(norm), key=lambda m: (m[0], m[1])):
            if start < last.get(name.key, 0):
                continue
            last[name.key] = end
            if all(c != _MASK for c in chars[start:end]):
                found.append((start, end, name.uid))
                chars[start:end] = _MASK * (end - start)
        rest = "".join(chars)
        for pattern in (_PAREN, _LABEL, _PREDICATE):
            rest = pattern.sub(lambda m: " " * (m.end() - m.start()), rest)
        rest = _ROLE.sub(lambda m: " " * (m.end() - m.start()), rest)
        unknown: list[Unknown] = []
        pos = 0
        for piece in [*_SPLIT.split(rest)]:
            if piece is None:
                continue
            start = rest.find(piece, pos)
            pos = start + len(piece)
            core = piece.strip(_EDGE)
            if not core or not any(c.isalpha() for c in core) or core in _FILLER:
                continue
            s = start + piece.index(core)
            a, b = where[s], where[s + len(core) - 1] + 1
            unknown.append(Unknown(a, b, text[a:b], self.suggest(core)))
        ordered = sorted(found)
        return Resolution(
            tuple(Found(where[s], where[e - 1] + 1, uid) for s, e, uid in ordered),
            tuple(unknown),
        )

    def suggest(self, words: str) -> str | None:
        """The known name closest to ``words`` (difflib), as written in the registry.

        difflib compares with every name it is given; in a large registry it is given the
        :data:`_SUGGEST_POOL` names that share the most three-letter pieces with ``words``.
        """
        key = name_key(words)
        close = difflib.get_close_matches(key, self._pool(key), n=1, cutoff=0.6)
        return self._by_key[close[0]].written if close else None

    def _pool(self, key: str) -> list[str]:
        keys = self._keys
        if len(keys) <= _SUGGEST_POOL:
            return keys
        if not self._grams:
            for i, k in enumerate(keys):
                for g in _grams(k):
                    self._grams.setdefault(g, []).append(i)
        common = len(keys) // 10  # a piece in one name of ten ("xã ") tells names apart poorly
        shared: Counter[int] = Counter()
        for g in _grams(key):
            postings = self._grams.get(g, [])
            if len(postings) <= common:
                shared.update(postings)
        return [keys[i] for i, _ in shared.most_common(_SUGGEST_POOL)]
