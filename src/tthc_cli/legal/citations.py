"""Find legal citations in Vietnamese text (pure functions, no I/O).

Recognised forms::

    Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010
    Quyết định số 766/QĐ-TTg ngày 23/6/2022          Quyết định 876/QĐ-BNV năm 2022
    Nghị quyết số 01/NQ-CP, 02/NQ-CP ngày 05/01/2024  (a list sharing one date)
    Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015   (by a name given by the caller)
    Nghị định 107.NĐ-CP, NGHỊ QUYẾT SỐ 01:NQ/CP, 143/QĐUBND-HC, Chỉ thị 05, ngày 23/2/2023   (malformed)

Each :class:`Citation` keeps the character offsets of its number and of its date, the parsed date, the kind
of document told by the words before the number and by the number's type code, and what is malformed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

TYPE_WORDS: dict[str, str] = {
    "luật": "luat",
    "nghị định": "nghi-dinh",
    "nghị quyết": "nghi-quyet",
    "quyết định": "quyet-dinh",
    "thông tư liên tịch": "thong-tu",
    "thông tư": "thong-tu",
    "chỉ thị": "chi-thi",
    "kế hoạch": "ke-hoach",
    "công văn": "cong-van",
    "công điện": "cong-dien",
    "văn bản": "van-ban",
    "thông báo": "thong-bao",
    "hướng dẫn": "huong-dan",
    "báo cáo": "bao-cao",
    "tờ trình": "to-trinh",
    "chương trình": "chuong-trinh",
}
"""Words naming a kind of document, lower case."""

TYPE_CODES: dict[str, str] = {
    "NĐ": "nghi-dinh",
    "NQ": "nghi-quyet",
    "QĐ": "quyet-dinh",
    "TT": "thong-tu",
    "TTLT": "thong-tu",
    "CT": "chi-thi",
    "KH": "ke-hoach",
    "CĐ": "cong-dien",
    "TB": "thong-bao",
    "HD": "huong-dan",
    "BC": "bao-cao",
    "TTr": "to-trinh",
    "CTr": "chuong-trinh",
}
"""Type codes that open the ký hiệu (a công văn has none: its ký hiệu starts with the agency's code)."""

ISSUER_CODES = frozenset({"UBND", "CP", "TTg", "HĐND", "BNV", "BTP", "BTC", "VPCP", "BTTTT", "BCA", "BKHĐT", "TU"})
"""Issuer codes, to recognise a type code glued to its issuer ("QĐUBND")."""

_WORDS_ALT = "|".join(sorted((re.escape(w) for w in TYPE_WORDS), key=len, reverse=True))
_LETTER = r"[A-ZĐ][A-Za-zĐđ]*\d*"
_NUMBER = re.compile(
    rf"(?<![\w/.:])(?P<serial>\d{{1,5}})(?P<sep1>\s?/\s?|[.:])"
    rf"(?:(?P<year>(?:19|20)\d\d)(?P<sep2>\s?/\s?|[.:]))?"
    rf"(?P<code>{_LETTER}(?:(?:-\s?|/){_LETTER})*)(?!\w)"
)
_BARE = re.compile(
    rf"(?<!\w)(?P<words>{_WORDS_ALT})\s+(?:số\s*)?(?P<serial>\d{{1,5}})(?![\d/.:\w])(?=\s*(?:,|ngày\b|của\b))",
    re.IGNORECASE,
)
_WORDS_BEFORE = re.compile(rf"(?<!\w)(?P<words>{_WORDS_ALT})(?:\s+số)?\s*:?\s*$", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_BARE_PREP = re.compile(r"(?<!\w)(?:tại|theo|của)\s+$", re.IGNORECASE)
_LIST_SEP = re.compile(r"^\s*(?:,|;|và|,\s*và)\s*$")
_DATE_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:(?:của|do)\s+[^\d,;.()]{1,60}?\s+)?"
    r"(?:(?P<full>ngày\s+(?P<d>\d{1,2})\s*(?:/|tháng\s+)(?P<m>\d{1,2})\s*(?:/|năm\s+)(?P<y>\d{4}))"
    r"|(?P<yo>năm\s+(?P<y2>\d{4})))(?!\d)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class CitedDate:
    """A date as cited: full (day, month, year) or only the year ("năm 2022")."""

    year: int
    month: int | None
    day: int | None
    text: str
    """The words as written, e.g. "ngày 23 tháng 06 năm 2022"."""
    offset: int
    """Character offset of :attr:`text` in the scanned string."""
    month_text: str | None = None
    """The month as written ("06"), to check the leading-zero rule."""
    shared: bool = False
    """Taken from a later citation of a list ("01/NQ-CP, 02/NQ-CP ngày 05/01/2024")."""

    @property
    def full(self) -> bool:
        """Whether day and month are known."""
        return self.day is not None and self.month is not None

    def show(self) -> str:
        """ "23/6/2022" (months 1 and 2 with a leading zero) or "năm 2022"."""
        if self.day is None or self.month is None:
            return f"năm {self.year}"
        month = f"{self.month:02d}" if self.month < 3 else str(self.month)
        return f"{self.day:02d}/{month}/{self.year}"


@dataclass(frozen=True)
class Citation:
    """One cited document."""

    offset: int
    """Character offset of the number (or of the name) in the scanned string."""
    raw: str
    """The number (or name) exactly as written."""
    number: str | None = None
    """The number without spaces, separators as written ("107.NĐ-CP"); ``None`` for a name."""
    serial: str | None = None
    year: int | None = None
    """The year inside the number, if written."""
    code: str | None = None
    """The ký hiệu after the number and year ("QĐ-UBND-HC"); empty when missing."""
    words: str | None = None
    """The words naming the kind before the number ("Nghị định số")."""
    type_from_words: str | None = None
    type_from_code: str | None = None
    date: CitedDate | None = None
    name: str | None = None
    """The name it is cited by, when it is cited without a number."""
    problems: tuple[str, ...] = ()
    """What is malformed: ``separator``, ``slash-in-code``, ``glued-code``, ``space`` (inside the number),
    ``missing-code`` (a bare number), ``missing-kind`` (no kind before it: "theo quy định tại 961/QĐ-UBND")."""

    @property
    def has_year(self) -> bool:
        """Whether the number carries the year."""
        return self.year is not None

    @property
    def doc_type(self) -> str | None:
        """The kind of document: from the words when they say it, else from the type code."""
        if self.type_from_words and self.type_from_words != "van-ban":
            return self.type_from_words
        return self.type_from_code or self.type_from_words

    @property
    def canonical(self) -> str | None:
        """The number written the standard way ("107/NĐ-CP", "01/NQ-CP", "143/QĐ-UBND-HC")."""
        if self.number is None or not self.code:
            return None
        code = self.code.replace("/", "-")
        first = code.split("-")[0]
        if "glued-code" in self.problems:
            kind = _glued_type(first)
            if kind:
                code = kind + "-" + code[len(kind) :]
        year = f"{self.year}/" if self.year else ""
        return f"{self.serial}/{year}{code}"


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _type_of_code(code: str) -> str | None:
    first = re.split(r"[-/]", code)[0]
    if first in TYPE_CODES:
        return TYPE_CODES[first]
    if re.fullmatch(r"QH\d+", first):
        return "luat"
    glued = _glued_type(first)
    return TYPE_CODES[glued] if glued else None


def _glued_type(group: str) -> str | None:
    for kind in sorted(TYPE_CODES, key=len, reverse=True):
        if group.startswith(kind) and group[len(kind) :] in ISSUER_CODES:
            return kind
    return None


def _date_after(text: str, end: int) -> CitedDate | None:
    m = _DATE_AFTER.match(text, end)
    if not m:
        return None
    if m.group("full"):
        day, month, year = int(m.group("d")), int(m.group("m")), int(m.group("y"))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return CitedDate(year, month, day, m.group("full"), m.start("full"), m.group("m"))
    return CitedDate(int(m.group("y2")), None, None, m.group("yo"), m.start("yo"))


def _words_before(text: str, start: int) -> str | None:
    m = _WORDS_BEFORE.search(text[max(0, start - 40) : start])
    return m.group("words") if m else None


def _from_number(text: str, m: re.Match[str]) -> Citation | None:
    code = re.sub(r"\s+", "", m.group("code"))
    seps = [m.group("sep1"), m.group("sep2") or "/"]
    if not ("-" in code or "/" in code or m.group("year")):
        return None
    problems: list[str] = []
    if any(s.strip() != "/" for s in seps):
        problems.append("separator")
    if "/" in code:
        problems.append("slash-in-code")
    if _glued_type(re.split(r"[-/]", code)[0]):
        problems.append("glued-code")
    if re.search(r"\s", m.group(0)):
        problems.append("space")
    words = _words_before(text, m.start())
    if words is None and _BARE_PREP.search(text[max(0, m.start() - 10) : m.start()]):
        problems.append("missing-kind")
    return Citation(
        offset=m.start(),
        raw=m.group(0),
        number=re.sub(r"\s+", "", m.group(0)),
        serial=m.group("serial"),
        year=int(m.group("year")) if m.group("year") else None,
        code=code,
        words=words,
        type_from_words=TYPE_WORDS[words.lower()] if words else None,
        type_from_code=_type_of_code(code),
        date=_date_after(text, m.end()),
        problems=tuple(problems),
    )


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in taken)


@lru_cache(maxsize=64)
def _names_rx(names: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, str]] | None:
    ordered = sorted({_nfc(n) for n in names if n.strip()}, key=len, reverse=True)
    if not ordered:
        return None
    alts = "|".join(r"\s+".join(map(re.escape, n.split())) for n in ordered)
    keys = {" ".join(n.casefold().split()): n for n in ordered}
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.IGNORECASE), keys


def _by_name(text: str, names: tuple[str, ...], taken: list[tuple[int, int]]) -> list[Citation]:
    compiled = _names_rx(names)
    if compiled is None:
        return []
    rx, keys = compiled
    out: list[Citation] = []
    for m in rx.finditer(text):
        if _overlaps(m.start(), m.end(), taken):
            continue
        taken.append((m.start(), m.end()))
        name = keys.get(" ".join(m.group(0).casefold().split()), m.group(0))
        out.append(Citation(offset=m.start(), raw=m.group(0), name=name, date=_date_after(text, m.end())))
    return out


def _share_dates(found: list[Citation], text: str) -> list[Citation]:
    """In a list of numbers with one date and one kind word, give every number the date and the kind."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        cur, nxt = out[i], out[i + 1]
        if cur.number is None or nxt.number is None or nxt.words:
            continue
        if not _LIST_SEP.match(text[cur.offset + len(cur.raw) : nxt.offset]):
            continue
        if cur.date is None and nxt.date is not None:
            out[i] = cur = replace(cur, date=replace(nxt.date, shared=True))
    for i in range(1, len(out)):
        prev, cur = out[i - 1], out[i]
        if cur.words is None and cur.number and prev.number and prev.words:
            gap = text[prev.offset + len(prev.raw) : cur.offset]
            if _LIST_SEP.match(gap):
                out[i] = replace(cur, words=prev.words, type_from_words=prev.type_from_words)
    return out


def extract_citations(text: str, names: Iterable[str] = ()) -> list[Citation]:
    """Every citation in ``text``, in order; ``names`` are document names to look for (e.g. catalogue aliases).

    ``text`` is expected in NFC; offsets refer to it as given.
    """
    taken: list[tuple[int, int]] = []
    found: list[Citation] = []
    if _DIGIT.search(text) is None:
        return _by_name(text, tuple(names), taken)
    for m in _NUMBER.finditer(text):
        cit = _from_number(text, m)
        if cit is not None:
            found.append(cit)
            taken.append((m.start(), m.end()))
    for m in _BARE.finditer(text):
        if _overlaps(m.start(), m.end(), taken):
            continue
        words = m.group("words")
        found.append(
            Citation(
                offset=m.start("serial"),
                raw=m.group("serial"),
                number=m.group("serial"),
                serial=m.group("serial"),
                code="",
                words=words,
                type_from_words=TYPE_WORDS[words.lower()],
                date=_date_after(text, m.end()),
                problems=("missing-code",),
            )
        )
    found.sort(key=lambda c: c.offset)
    found = _share_dates(found, text)
    found.extend(_by_name(text, tuple(names), taken))
    return sorted(found, key=lambda c: c.offset)
