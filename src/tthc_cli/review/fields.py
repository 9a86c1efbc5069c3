"""Comparing one field of a row in two versions: target, deadline, units, text."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import ValidationError

from tthc_cli.deadline import due_date, parse_deadline
from tthc_cli.model.target import Target
from tthc_cli.review.changes import Change, ChangeKind
from tthc_cli.review.textdiff import word_diff
from tthc_cli.text.normalize import short, squash

UNIT_LABELS = {"lead": "chủ trì", "support": "phối hợp", "executors": "thực hiện", "evaluator": "đánh giá"}
TEXT_LABELS = {
    "content": "nội dung",
    "name": "tên chỉ tiêu",
    "group": "tiêu đề nhóm",
    "title": "tiêu đề",
    "directive": "văn bản chỉ đạo",
    "result": "kết quả/sản phẩm",
    "note": "ghi chú",
    "measure": "đơn vị tính",
    "source": "nguồn chỉ tiêu",
    "formula": "công thức",
    "indicator": "mã chỉ tiêu",
    "precision": "số chữ số thập phân",
}
_PLACE_KINDS = {"thị trấn", "xã", "phường", "thị xã", "thành phố", "đặc khu"}
_OP_WORDS = {">=": "tối thiểu", ">": "trên", "<=": "tối đa", "<": "dưới", "=": "bằng", "band": "trong khoảng"}


def target_text(value: Any) -> str:
    """The printed words of a target, whatever form it is written in."""
    if isinstance(value, dict):
        return squash(str(value.get("text", "")))
    return "" if value is None else squash(str(value))


def _parse_target(value: Any) -> Target | None:
    try:
        return Target.model_validate(value)
    except (ValidationError, ValueError, TypeError):
        return None


def _strictness(t: Target) -> tuple[float, float] | None:
    """A number that grows as the target gets harder to meet, for targets of one comparator."""
    if t.op == "band" and t.min is not None:
        return (t.min, t.max or 0.0)
    if t.value is None or t.op is None:
        return None
    return (t.value, 0.0) if t.op in (">=", ">", "=") else (-t.value, 0.0)


def compare_target(old: Any, new: Any, subject: str, where: str, path: str) -> list[Change]:
    """Raised, lowered, comparator changed, reworded, added or removed."""
    ot, nt = target_text(old), target_text(new)
    if old is None and new is None:
        return []
    if old is None:
        return [Change(ChangeKind.TARGET_ADDED, f"Thêm chỉ tiêu: {subject}: {nt}", where, path, None, nt)]
    if new is None:
        return [Change(ChangeKind.TARGET_REMOVED, f"Bỏ chỉ tiêu: {subject} (trước là {ot})", where, path, ot)]
    a, b = _parse_target(old), _parse_target(new)
    if (
        a is not None
        and b is not None
        and (a.op, a.value, a.min, a.max, a.unit) != (b.op, b.value, b.min, b.max, b.unit)
    ):
        sa, sb = _strictness(a), _strictness(b)
        if a.op == b.op and a.unit == b.unit and sa is not None and sb is not None and sa != sb:
            kind = ChangeKind.TARGET_RAISED if sb > sa else ChangeKind.TARGET_LOWERED
            verb = "Nâng" if kind is ChangeKind.TARGET_RAISED else "Hạ"
            return [Change(kind, f"{verb} chỉ tiêu: {subject}: {ot} → {nt}", where, path, ot, nt)]
        if a.op != b.op or a.unit != b.unit:
            detail = f"{_OP_WORDS.get(a.op or '', '?')} → {_OP_WORDS.get(b.op or '', '?')}"
            return [
                Change(
                    ChangeKind.TARGET_COMPARATOR,
                    f"Đổi cách so sánh chỉ tiêu ({detail}): {subject}: {ot} → {nt}",
                    where,
                    path,
                    ot,
                    nt,
                )
            ]
    if ot != nt or (a is None) != (b is None):
        return [Change(ChangeKind.TARGET_TEXT, f"Sửa cách ghi chỉ tiêu: {subject}: {ot} → {nt}", where, path, ot, nt)]
    if isinstance(old, dict) or isinstance(new, dict):
        ob = squash(str(old.get("basis", ""))) if isinstance(old, dict) else ""
        nb = squash(str(new.get("basis", ""))) if isinstance(new, dict) else ""
        if ob != nb:
            return [
                Change(ChangeKind.FIELD_CHANGED, f"Sửa cách tính chỉ tiêu: {subject}: {ob} → {nb}", where, path, ob, nb)
            ]
    return []


def _due(text: str, year: int) -> dt.date | None:
    """The last day a phrase allows (the one deadline parser); ``None`` for recurrences and unread words."""
    parsed = parse_deadline(text, year) if text else None
    return due_date(parsed, year) if parsed is not None else None


def compare_deadline(old: Any, new: Any, year: int, subject: str, where: str, path: str) -> list[Change]:
    """Moved earlier or later when both phrases have an end date; otherwise changed."""
    o, n = squash(str(old)) if old is not None else "", squash(str(new)) if new is not None else ""
    if o == n:
        return []
    a, b = _due(o, year), _due(n, year)
    shown_o, shown_n = o or "(trống)", n or "(trống)"
    if a is not None and b is not None and a != b:
        kind = ChangeKind.DEADLINE_EARLIER if b < a else ChangeKind.DEADLINE_LATER
        verb = "sớm hơn" if kind is ChangeKind.DEADLINE_EARLIER else "muộn hơn"
        msg = f"Dời thời hạn {verb}: {subject}: {shown_o} → {shown_n}"
        return [Change(kind, msg, where, path, o or None, n or None)]
    msg = f"Đổi thời hạn: {subject}: {shown_o} → {shown_n}"
    return [Change(ChangeKind.DEADLINE_CHANGED, msg, where, path, o or None, n or None)]


def split_units(value: Any) -> tuple[list[str], str]:
    """The unit names of a cell and its qualifier: "Phòng Tư pháp, UBND các xã, thị trấn" → two names.

    A comma does not start a new unit before a bare kind of place ("UBND các xã, thị trấn") or after a
    single word ("Phòng, ban, ngành huyện"), so those stay one name.
    """
    qualifier = ""
    if isinstance(value, dict):
        qualifier = squash(str(value.get("qualifier") or ""))
        units = [str(u) for u in value.get("units") or []]
        text = value.get("text")
        return (units + (split_units(text)[0] if isinstance(text, str) else [])), qualifier
    if isinstance(value, list):
        return [squash(str(u)) for u in value], ""
    if not isinstance(value, str):
        return [], ""
    names: list[str] = []
    previous = ""
    for part in _top_level_commas(squash(value.replace(";", ","))):
        piece = part.strip(" .-")
        if not piece:
            continue
        if names and (piece.casefold() in _PLACE_KINDS or len(previous.split()) == 1):
            names[-1] = f"{names[-1]}, {piece}"
        else:
            names.append(piece)
        previous = piece
    return names, qualifier


def _top_level_commas(text: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += 1 if ch == "(" else -1 if ch == ")" and depth else 0
        if ch == "," and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    return [*parts, text[start:]]


def compare_units(field: str, old: Any, new: Any, subject: str, where: str, path: str) -> list[Change]:
    """Units added to or removed from a chủ trì / phối hợp / … cell."""
    (a, qa), (b, qb) = split_units(old), split_units(new)
    role = UNIT_LABELS[field]
    fold_a, fold_b = {x.casefold() for x in a}, {x.casefold() for x in b}
    out = [
        Change(ChangeKind.UNIT_ADDED, f"Thêm đơn vị {role}: {u} — {subject}", where, path, None, u)
        for u in b
        if u.casefold() not in fold_a
    ]
    out += [
        Change(ChangeKind.UNIT_REMOVED, f"Bỏ đơn vị {role}: {u} — {subject}", where, path, u, None)
        for u in a
        if u.casefold() not in fold_b
    ]
    if qa != qb:
        out.append(
            Change(
                ChangeKind.FIELD_CHANGED,
                f"Đổi phần loại trừ ở cột {role}: {subject}: {qa or '(không)'} → {qb or '(không)'}",
                where,
                path,
                qa or None,
                qb or None,
            )
        )
    if not out and _cell_text(old) != _cell_text(new):
        out.append(
            Change(
                ChangeKind.TEXT_EDITED,
                f"Sửa cách ghi cột {role}: {subject}",
                where,
                path,
                _cell_text(old),
                _cell_text(new),
                word_diff(_cell_text(old), _cell_text(new)),
            )
        )
    return out


def _cell_text(value: Any) -> str:
    if isinstance(value, dict):
        return squash(str(value.get("text") or ", ".join(map(str, value.get("units") or []))))
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return squash(str(value)) if value is not None else ""


def compare_text(field: str, old: Any, new: Any, subject: str, where: str, path: str) -> list[Change]:
    """A text field edited (with its word diff), filled in or emptied."""
    o = squash(str(old)) if old is not None else ""
    n = squash(str(new)) if new is not None else ""
    if o == n:
        return []
    label = TEXT_LABELS.get(field, field)
    if not o:
        return [Change(ChangeKind.FIELD_CHANGED, f"Thêm {label}: {subject}: {short(n)}", where, path, None, n)]
    if not n:
        return [Change(ChangeKind.FIELD_CHANGED, f"Bỏ {label}: {subject} (trước là {short(o)})", where, path, o)]
    return [Change(ChangeKind.TEXT_EDITED, f"Sửa {label}: {subject}", where, path, o, n, word_diff(o, n))]
