"""The place words of an issuer's name: which level it is, what area it covers, the plan id it suggests."""

from __future__ import annotations

import re
import unicodedata

_KINDS = ("THÀNH PHỐ", "THỊ TRẤN", "THỊ XÃ", "PHƯỜNG", "HUYỆN", "QUẬN", "TỈNH", "XÃ")
_KIND = re.compile(rf"(?<!\w)({'|'.join(_KINDS)})(?!\w)", re.I)
LEVELS = {"tỉnh": "tinh", "huyện": "huyen", "quận": "huyen", "thị xã": "huyen", "xã": "xa", "phường": "xa"}
LEVELS["thị trấn"] = "xa"


_AGENCY = {"UBND": "ỦY BAN NHÂN DÂN", "HĐND": "HỘI ĐỒNG NHÂN DÂN"}


def expand_agency(text: str) -> str:
    """ "UBND HUYỆN X" → "ỦY BAN NHÂN DÂN HUYỆN X" (the abbreviations of a header line written out)."""
    return re.sub(r"(?<!\w)(UBND|HĐND)(?!\w)", lambda m: _AGENCY[m.group(1)], text)


def split_place(name: str) -> tuple[str, str, str]:
    """("ỦY BAN NHÂN DÂN", "HUYỆN", "TRI TÔN") from "ỦY BAN NHÂN DÂN HUYỆN TRI TÔN"; ``(name, "", "")`` when the
    name has no place word."""
    m = _KIND.search(name)
    if m is None:
        return name, "", ""
    return name[: m.start()].strip(), m.group(1), name[m.end() :].strip()


def locality_of(issuer: str) -> str | None:
    """ "huyện Tri Tôn" from "Ủy ban nhân dân huyện Tri Tôn"."""
    _, kind, place = split_place(issuer)
    return f"{kind.lower()} {place}" if kind and place else None


def level_of(locality: str) -> str | None:
    """``tinh``, ``huyen`` or ``xa``; ``None`` for "thành phố", which may be either a province or a district."""
    _, kind, _ = split_place(locality)
    return LEVELS.get(kind.lower())


def slug(text: str) -> str:
    """ASCII id words: "Tri Tôn" → "tri-ton"."""
    t = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    return "-".join(re.findall(r"[a-z0-9]+", t))
