"""Pairing the nodes of two versions: by id first, then by identical words, then by similar words.

A row whose id changed, or that has no id, is still followed when its words are the same or close, so a
moved row is reported as a move and an edited row as an edit, not as a removal plus an addition.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from tthc_cli.model.rows import Node
from tthc_cli.review.textdiff import similarity

THRESHOLD = 0.6
"""Words at least this alike (0..1) make two rows the same row, edited."""


def _family(node: Node) -> str:
    return "container" if node.kind in ("appendix", "block", "section") else "row"


def match_nodes(
    old: list[Node], new: list[Node], parent_pair: Callable[[Node], Node | None] | None = None
) -> dict[Node, Node]:
    """Pair ``old`` nodes with ``new`` ones (each at most once); the result maps old → new.

    ``parent_pair`` gives the new container already paired with an old node's parent; it breaks ties in
    favour of rows that stayed in the same place.
    """
    pairs: dict[Node, Node] = {}
    used: set[Node] = set()

    def pair(a: Node, b: Node) -> None:
        pairs[a] = b
        used.add(b)

    by_id = {(n.kind, n.id): n for n in new if n.id}
    for a in old:
        b = by_id.get((a.kind, a.id)) if a.id else None
        if b is not None and b not in used:
            pair(a, b)
    for key in (_same_text, _same_indicator):  # exact words, then the same indicator
        _by_key(old, new, pairs, used, pair, key)
    candidates: list[tuple[float, int, int, Node, Node]] = []
    rest_new = [b for b in new if b not in used]
    for i, a in enumerate(x for x in old if x not in pairs):
        for j, b in enumerate(rest_new):
            if a.kind != b.kind or not a.text or not b.text:
                continue
            score = similarity(a.text, b.text)
            if a.kind == "indicator" and a.data.get("indicator") != b.data.get("indicator"):
                score -= 0.2
            if parent_pair is not None and a.parent is not None and parent_pair(a.parent) is b.parent:
                score += 0.05
            if score >= THRESHOLD:
                candidates.append((score, -i, -j, a, b))
    for _score, _i, _j, a, b in sorted(candidates, key=lambda c: c[:3], reverse=True):
        if a not in pairs and b not in used:
            pair(a, b)
    for key in (_same_number, _same_place):  # containers still unpaired: the same number, the same position
        _by_key(old, new, pairs, used, pair, key)
    return pairs


def _same_text(n: Node) -> object:
    """Keys that pair an old node with a new one (equal and unique on both sides): exact words."""
    return (n.kind, n.text) if n.text else None


def _same_indicator(n: Node) -> object:
    return (n.kind, n.data.get("indicator"), n.data.get("source")) if n.kind == "indicator" else None


def _same_number(n: Node) -> object:
    return (n.kind, n.stt) if _family(n) == "container" and n.stt else None


def _same_place(n: Node) -> object:
    return (n.kind, tuple(p for p in n.path if isinstance(p, int))) if _family(n) == "container" else None


def _by_key(
    old: list[Node],
    new: list[Node],
    pairs: dict[Node, Node],
    used: set[Node],
    pair: Callable[[Node, Node], None],
    key: Callable[[Node], object],
) -> None:
    """Pair remaining nodes whose key is equal and unique on both sides."""
    left = [(key(a), a) for a in old if a not in pairs]
    right = [(key(b), b) for b in new if b not in used]
    count_l = Counter(k for k, _ in left if k is not None)
    count_r = Counter(k for k, _ in right if k is not None)
    index = {k: b for k, b in right if k is not None and count_r[k] == 1}
    for k, a in left:
        if k is not None and count_l[k] == 1 and k in index:
            pair(a, index[k])
