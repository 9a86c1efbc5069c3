"""Rows that moved to another section or within one, and the renumbering that follows."""

from __future__ import annotations

from collections.abc import Callable

from tthc_cli.model.rows import Node, is_row
from tthc_cli.review.changes import Change, ChangeKind


def _stable(seq: list[int]) -> set[int]:
    """Indices of a longest increasing subsequence of ``seq`` (the rows that did not move)."""
    if not seq:
        return set()
    best: list[int] = [1] * len(seq)
    prev: list[int] = [-1] * len(seq)
    for i in range(len(seq)):
        for j in range(i):
            if seq[j] < seq[i] and best[j] + 1 > best[i]:
                best[i], prev[i] = best[j] + 1, j
    i = max(range(len(seq)), key=best.__getitem__)
    keep: set[int] = set()
    while i >= 0:
        keep.add(i)
        i = prev[i]
    return keep


def moves_and_renumbering(
    pairs: dict[Node, Node], nodes_new: list[Node], subject: Callable[[Node], str]
) -> list[Change]:
    """Moves between containers, moves inside one, and one renumbering line per container."""
    out: list[Change] = []
    back = {b: a for a, b in pairs.items()}
    for b in nodes_new:
        a = back.get(b)
        if a is None or not is_row(b) or a.parent is None or b.parent is None:
            continue
        if pairs.get(a.parent) is not b.parent:
            out.append(
                Change(
                    ChangeKind.ROW_MOVED,
                    f"Chuyển {subject(b)} từ '{a.parent.label}' sang '{b.parent.label}'",
                    b.where,
                    b.path_text,
                    a.where,
                    b.where,
                )
            )
    for container in [n for n in nodes_new if n.children]:
        stayed = [
            (b, back[b])
            for b in container.children
            if b in back and pairs.get(back[b].parent) is container  # type: ignore[arg-type]
        ]
        keep = _stable([a.index for _, a in stayed])
        for k, (b, a) in enumerate(stayed):
            if k not in keep:
                out.append(
                    Change(
                        ChangeKind.ROW_MOVED,
                        f"Đổi vị trí {subject(b)} trong '{container.label}': thứ {a.index + 1} → thứ {b.index + 1}",
                        b.where,
                        b.path_text,
                    )
                )
        renumbered = [(back[b].stt, b.stt) for b in container.children if b in back and back[b].stt != b.stt]
        if renumbered:
            shown = ", ".join(f"{o or '(trống)'}→{n or '(trống)'}" for o, n in renumbered[:8])
            more = f" và {len(renumbered) - 8} dòng nữa" if len(renumbered) > 8 else ""
            out.append(
                Change(
                    ChangeKind.RENUMBERED,
                    f"Đánh số lại trong '{container.label}': {shown}{more}",
                    container.where,
                    container.path_text,
                )
            )
    for a, b in pairs.items():
        if not is_row(a) and a.stt != b.stt and b.parent is not None:
            out.append(
                Change(ChangeKind.RENUMBERED, f"Đánh số lại mục '{b.text}': {a.stt} → {b.stt}", b.where, b.path_text)
            )
    return out
