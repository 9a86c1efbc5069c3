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


@dataclass
class UnitResolver:
    """Resolves printed unit cells against one units registry."""

    registry: UnitsFile
    _names: list[tuple[str, re.Pattern[str], str, str]] = field(default_factory=list, init=False)
    _cache: dict[str, Resolution] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        entries = [(u.id, [u.name, *u.aliases]) for u in self.registry.units]
        entries += [(g.id, [g.name, *g.aliases]) for g in self.registry.groups]
        seen: set[str] = set()
        for uid, names in entries:
            for name in names:
                key = name_key(name)
                if key and key not in seen:
                    seen.add(key)
                    pattern = re.compile(rf"(?<!\w){re.escape(key)}(?!\w)")
                    self._names.append((key, pattern, uid, name))
        self._names.sort(key=lambda item: -len(item[0]))

    @property
    def ids(self) -> frozenset[str]:
        """Every unit and group id of the registry."""
        return frozenset(u.id for u in self.registry.units) | frozenset(g.id for g in self.registry.groups)

    def lookup(self, name: str) -> str | None:
        """The id whose name or alias is exactly ``name`` (in comparison form), else ``None``."""
        key = name_key(name)
        return next((uid for k, _, uid, _ in self._names if k == key), None)

    def resolve(self, text: str) -> Resolution:
        """Read a printed cell (see the module docstring)."""
        if text not in self._cache:
            self._cache[text] = self._resolve(text)
        return self._cache[text]

    def _resolve(self, text: str) -> Resolution:
        norm, where = fold_with_offsets(text)
        chars = list(norm)
        found: list[tuple[int, int, str]] = []
        for _, pattern, uid, _ in self._names:
            for m in pattern.finditer(norm):
                if all(c != _MASK for c in chars[m.start() : m.end()]):
                    found.append((m.start(), m.end(), uid))
                    chars[m.start() : m.end()] = _MASK * (m.end() - m.start())
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
        """The known name closest to ``words`` (difflib), as written in the registry."""
        keys = [k for k, _, _, _ in self._names]
        close = difflib.get_close_matches(name_key(words), keys, n=1, cutoff=0.6)
        if not close:
            return None
        return next(name for k, _, _, name in self._names if k == close[0])
