"""The imported plan as YAML text: canonical form (as ``tthc fmt`` writes it), the importer's notes as
comments on the keys they concern, and unplaced text as comments at the top."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import LiteralScalarString

from tthc_cli.importer.notes import Notebook
from tthc_cli.review.fmt import _quote_yaml11, round_trip_yaml
from tthc_cli.review.keyorder import child_models, pick_model, root_model, sorted_keys

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MARK = "tthc import:"
"""The prefix of every comment the importer writes (search for it to review the file)."""


def _convert(value: Any, notes: Notebook, candidates: list[type[BaseModel]]) -> Any:
    """Plain data as ruamel nodes, keys in the canonical order of ``tthc fmt`` (the models' field order);
    ``candidates`` are the models the value may be (rows mix tasks, indicators and groups)."""
    if isinstance(value, dict):
        model = pick_model(candidates, [str(k) for k in value]) if candidates else None
        out = CommentedMap()
        for k in sorted_keys(model, list(value)) if model is not None else list(value):
            out[k] = _convert(value[k], notes, child_models(model, k) if model is not None else [])
        _comment(value, out, notes)
        if set(value) == {"key", "header"}:
            out.fa.set_flow_style()  # table columns, one line each as in the shipped plans
        return out
    if isinstance(value, str) and "\n" in value:
        return LiteralScalarString(value)
    if isinstance(value, str) and _ISO_DAY.match(value):
        try:
            return dt.date.fromisoformat(value)  # written unquoted, as the plans write dates
        except ValueError:
            return value  # "2025-02-30" stays text, for tthc validate to report
    if isinstance(value, list):
        seq = CommentedSeq(_convert(v, notes, candidates) for v in value)
        _comment(value, seq, notes)
        return seq
    return _quote_yaml11(value)


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


def schema_line(output: Path) -> list[str]:
    """The editor's schema line, when a ``schema/plan.schema.json`` lies in a folder above the output."""
    folder = output.resolve().parent
    for up in (folder, *folder.parents):
        schema = up / "schema" / "plan.schema.json"
        if schema.is_file():
            return [f"yaml-language-server: $schema={Path(os.path.relpath(schema, folder)).as_posix()}"]
    return []


def to_yaml(data: dict[str, Any], notes: Notebook, source: str, output: Path) -> str:
    """The plan text, in canonical form, with the importer's comments."""
    root = root_model(data)
    doc = _convert(data, notes, [root] if root is not None else [])
    head = [
        *schema_line(output),
        f"Nhập từ {source} bằng tthc import. Các chú thích '{MARK}' đánh dấu chỗ chương trình",
        "đoán hoặc chưa xếp được; xem lại rồi xóa chú thích.",
        *[f"{MARK} {line}" for line in notes.unplaced],
    ]
    doc.yaml_set_start_comment("\n".join(head))
    out = io.StringIO()
    round_trip_yaml().dump(doc, out)
    return out.getvalue()
