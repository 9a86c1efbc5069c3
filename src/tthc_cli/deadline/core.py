"""Vietnamese deadline phrases ("Thời gian hoàn thành") parsed into structured deadlines.

Library use::

    from tthc_cli.deadline import parse_deadline, to_text, due_date
    d = parse_deadline("Quý I/2024")            # kind "period", 2024-01-01 … 2024-03-31
    d = parse_deadline("Tháng 02", year=2024)   # the plan's year fills a phrase that omits it
    to_text(d)                                  # "Tháng 02" (canonical words; d.text keeps the original)
    due_date(d, 2024)                           # date(2024, 2, 29)

The words that change (qualifiers, frequencies, event triggers) are data: ``data/deadline_phrases.yaml``.
:func:`parse_deadline` never raises; it returns ``None`` for words it cannot read.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Literal

from pydantic import Field

from tthc_cli.model.common import StrictModel

Kind = Literal["date", "period", "recurrence", "event", "continuous", "on-request", "per-plan", "multiple"]
Unit = Literal["day", "month", "quarter", "half", "year"]
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


class _Part(StrictModel):
    words: list[str]
    days: list[int] = Field(min_length=2, max_length=2)
    months: list[int] = Field(min_length=2, max_length=2)


class Phrases(StrictModel):
    """The vocabulary of ``deadline_phrases.yaml`` (first word of each list = canonical spelling)."""

    schema_version: Literal[1] = 1
    qualifiers: dict[Literal["before", "by", "expected", "none"], list[str]]
    continuous: list[str]
    per_plan: list[str]
    on_request: list[str]
    periodic: list[str]
    frequency: dict[str, list[str]]
    events: list[str]
    event_days: list[str]
    alternatives: list[str]
    conjunctions: list[str]
    rewrites: dict[str, str] = Field(default_factory=dict)
    parts: dict[Literal["early", "mid", "late"], _Part]


@cache
def phrases() -> Phrases:
    """The shipped vocabulary."""
    from tthc_cli.load.shipped import shipped_model

    return shipped_model(Phrases, "deadline_phrases.yaml")


@dataclass(frozen=True)
class Deadline:
    """A structured deadline; equality compares the structure, not the original words."""

    kind: Kind
    text: str = field(default="", compare=False)
    """The original words, always kept (rendering prints them)."""
    unit: Unit | None = None
    """For dates and periods: what the words name (a day, a month, a quarter, a half-year, a year)."""
    day: int | None = None
    month: int | None = None
    quarter: int | None = None
    half: int | None = None
    year: int | None = None
    """The year, written or taken from the plan (see :attr:`year_explicit`)."""
    year_explicit: bool = False
    part: Literal["early", "mid", "late"] | None = None
    """Đầu / giữa / cuối (tháng, năm)."""
    start: dt.date | None = None
    end: dt.date | None = None
    qualifier: Literal["before", "by", "expected"] | None = None
    """Trước (strictly before), chậm nhất (no later than), dự kiến (expected)."""
    frequency: str | None = None
    """For recurrences: daily, weekly, monthly, quarterly, yearly, months (every ``interval`` months),
    times-per-year (``interval`` times), periodic (unspecified)."""
    interval: int | None = None
    anchor: str | None = None
    """For events: the trigger words ("ngay sau khi", "kể từ ngày")."""
    days: int | None = None
    """For events: the number of days after the trigger."""
    detail: str | None = None
    """Words after the keyword: the event, the plan, whose request, what recurs."""
    note: str | None = None
    """A parenthesised remark at the end."""
    combine: Literal["or", "and"] | None = None
    parts: tuple[Deadline, ...] = ()


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _clean(text: str) -> str:
    return " ".join(text.split()).strip(" .;,")


@cache
def _prefix_rx(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"({_alt(list(words))})(?!\w)\s*", re.IGNORECASE)


def _prefix(s: str, words: list[str]) -> tuple[str, str] | None:
    m = _prefix_rx(tuple(words)).match(s)
    return (m.group(1).lower(), s[m.end() :]) if m else None


def _range(unit: Unit, year: int, idx: int | None, day: int | None, part: str | None) -> tuple[dt.date, dt.date]:
    if unit == "day":
        assert idx is not None and day is not None
        d = dt.date(year, idx, day)
        return d, d
    if unit == "month":
        assert idx is not None
        last = calendar.monthrange(year, idx)[1]
        if part:
            lo, hi = phrases().parts[part].days  # type: ignore[index]
            return dt.date(year, idx, lo), dt.date(year, idx, min(hi, last))
        return dt.date(year, idx, 1), dt.date(year, idx, last)
    if unit in ("quarter", "half"):
        assert idx is not None
        size = 3 if unit == "quarter" else 6
        first, final = (idx - 1) * size + 1, idx * size
    elif part:
        first, final = phrases().parts[part].months  # type: ignore[index]
    else:
        first, final = 1, 12
    return dt.date(year, first, 1), dt.date(year, final, calendar.monthrange(year, final)[1])


_DATE = re.compile(r"(?:ngày\s+)?(\d{1,2})\s*(?:/|-|\s+tháng\s+)\s*(\d{1,2})(?:\s*(?:/|-|\s+năm\s+)\s*(\d{4}))?$", re.I)
_MONTH = re.compile(r"(?:(đầu|giữa|cuối)\s+)?tháng\s+(\d{1,2})(?:\s*(?:/|\s+năm\s+|\s)\s*(\d{4}))?$", re.I)
_QUARTER = re.compile(r"quý\s+(iv|iii|ii|i|[1-4])(?:\s*(?:/|\s+năm\s+|\s)\s*(\d{4}))?$", re.I)
_HALF = re.compile(r"0?6\s+tháng\s+(đầu|cuối)\s+năm(?:\s+(\d{4}))?$", re.I)
_YEAR = re.compile(r"(?:(đầu|giữa|cuối)\s+năm(?:\s+(\d{4}))?|năm\s+(\d{4}))$", re.I)


def _part_of(word: str | None) -> Literal["early", "mid", "late"] | None:
    if not word:
        return None
    for key, part in phrases().parts.items():
        if word.lower() in part.words:
            return key
    return None


def _time(s: str, year: int | None) -> Deadline | None:
    """A date or a period, with an optional qualifier before it."""
    qualifier = None
    for key, words in phrases().qualifiers.items():
        hit = _prefix(s, words)
        if hit and (qualifier is None or len(hit[0]) > len(qualifier[1])):
            qualifier = (key, hit[0], hit[1])
    if qualifier:
        s = qualifier[2]
    q = None if qualifier is None or qualifier[0] == "none" else qualifier[0]
    unit: Unit
    day = idx = None
    part: Literal["early", "mid", "late"] | None = None
    if m := _DATE.match(s):
        unit, day, idx, ytext = "day", int(m.group(1)), int(m.group(2)), m.group(3)
    elif m := _MONTH.match(s):
        unit, part, idx, ytext = "month", _part_of(m.group(1)), int(m.group(2)), m.group(3)
    elif m := _QUARTER.match(s):
        unit, idx, ytext = "quarter", ROMAN[m.group(1).lower()], m.group(2)
    elif m := _HALF.match(s):
        unit, idx, ytext = "half", 1 if m.group(1).lower() == "đầu" else 2, m.group(2)
    elif m := _YEAR.match(s):
        unit, part, ytext = "year", _part_of(m.group(1)), m.group(2) or m.group(3)
    else:
        return None
    explicit = ytext is not None
    y = int(ytext) if ytext else year
    start = end = None
    if y is not None:
        try:
            start, end = _range(unit, y, idx, day, part)
        except ValueError:
            return None
    elif idx is not None and not (1 <= idx <= 12 and (day is None or 1 <= day <= 31)):
        return None
    kw: dict[str, int | None] = {"month": idx} if unit in ("day", "month") else {unit: idx} if idx else {}
    return Deadline(
        "date" if unit == "day" else "period",
        unit=unit,
        day=day,
        year=y,
        year_explicit=explicit,
        part=part,
        start=start,
        end=end,
        qualifier=q,
        **kw,  # type: ignore[arg-type]
    )


@cache
def _event_rx() -> re.Pattern[str]:
    p = phrases()
    return re.compile(
        rf"(?:(?:{_alt(p.event_days)})\s+)?(\d{{1,3}})\s+ngày(?:\s+làm\s+việc)?\s*,?\s*({_alt(p.events)})(?!\w)\s*(.+)$",
        re.I,
    )


def _event(s: str) -> Deadline | None:
    p = phrases()
    m = _event_rx().match(s)
    if m:
        return Deadline("event", anchor=_clean(m.group(2)).lower(), days=int(m.group(1)), detail=_clean(m.group(3)))
    hit = _prefix(s, p.events)
    if hit and _clean(hit[1]):
        return Deadline("event", anchor=" ".join(hit[0].split()), detail=_clean(hit[1]))
    return None


def _keyword(s: str, year: int | None) -> Deadline | None:
    p = phrases()
    for kind, words in (("continuous", p.continuous), ("per-plan", p.per_plan), ("on-request", p.on_request)):
        hit = _prefix(s, words)
        if hit:
            rest = _clean(hit[1])
            when = _time(rest, year) if kind == "continuous" and rest else None
            if when is not None and when.kind == "period" and when.qualifier is None:
                return replace(when, kind="continuous")
            return Deadline(kind, detail=rest or None)  # type: ignore[arg-type]
    return None


def _recurrence(s: str) -> Deadline | None:
    p = phrases()
    periodic = _prefix(s, p.periodic)
    rest = periodic[1] if periodic else s
    freq, interval = None, None
    for key, words in p.frequency.items():
        hit = _prefix(rest, words)
        if hit:
            freq, rest = key, hit[1]
            break
    if freq is None and (m := re.match(r"(\d{1,2})\s*lần\s*/\s*năm(?!\w)\s*", rest, re.I)):
        freq, interval, rest = "times-per-year", int(m.group(1)), rest[m.end() :]
    elif (
        freq is None and periodic and (m := re.match(r"(\d{1,2})\s*tháng(?:\s*/\s*(?:\d{1,2}\s*)?lần)?\s*", rest, re.I))
    ):
        freq, interval, rest = "months", int(m.group(1)), rest[m.end() :]
    if freq is None and periodic is None:
        return None
    if interval == 0:
        return None
    return Deadline("recurrence", frequency=freq or "periodic", interval=interval, detail=_clean(rest) or None)


def _atom(s: str, year: int | None) -> Deadline | None:
    s = _clean(s)
    if not s:
        return None
    return _event(s) or _keyword(s, year) or _recurrence(s) or _time(s, year)


@cache
def _split_rx(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{_alt(list(words))})\s+", re.I)


def _combo(s: str, year: int | None) -> Deadline | None:
    p = phrases()
    for combine, words in (("or", p.alternatives), ("and", p.conjunctions)):
        pieces = _split_rx(tuple(words)).split(s)
        if len(pieces) < 2:
            continue
        qualifier = None
        if combine == "or" and (hit := _prefix(pieces[0], p.qualifiers["expected"])):
            qualifier, pieces[0] = "expected", hit[1]
        parts = [_atom(x, year) for x in pieces]
        if all(parts):
            return Deadline("multiple", combine=combine, qualifier=qualifier, parts=_share_year(pieces, parts))  # type: ignore[arg-type]
    return None


def _share_year(pieces: list[str], parts: list[Deadline | None], read: _Reader = None) -> tuple[Deadline, ...]:
    """ "Quý I hoặc Quý II 2024": a year written once applies to the parts that omit it."""
    read = read or _atom
    years = {d.year for d in parts if d and d.year_explicit}
    out = [d for d in parts if d]
    if len(years) == 1:
        (y,) = years
        for i, d in enumerate(out):
            if d.kind in ("date", "period") and not d.year_explicit:
                again = read(pieces[i], y)
                out[i] = replace(again, year_explicit=True) if again else d
    return tuple(replace(d, text=_clean(x)) for d, x in zip(out, pieces, strict=True))


_Reader = Callable[[str, int | None], Deadline | None] | None


def _phrase(s: str, year: int | None) -> Deadline | None:
    s = " ".join(s.split()).strip(" .;,")
    note = None
    m = re.match(r"^(.*?\S)\s*\(([^()]*)\)$", s)
    if m:
        s, note = m.group(1).strip(" .;,"), _clean(m.group(2))
    for old, new in phrases().rewrites.items():
        s = re.sub(re.escape(old), new, s, flags=re.I)
    d = _combo(s, year) or _atom(s, year)
    return replace(d, note=note or None) if d else None


@lru_cache(maxsize=4096)
def parse_deadline(text: str, year: int | None = None) -> Deadline | None:
    """Read a deadline phrase; ``year`` (the plan's) fills a phrase that omits it. ``None`` if unreadable."""
    lines = [re.sub(r"^\s*[-+•*]\s*", "", x) for x in _nfc(text).splitlines() if x.strip(" -+•*\t")]
    if not lines:
        return None
    if len(lines) > 1:
        parts = [_phrase(x, year) for x in lines]
        if all(parts):
            return Deadline("multiple", text=text, combine="and", parts=_share_year(lines, parts, _phrase))
    d = _phrase(" ".join(lines), year)
    return replace(d, text=text) if d else None


def due_date(deadline: Deadline, year: int | None = None) -> dt.date | None:
    """The last day by which it must be done (``None`` for recurrences, events, "theo yêu cầu" …).

    ``year`` resolves a phrase that does not say its year; "Trước ngày 28/02/2024" is due on 27/02/2024; for
    several deadlines the latest one counts.
    """
    if year is not None and not deadline.year_explicit and deadline.text:
        deadline = parse_deadline(deadline.text, year) or deadline
    if deadline.kind == "multiple":
        dues = [d for d in (due_date(p) for p in deadline.parts) if d is not None]
        return max(dues) if dues else None
    if deadline.end is None:
        return None
    return deadline.end - dt.timedelta(days=1) if deadline.qualifier == "before" else deadline.end
