"""Printing a structured deadline back to words (:func:`to_text`) and explaining it (:func:`describe`).

``to_text`` writes the canonical words of ``deadline_phrases.yaml``; reading them back gives the same
structure (``parse_deadline(to_text(d)) == d``). Import both from :mod:`tthc_cli.deadline`.
"""

from __future__ import annotations

import datetime as dt

from tthc_cli.deadline.core import Deadline, phrases

_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
_PART_WORD = {"early": "đầu", "mid": "giữa", "late": "cuối"}


def _month(m: int) -> str:
    """Months 1 and 2 take a leading zero (Nghị định 30/2020), the others do not."""
    return f"{m:02d}" if m < 3 else str(m)


def _date(d: dt.date) -> str:
    return f"{d.day:02d}/{_month(d.month)}/{d.year}"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _low(text: str) -> str:
    """Lower-case the first letter inside a list, except for "Quý" and acronyms."""
    if text.startswith("Quý") or text[:2] == text[:2].upper():
        return text
    return text[:1].lower() + text[1:]


def _when(d: Deadline) -> str:
    year = d.year if d.year_explicit else None
    part = _PART_WORD[d.part] + " " if d.part else ""
    if d.unit == "day":
        core = f"{d.day:02d}/{_month(d.month or 1)}" + (f"/{year}" if year else "")
        return ("ngày " + core) if d.qualifier else core
    if d.unit == "month":
        return f"{part}tháng {_month(d.month or 1)}" + (f"/{year}" if year else "")
    if d.unit == "quarter":
        return f"Quý {_ROMAN[d.quarter or 1]}" + (f"/{year}" if year else "")
    if d.unit == "half":
        return f"6 tháng {'đầu' if d.half == 1 else 'cuối'} năm" + (f" {year}" if year else "")
    return f"{part}năm" + (f" {year}" if year else "")


def _qualified(d: Deadline, body: str) -> str:
    if d.qualifier is None:
        return body
    return f"{phrases().qualifiers[d.qualifier][0]} {body}"


def _words(d: Deadline) -> str:
    p = phrases()
    detail = f" {d.detail}" if d.detail else ""
    if d.kind in ("date", "period"):
        return _qualified(d, _when(d))
    if d.kind == "continuous":
        return p.continuous[0] + (f" trong {_when(d)}" if d.unit else detail)
    if d.kind == "per-plan":
        return p.per_plan[0] + detail
    if d.kind == "on-request":
        return p.on_request[0] + detail
    if d.kind == "event":
        days = f"{p.event_days[0]} {d.days:02d} ngày " if d.days is not None else ""
        return f"{days}{d.anchor}{detail}"
    if d.kind == "recurrence":
        if d.frequency == "months":
            head = f"{p.periodic[0]} {d.interval:02d} tháng"
        elif d.frequency == "times-per-year":
            head = f"{d.interval:02d} lần/năm"
        elif d.frequency == "periodic":
            head = p.periodic[0]
        else:
            head = p.frequency[d.frequency or "monthly"][0]
        return head + detail
    return _multiple(d)


def _multiple(d: Deadline) -> str:
    p = phrases()
    texts = [_low(_words(x) + (f" ({x.note})" if x.note else "")) for x in d.parts]
    if d.combine == "or":
        body = f" {p.alternatives[0]} ".join(texts)
        return f"{p.qualifiers['expected'][0]} {body}" if d.qualifier == "expected" else body
    if any(x.detail or x.note for x in d.parts):
        return "\n".join("- " + _cap(t) for t in texts)
    return f" {p.conjunctions[0]} ".join(texts)


def to_text(deadline: Deadline) -> str:
    """The deadline in canonical Vietnamese words ("Quý I/2024", "Trước ngày 28/02/2024", "Hằng tháng")."""
    text = _cap(_words(deadline))
    return text + (f" ({deadline.note})" if deadline.note else "")


def describe(deadline: Deadline) -> str:
    """The words and, when the deadline has dates, the days they cover: "Quý I/2024 (01/01/2024 – 31/3/2024)"."""
    words = to_text(deadline).replace("\n", "; ")
    if deadline.start and deadline.end and deadline.start != deadline.end and deadline.qualifier is None:
        return f"{words} (từ {_date(deadline.start)} đến {_date(deadline.end)})"
    if deadline.end and deadline.qualifier == "by":
        return f"{words} (hạn cuối {_date(deadline.end)})"
    return words
