"""Vietnamese syllables from the orthography: onset, rhyme and tone, and whether a written form can exist.

A syllable is written onset + rhyme with one tone mark on a vowel. What can exist is a closed set: about
two dozen onsets, some 160 rhymes, six tones, and a few spelling rules (``k`` before i/e/ê/y and ``c``
elsewhere, ``gh``/``ngh`` before i/e/ê, ``q`` only as ``qu``, rhymes ending in -p/-t/-c/-ch take only the
sắc or nặng tone). The tone mark goes on the vowel the rules say; both the old placement ("hòa", "thủy")
and the new ("hoà", "thuỷ") are accepted. :func:`parse` returns the parts of a form that can exist, or
``None``; :func:`canonical` writes the parts back in one placement (the old), so that lexicon look-ups do not
depend on the writer's style.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

TONE_MARKS = {"\u0300": 2, "\u0301": 1, "\u0309": 3, "\u0303": 4, "\u0323": 5}
"""Combining tone marks → tone number (0 ngang, 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng)."""
_MARK_OF = {v: k for k, v in TONE_MARKS.items()}

VOWELS = frozenset("aăâeêioôơuưy")
MARKED_VOWELS = frozenset("ăâêôơư")
LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
"""The Vietnamese alphabet (lower case, without tone marks); also the letters of spelling edits."""

_ONSETS = "b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x"
ONSETS = frozenset(_ONSETS.split()) | {""}

_RHYMES = """
a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây
e ec em en eng eo ep et ê êch êm ên ênh êp êt êu
i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu yêm yên yêng yêt yêu
o oc oi om on ong op ot ooc oong ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt
u ua uc ui um un ung up ut uôc uôi uôm uôn uông uôt
ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu
y oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oen oeo oet
uâ uân uâng uât uây uê uêch uên uênh uêt uơ uy uya uych uyn uynh uyp uyt uyu uyên uyêt
"""
RHYMES = frozenset(_RHYMES.split())
"""Every rhyme (medial + nucleus + coda) without its tone."""

_STOP_CODAS = ("p", "t", "c", "ch")
_FRONT = ("i", "e", "ê", "y")


@dataclass(frozen=True)
class Syllable:
    """A syllable that can exist: its parts, lower case and without tone mark."""

    onset: str
    rhyme: str
    tone: int
    """0 ngang, 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng."""

    @property
    def letters(self) -> str:
        """The written letters without the tone mark ("quyên")."""
        if self.onset == "gi" and self.rhyme.startswith("i"):
            return "g" + self.rhyme
        return self.onset + self.rhyme


def _tone_table() -> dict[str, tuple[str, int]]:
    table = {}
    for base in VOWELS | {v.upper() for v in VOWELS}:
        for mark, tone in TONE_MARKS.items():
            table[unicodedata.normalize("NFC", base + mark)] = (base, tone)
    return table


_TONED = _tone_table()
"""Each vowel with a tone mark (NFC) → (the vowel without it, the tone)."""


_TONED_CHAR = re.compile("[" + "".join(sorted(_TONED)) + "]")
_UNTONE = str.maketrans({ch: base for ch, (base, _) in _TONED.items()})


def split_tone(word: str) -> tuple[str, int, int] | None:
    """``word`` (NFC) as (letters without tone mark, tone, index of the toned letter; -1 if none).

    ``None`` when more than one letter carries a tone mark.
    """
    marks = _TONED_CHAR.findall(word)
    if not marks:
        return word, 0, -1
    if len(marks) > 1:
        return None
    return word.translate(_UNTONE), _TONED[marks[0]][1], word.index(marks[0])


def _split_onset(letters: str) -> tuple[str, str]:
    for size in (3, 2, 1):
        head = letters[:size]
        if head in ONSETS and len(letters) > size:
            if head == "gi" and letters[2] not in VOWELS:
                continue
            if head == "qu" and letters[2] not in VOWELS:
                continue
            return head, letters[size:]
    return "", letters


def _rhyme_ok(onset: str, rhyme: str) -> bool:
    if onset == "qu":
        return not rhyme.startswith(("u", "ư", "o")) and any(r in RHYMES for r in (rhyme, "u" + rhyme, "o" + rhyme))
    if onset == "gi":
        return rhyme in RHYMES or ("i" + rhyme) in RHYMES
    if rhyme not in RHYMES:
        return False
    if rhyme.startswith("y"):
        return onset not in ("c", "g", "gh", "ng", "ngh") if rhyme == "y" else not onset
    if rhyme.startswith("iê") and not onset:
        return False
    if rhyme.startswith("i") and onset == "g":
        return True  # "gì", "gìn": the i of gi written once
    front = rhyme.startswith(_FRONT)
    if onset in ("c", "g", "ng") and front:
        return False
    return not (onset in ("k", "gh", "ngh") and not front)


def _tone_positions(onset: str, letters: str) -> tuple[int, ...]:
    """Where the tone mark may go in ``letters``: old placement first, then the new one when it differs."""
    start = len(onset) if onset != "gi" or letters[2:3] in VOWELS else 1
    if onset == "g" and letters[1:2] == "i":
        start = 1
    nucleus = [i for i in range(start, len(letters)) if letters[i] in VOWELS]
    if onset == "gi" and not nucleus:
        nucleus = [1]
    run = nucleus
    if not run:
        return ()
    coda = letters[run[-1] + 1 :] if run else ""
    marked = [i for i in run if letters[i] in MARKED_VOWELS]
    if marked:
        return (marked[-1],)
    if coda or len(run) == 1:
        return (run[-1],)
    cluster = letters[run[0] : run[-1] + 1]
    if len(run) == 2:
        return (run[0], run[1]) if cluster in ("oa", "oe", "uy") else (run[0],)
    return (run[1],)


@lru_cache(maxsize=65536)
def parse(word: str) -> Syllable | None:
    """The parts of ``word`` (any case) when it is a syllable the orthography allows, else ``None``."""
    split = split_tone(word.lower())
    if split is None:
        return None
    letters, tone, where = split
    if not letters or any(ch not in LETTERS for ch in letters):
        return None
    onset, rhyme = _split_onset(letters)
    if not rhyme or rhyme[0] not in VOWELS or not _rhyme_ok(onset, rhyme):
        return None
    if rhyme.endswith(_STOP_CODAS) and tone not in (1, 5):
        return None
    if tone and where not in _tone_positions(onset, letters):
        return None
    if onset == "gi" and rhyme[0] != "i" and ("i" + rhyme) in RHYMES and rhyme not in RHYMES:
        rhyme = "i" + rhyme
    if onset == "g" and rhyme.startswith("i"):
        onset = "gi"
    return Syllable(onset, rhyme, tone)


def compose(letters: str, tone: int, *, new_style: bool = False) -> str:
    """``letters`` with the tone mark on its vowel (old placement unless ``new_style``)."""
    if not tone:
        return letters
    onset, _ = _split_onset(letters)
    positions = _tone_positions(onset, letters)
    if not positions:
        return letters
    at = positions[-1] if new_style else positions[0]
    marked = unicodedata.normalize("NFC", letters[at] + _MARK_OF[tone])
    return letters[:at] + marked + letters[at + 1 :]


@lru_cache(maxsize=65536)
def canonical(word: str) -> str | None:
    """``word`` lower case with its tone mark in the old placement ("hoá" → "hóa"); ``None`` if invalid."""
    syllable = parse(word)
    if syllable is None:
        return None
    return compose(syllable.letters, syllable.tone)
