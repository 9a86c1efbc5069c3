"""Reordering the keys of a ruamel.yaml mapping without moving its comments to the wrong key.

ruamel.yaml stores the comment lines that stand *before* a key as the tail of the comment after the
*previous* key's value (possibly deep inside that value). Moving keys naively would carry a
``# sửa: …`` line to the wrong row. So each tail is split into its end-of-line part, which stays with its
value, and the full lines that follow, which are re-attached in front of the key they were written before.
"""

from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.tokens import CommentToken


def _tail_slot(container: Any, key: Any) -> tuple[list[Any], int]:
    """Where the comment after the value at ``container[key]`` is stored: (slot list, index)."""
    value = container[key]
    is_flow = getattr(getattr(value, "fa", None), "flow_style", lambda: False)()
    if isinstance(value, CommentedMap) and len(value) and not is_flow:
        return _tail_slot(value, list(value.keys())[-1])
    if isinstance(value, CommentedSeq) and len(value) and not is_flow:
        return _tail_slot(value, len(value) - 1)
    if isinstance(container, CommentedSeq):
        slot = container.ca.items.setdefault(key, [None, None, None, None])
        return slot, 0
    slot = container.ca.items.setdefault(key, [None, None, None, None])
    return slot, 2


def _split(token: CommentToken | None) -> tuple[str, str]:
    """(end-of-line part including its newline, following full lines)."""
    if token is None:
        return "", ""
    value: str = token.value
    first, sep, rest = value.partition("\n")
    return first + sep, rest


def _set(slot: list[Any], index: int, text: str, template: CommentToken | None) -> None:
    if not text or text == "\n":
        slot[index] = None if template is None or not text else _token(text, template)
        return
    slot[index] = _token(text if text.endswith("\n") else text + "\n", template)


def _token(text: str, template: CommentToken | None) -> CommentToken:
    if template is not None:
        return CommentToken(text, template.start_mark, None)
    return CommentToken(text, CommentMark(0), None)


def _line_tokens(text: str) -> list[CommentToken]:
    out = []
    for line in text.split("\n")[:-1] if text.endswith("\n") else text.split("\n"):
        body = line.lstrip(" ")
        out.append(CommentToken(body + "\n", CommentMark(len(line) - len(body) if body else 0), None))
    return out


def move_keys(mapping: CommentedMap, order: list[str], before: list[Any] | None = None) -> None:
    """Put the keys of ``mapping`` in ``order`` (every key, each once), keeping comments in place.

    ``before`` is the list of comment tokens printed before the mapping's first key (the parent's slot);
    the lines written before a key that becomes first go there. Without it they follow the first key.
    """
    source = [str(k) for k in mapping]
    keys = {str(k): k for k in mapping}
    heads: dict[str, str] = {}
    leading: dict[str, str] = {}
    templates: dict[str, CommentToken | None] = {}
    trailing = ""
    for i, name in enumerate(source):
        slot, index = _tail_slot(mapping, keys[name])
        head, rest = _split(slot[index])
        heads[name], templates[name] = head, slot[index]
        if i + 1 < len(source):
            leading[source[i + 1]] = rest
        else:
            trailing = rest
    for name in order:
        mapping.move_to_end(keys[name])
    first_lines = leading.get(order[0], "")
    if first_lines and before is not None:
        before.extend(_line_tokens(first_lines))
        first_lines = ""
    for i, name in enumerate(order):
        after = leading.get(order[i + 1], "") if i + 1 < len(order) else trailing
        head = heads[name] + (first_lines if i == 0 else "")
        if after and not head:
            head = "\n"
        slot, index = _tail_slot(mapping, keys[name])
        _set(slot, index, head + after, templates[name])
    _first_key_pre_comments(mapping, keys[order[0]])


def _first_key_pre_comments(mapping: CommentedMap, first: Any) -> None:
    """Comment lines stored *before* a key (ruamel keeps them in the key's slot 1) cannot stay there once
    the key heads a list item: the emitter would print them between "- " and the key and break the YAML.
    They become the key's end-of-line comment (and the lines after it), so they still annotate it."""
    slot = mapping.ca.items.get(first)
    if not slot or len(slot) < 2 or not slot[1]:
        return
    tokens = [t for t in slot[1] if t is not None and str(t.value).strip()]
    slot[1] = None
    if not tokens:
        return
    value = mapping[first]
    if isinstance(value, (CommentedMap, CommentedSeq)):
        return  # a nested value carries its own comments; dropping a stray pre-comment is refused later
    lines = [str(t.value).strip() for t in tokens]
    column = getattr(tokens[0].start_mark, "column", 0) or 0
    text = " " + lines[0] + "\n" + "".join(" " * column + line + "\n" for line in lines[1:])
    while len(slot) < 3:
        slot.append(None)
    old = slot[2]
    old_text = str(old.value) if old is not None else ""
    if old_text.strip():
        head, _, rest = old_text.partition("\n")
        text = head + " " + lines[0] + "\n" + "".join(" " * column + line + "\n" for line in lines[1:]) + rest
    slot[2] = CommentToken(text, tokens[0].start_mark, None)
