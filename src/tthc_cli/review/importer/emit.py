"""The imported plan as YAML text: canonical form (as ``tthc fmt`` writes it), the importer's notes as
comments on the keys they concern, and unplaced text as comments at the top."""

from __future__ import annotations

import io
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from tthc_cli.review.fmt import format_text, round_trip_yaml
from tthc_cli.review.importer.notes import Notebook

MARK = "tthc import:"
"""The prefix of every comment the importer writes (search for it to review the file)."""


def _convert(value: Any, notes: Notebook) -> Any:
    if isinstance(value, dict):
        out = CommentedMap()
        for k, v in value.items():
            out[k] = _convert(v, notes)
        _comment(value, out, notes)
        return out
    if isinstance(value, list):
        seq = CommentedSeq(_convert(v, notes) for v in value)
        _comment(value, seq, notes)
        return seq
    return value


def _comment(original: Any, converted: Any, notes: Notebook) -> None:
    entry = notes.comments.get(id(original))
    if entry is None or entry[0] is not original:
        return
    for key, messages in entry[1].items():
        text = "; ".join(f"{MARK} {m}" if i == 0 else m for i, m in enumerate(messages))
        if isinstance(converted, CommentedMap) and key not in converted:
            key = next(iter(converted), None)
        if key is None:
            continue
        converted.yaml_add_eol_comment(f"# {text}", key)


def to_yaml(data: dict[str, Any], notes: Notebook, source: str) -> str:
    """The plan text, in canonical form, with the importer's comments."""
    doc = _convert(data, notes)
    head = [
        "yaml-language-server: $schema=../../schema/plan.schema.json",
        f"Nhập từ {source} bằng tthc import. Các chú thích '{MARK}' đánh dấu chỗ chương trình đoán hoặc chưa",
        "xếp được; xem lại rồi xóa chú thích.",
        *[f"{MARK} {line}" for line in notes.unplaced],
    ]
    doc.yaml_set_start_comment("\n".join(head))
    out = io.StringIO()
    round_trip_yaml().dump(doc, out)
    return format_text(out.getvalue(), name=source)
