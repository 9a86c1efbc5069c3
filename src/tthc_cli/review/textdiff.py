"""Comparing texts: normalisation, similarity, word diffs and short labels."""

from __future__ import annotations

import difflib
import re

from tthc_cli.review.changes import WordOp
from tthc_cli.text.normalize import squash

_WORD = re.compile(r"\S+|\s+")


def similarity(a: str, b: str) -> float:
    """How alike two texts are, 0..1, compared word by word, case-insensitively."""
    wa, wb = squash(a).casefold().split(), squash(b).casefold().split()
    if not wa and not wb:
        return 1.0
    return difflib.SequenceMatcher(None, wa, wb, autojunk=False).ratio()


def word_diff(old: str, new: str) -> tuple[WordOp, ...]:
    """The word diff of two texts, adjacent pieces of the same kind merged."""
    a, b = _WORD.findall(squash(old)), _WORD.findall(squash(new))
    ops: list[WordOp] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            ops.append(("=", "".join(a[i1:i2])))
            continue
        if tag in ("delete", "replace"):
            ops.append(("-", "".join(a[i1:i2])))
        if tag in ("insert", "replace"):
            ops.append(("+", "".join(b[j1:j2])))
    return _merge(ops)


def _merge(ops: list[WordOp]) -> tuple[WordOp, ...]:
    """Join runs of changes separated only by spaces into one removal and one addition, so a rewritten
    phrase reads as "[-old phrase-]{+new phrase+}" rather than word by word."""
    out: list[WordOp] = []
    i = 0
    while i < len(ops):
        if ops[i][0] == "=":
            out.append(ops[i])
            i += 1
            continue
        removed, added = "", ""
        while i < len(ops):
            op, text = ops[i]
            if op == "=" and not (text.isspace() and i + 1 < len(ops) and ops[i + 1][0] != "="):
                break
            if op == "=":
                removed, added = removed + text, added + text
            elif op == "-":
                removed += text
            else:
                added += text
            i += 1
        out += [("-", removed)] if removed.strip() else []
        out += [("+", added)] if added.strip() else []
    return tuple(out)


def words_inline(ops: tuple[WordOp, ...]) -> str:
    """A word diff as plain text: ``[-removed-]{+added+}`` like ``git diff --word-diff``."""
    out = []
    for op, text in ops:
        out.append(text if op == "=" else f"[-{text}-]" if op == "-" else f"{{+{text}+}}")
    return "".join(out)


def clean(text: str | None) -> str:
    """A unit cell's text without the trailing ";" or "," that tables often leave."""
    return squash(text).rstrip(" ;,")
