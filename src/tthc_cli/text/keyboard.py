"""Words typed with the Vietnamese input method switched off: Telex ("thuwcj" → "thực") and VNI ("thu75c" →
"thực"). A clerk who types so leaves letters or digits where the marks should be; reading them back gives
the syllable meant, the first suggestion for such a word."""

from __future__ import annotations

import re
import unicodedata

from tthc_cli.text.syllable import canonical, compose, split_tone

_TELEX_LETTERS = (("aa", "â"), ("aw", "ă"), ("ee", "ê"), ("oo", "ô"), ("ow", "ơ"), ("uw", "ư"), ("dd", "đ"))
_TELEX_TONES = {"s": 1, "f": 2, "r": 3, "x": 4, "j": 5}
_VNI_TONES = {"1": 1, "2": 2, "3": 3, "4": 4, "5": 5}
_VNI_MARKS = {"6": {"a": "â", "e": "ê", "o": "ô"}, "7": {"o": "ơ", "u": "ư"}, "8": {"a": "ă"}, "9": {"d": "đ"}}
VNI_WORD = re.compile(r"[a-zđ]+[1-9][a-z1-9]*")
"""A lower-case word with VNI digits in it (not a code: codes start with a digit or are upper case)."""


def _toned(letters: str, tone: int) -> str:
    split = split_tone(unicodedata.normalize("NFC", letters))
    if split is None or split[1]:
        return ""
    return canonical(compose(split[0], tone)) or ""


def telex(word: str) -> str:
    """``word`` read as Telex ("vieetj" → "việt"), canonical; "" when it reads as no syllable."""
    tone = 0
    if len(word) > 2 and word[-1] in _TELEX_TONES:
        tone, word = _TELEX_TONES[word[-1]], word[:-1]
    for keys, letter in _TELEX_LETTERS:
        word = word.replace(keys, letter)
    return _toned(word.replace("w", "ư"), tone)


def vni(word: str) -> str:
    """``word`` read as VNI ("vie65t" → "việt"), canonical; "" when it reads as no syllable."""
    letters: list[str] = []
    tone = 0
    for ch in word:
        if ch in _VNI_TONES:
            tone = _VNI_TONES[ch]
        elif ch in _VNI_MARKS:
            marks = _VNI_MARKS[ch]
            at = max((i for i, c in enumerate(letters) if c in marks), default=-1)
            if at < 0:
                return ""
            letters[at] = marks[letters[at]]
            if ch == "7" and letters[at] == "ư" and at + 1 < len(letters) and letters[at + 1] == "o":
                letters[at + 1] = "ơ"
            elif ch == "7" and letters[at] == "ơ" and at and letters[at - 1] == "u":
                letters[at - 1] = "ư"
        else:
            letters.append(ch)
    return _toned("".join(letters), tone)


def typed(word: str) -> str:
    """The syllable ``word`` reads as in Telex or VNI, canonical; "" if neither."""
    return vni(word) if any(ch.isdigit() for ch in word) else telex(word)
