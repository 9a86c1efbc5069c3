"""The formatter: one canonical form for plan and units files, comments and blank lines kept.

The canonical form is: keys in the order of the model fields (:mod:`tthc_cli.review.keyorder`), 2-space
indentation with the sequence dash indented 2 under its key, quotes only where YAML needs them (and around
YAML 1.1 booleans such as ``'no'``, which the linter would otherwise flag), each value on one line unless
a width is asked for (:data:`DEFAULT_WIDTH`), ``null`` written out, Unicode NFC in values and comments, no
trailing spaces, LF line ends and one final newline. Flow style (``{key: stt, header: Stt}``) is kept
where the author used it.

It never changes meaning: the result is loaded again and compared with the input (text in NFC); if they
differ the file is refused with :class:`~tthc_cli.errors.InputError` rather than damaged.
"""

from __future__ import annotations

import io
import unicodedata
from typing import Any

from pydantic import BaseModel
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import ScalarString, SingleQuotedScalarString

from tthc_cli import codes
from tthc_cli.errors import InputError
from tthc_cli.load.gc_pause import paused_gc
from tthc_cli.load.yaml_loader import YAML11_BOOLS, load_yaml
from tthc_cli.review.comments import move_keys
from tthc_cli.review.fmt_fast import format_fast
from tthc_cli.review.keyorder import child_models, pick_model, root_model, sorted_keys

DEFAULT_WIDTH = 0
"""0: text is never folded, so one value is one line and a changed word changes one line in git.
A positive width folds longer plain text onto continuation lines (``tthc fmt --width 110``)."""
_NO_FOLD = 1_000_000


def _represent_none(representer: Any, _data: None) -> Any:
    return representer.represent_scalar("tag:yaml.org,2002:null", "null")


def round_trip_yaml(width: int = DEFAULT_WIDTH) -> YAML:
    """The ruamel.yaml round-trip instance configured for the canonical form."""
    y = YAML(typ="rt")
    y.indent(mapping=2, sequence=4, offset=2)
    y.width = width if width > 0 else _NO_FOLD
    y.preserve_quotes = False
    y.representer.add_representer(type(None), _represent_none)
    return y


def nfc_data(value: Any) -> Any:
    """Plain loaded data with every string in NFC (how fmt's "no change of meaning" is compared)."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [nfc_data(v) for v in value]
    if isinstance(value, dict):
        return {nfc_data(k): nfc_data(v) for k, v in value.items()}
    return value


def _quote_yaml11(value: Any) -> Any:
    if isinstance(value, str) and not isinstance(value, ScalarString) and value in YAML11_BOOLS:
        return SingleQuotedScalarString(value)
    return value


def _strip_trailing(text: str) -> str:
    lines = [line.rstrip(" \t") for line in text.split("\n")]
    return "\n".join(lines).rstrip("\n") + "\n"


def format_text(text: str, *, width: int = DEFAULT_WIDTH, name: str = "<input>", fast: bool = True) -> str:
    """Return ``text`` in the canonical form (see the module docstring).

    Raises :class:`InputError` when the file is not valid YAML, has duplicate keys or several documents,
    or when formatting would change what it means. ``fast=False`` turns off the fast path
    (:mod:`tthc_cli.review.fmt_fast`), which writes the same text; its tests and benchmark compare the two.
    """
    with paused_gc():
        return _format(text, width, name, fast and width == 0)


def _format(text: str, width: int, name: str, fast: bool) -> str:
    out, settled = _format_once(text, width, name, fast)
    if out == text or settled:  # a second pass over canonical text would give the same result
        return out
    # a comment in front of a key that moves to the head of a list item settles on the second pass
    for _ in range(3):
        again, _settled = _format_once(out, width, name, fast)
        if again == out:
            break
        out = again
    return out


def _format_once(text: str, width: int, name: str, fast: bool) -> tuple[str, bool]:
    """One pass of the formatter, and whether its result is known to be settled (the fast path's is)."""
    nfc = unicodedata.normalize("NFC", text)
    loaded = load_yaml(text, keep_nodes=fast and nfc == text)
    bad = [
        i
        for i in loaded.issues
        if i.fatal or i.rule in (codes.YAML_DUPLICATE_KEY, codes.YAML_MULTI_DOCUMENT, codes.YAML_NUMBER_TOO_LONG)
    ]
    if bad:
        first = bad[0]
        raise InputError(
            f"{name}:{first.line}:{first.column}: không định dạng được: {first.message}",
            hint="sửa lỗi này trước (xem tthc validate)",
        )
    if loaded.data is None:
        blank = "\n".join(line.rstrip() for line in text.strip("\n").split("\n")) + "\n" if text.strip() else ""
        return blank, False
    expected = nfc_data(loaded.data)
    model = root_model(loaded.data)
    root = loaded.root
    del loaded  # positions and nodes are not needed to compare meanings: a large plan's are hundreds of MB
    if fast:
        if nfc != text:
            root = load_yaml(nfc, keep_nodes=True).root
        written = format_fast(nfc, root, model)
        root = None
        if written is not None and (written == text or _same(written, expected)):
            return written, True
    y = round_trip_yaml(width)
    try:
        doc = y.load(nfc)
    except (YAMLError, ValueError) as exc:
        raise _load_error(name, text, exc) from None
    _walk_rows(doc, model)
    out = io.StringIO()
    y.dump(doc, out)
    dumped = out.getvalue()
    for candidate in (_strip_trailing(dumped), dumped):
        if _same(candidate, expected):
            return candidate, False
    raise InputError(f"{name}: không định dạng được vì kết quả sẽ đổi nội dung; tệp được giữ nguyên")


def _load_error(name: str, text: str, exc: Exception) -> InputError:
    """The round-trip parser's refusal in one located line (it is stricter than the loader about tabs)."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    if mark is None:
        return InputError(f"{name}: không định dạng được: {exc}".split("\n")[0])
    line = text.split("\n")[mark.line] if mark.line < len(text.split("\n")) else ""
    if "\t" in line:
        return InputError(
            f"{name}:{mark.line + 1}:{line.index(chr(9)) + 1}: không định dạng được: ký tự tab trong giá trị",
            hint="thay tab bằng dấu cách, hoặc đặt giá trị trong dấu nháy",
        )
    problem = getattr(exc, "problem", None) or str(exc).split("\n")[0]
    return InputError(f"{name}:{mark.line + 1}:{mark.column + 1}: không định dạng được: {problem}")


def _same(text: str, expected: Any) -> bool:
    again = load_yaml(text)
    return again.ok and nfc_data(again.data) == expected


def _walk_rows(node: Any, model: type[BaseModel] | None, before: list[Any] | None = None) -> None:
    """Quote YAML 1.1 booleans and put keys in order; each list item chooses its own model (rows mix
    tasks, indicators and groups)."""
    if isinstance(node, CommentedMap):
        for key in list(node.keys()):
            _walk_child(node, key, child_models(model, str(key)) if model else [], 4)
        if model is not None:
            order = sorted_keys(model, [str(k) for k in node])
            if order != [str(k) for k in node]:
                move_keys(node, order, before)


def _comment_slot(items: dict[Any, list[Any]], key: Any, size: int) -> list[Any]:
    """ruamel's comment slot of ``key`` with ``size`` places, its last one a list to collect comment lines."""
    slot = items.setdefault(key, [None] * size)
    while len(slot) < size:
        slot.append(None)
    if slot[size - 1] is None:
        slot[size - 1] = []
    return slot


def _walk_list(node: CommentedSeq, candidates: list[type[BaseModel]]) -> None:
    # an item's comment slot has two places: comment lines written before a key that becomes the item's
    # first go in front of the "- "
    for i in range(len(node)):
        _walk_child(node, i, candidates, 2)


def _walk_child(parent: Any, key: Any, candidates: list[type[BaseModel]], size: int) -> None:
    """One value of a mapping (``size`` 4, ruamel's comment slot of a key) or of a list (``size`` 2)."""
    value = parent[key]
    if isinstance(value, CommentedMap):
        slot = _comment_slot(parent.ca.items, key, size)
        _walk_rows(value, pick_model(candidates, [str(k) for k in value]), slot[size - 1])
    elif isinstance(value, CommentedSeq):
        _walk_list(value, candidates)
    else:
        parent[key] = _quote_yaml11(value)
