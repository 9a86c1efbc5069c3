"""The one text normaliser: how two spellings of the same name, header or phrase are found to be the same.

- :func:`squash`: NFC and runs of white space as one space (the form in which two texts read the same);
- :func:`slug`: ASCII words joined by "-", for values that are codes ("Trực tuyến" → "truc-tuyen");
- :func:`fold`: the comparison key of names (units, documents, column headers): NFC; the tone mark of "oa",
  "oe", "uy" at the end of a word on the second vowel whether it was typed old style or new (Hòa/Hoà,
  Ủy/Uỷ, Thủy/Thuỷ); the Latin "Ð" (U+00D0, typed for Đ on some keyboards) as "Đ"; invisible characters
  (zero-width space, BOM, soft hyphen) dropped; dashes as "-"; case folded; white space collapsed.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_TONES = "\u0300\u0301\u0303\u0309\u0323"
_END = r"(?![\w\u0300-\u036f])"  # the vowel ends the word and carries no other mark
_OLD_STYLE = re.compile(rf"([oO])([{_TONES}])([aAeE]){_END}|([uU])([{_TONES}])([yY]){_END}")
_LOOKALIKES = str.maketrans({"Ð": "Đ", "ð": "đ", "–": "-", "—": "-", "‐": "-", "\u00a0": " "})
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def drop_invisible(text: str) -> str:
    """``text`` without the characters that print as nothing (zero-width space and joiners, BOM, soft
    hyphen; the word joiner tthc render puts inside legal numbers)."""
    return text.translate(_INVISIBLE)


def squash(text: str | None) -> str:
    """NFC with runs of white space as one space, stripped (``""`` for ``None``)."""
    if not text:
        return ""
    return " ".join(unicodedata.normalize("NFC", text).split())


def _new_style(match: re.Match[str]) -> str:
    if match.group(1):
        return match.group(1) + match.group(3) + match.group(2)
    return match.group(4) + match.group(6) + match.group(5)


def tone_new_style(text: str) -> str:
    """Tone marks placed new style ("hoà", "thuỷ"); same length as the NFC of ``text``."""
    decomposed = unicodedata.normalize("NFD", unicodedata.normalize("NFC", text))
    return unicodedata.normalize("NFC", _OLD_STYLE.sub(_new_style, decomposed))


def _prepare(text: str) -> str:
    return tone_new_style(text).translate(_LOOKALIKES)


@functools.lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """The comparison key of a name (see the module docstring); remembered, since a table names the same
    units on thousands of rows."""
    return " ".join(_prepare(text).translate(_INVISIBLE).casefold().split())


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """:func:`fold` that keeps line breaks and leading or trailing space, with, for each character of the
    result, the offset in the NFC form of ``text`` it came from (to point at a place in the original)."""
    src = _prepare(text)
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(src):
        if ord(ch) in _INVISIBLE:
            continue
        if ch.isspace() and ch != "\n":
            if out and out[-1] in " \n":
                continue
            ch = " "
        for c in ch.casefold():
            out.append(c)
            where.append(i)
    return "".join(out), where


def slug(text: str) -> str:
    """``"Trực tuyến"`` -> ``"truc-tuyen"``: no diacritics, lower case, words joined by ``-`` (for codes)."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return "-".join(plain.casefold().replace("_", " ").replace("-", " ").split())


def short(text: str | None, limit: int = 70) -> str:
    """A text cut at a word boundary to about ``limit`` characters, with "…"."""
    t = squash(text)
    if len(t) <= limit:
        return t
    cut = t[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;.:") + " …"
