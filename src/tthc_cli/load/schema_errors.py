"""Turning Pydantic validation errors into findings at the right YAML position, in Vietnamese."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, ValidationError

from tthc_cli import codes
from tthc_cli.findings import YamlPath
from tthc_cli.load.value_errors import GENERIC, reason_vi

_TYPE_WORDS = {
    "string_type": "một chuỗi",
    "int_type": "một số nguyên",
    "int_parsing": "một số nguyên",
    "float_type": "một số",
    "float_parsing": "một số",
    "bool_type": "true hoặc false",
    "bool_parsing": "true hoặc false",
    "list_type": "một danh sách (các dòng bắt đầu bằng '- ')",
    "dict_type": "một ánh xạ (các dòng 'khóa: giá trị')",
    "model_type": "một ánh xạ (các dòng 'khóa: giá trị')",
    "model_attributes_type": "một ánh xạ (các dòng 'khóa: giá trị')",
}


_ROW_TAGS = frozenset({"task", "indicator", "group"})


def data_path(data: Any, loc: Iterable[str | int]) -> YamlPath:
    """Follow a Pydantic ``loc`` through the raw data, dropping union tags and validator names."""
    path: list[str | int] = []
    node = data
    parts = list(loc)
    for i, part in enumerate(parts):
        if part in _ROW_TAGS and i > 0 and isinstance(parts[i - 1], int) and i + 1 < len(parts):
            continue  # the tag of the Row union, not a key (even though an indicator row has an "indicator" key)
        if isinstance(node, dict) and isinstance(part, str) and part in node:  # noqa: SIM114 (mypy narrows each)
            path.append(part)
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            path.append(part)
            node = node[part]
        elif isinstance(node, dict) and isinstance(part, str) and i == len(parts) - 1:
            # a missing or unknown field: keep it so the message can name it
            path.append(part)
            node = None
    return tuple(path)


def _field_names(model: type[BaseModel]) -> set[str]:
    names: set[str] = set()
    seen: set[type[BaseModel]] = set()
    stack = [model]
    while stack:
        m = stack.pop()
        if m in seen:
            continue
        seen.add(m)
        names.update(m.model_fields)
        for f in m.model_fields.values():
            for t in _model_types(f.annotation):
                stack.append(t)
    return names


def _model_types(annotation: Any) -> list[type[BaseModel]]:
    out: list[type[BaseModel]] = []
    stack = [annotation]
    while stack:
        a = stack.pop()
        if isinstance(a, type) and issubclass(a, BaseModel):
            out.append(a)
        for arg in getattr(a, "__args__", ()) or ():
            stack.append(arg)
        origin = getattr(a, "__origin__", None)
        if origin is not None and origin is not a:
            stack.append(origin)
        metadata = getattr(a, "__metadata__", None)
        if metadata is not None:
            stack.append(a.__origin__)
    return out


def schema_findings(
    exc: ValidationError, data: Any, model: type[BaseModel]
) -> list[tuple[str, YamlPath, bool, str, str | None]]:
    """(code, path, at_key, message, hint) for each error of ``exc``, deduplicated.

    Codes: TT101 missing field, TT102 unknown field, TT103 wrong type, TT104 invalid value.
    """
    known = sorted(_field_names(model))
    out: list[tuple[str, YamlPath, bool, str, str | None]] = []
    item: tuple[str, YamlPath, bool, str, str | None]
    seen: set[tuple[str, YamlPath]] = set()
    for err in exc.errors(include_url=False):
        etype = err["type"]
        path = data_path(data, err["loc"])
        if etype == "missing":
            field = path[-1] if path else "?"
            item = (codes.SCHEMA_MISSING_FIELD, path[:-1], True, f"Thiếu trường bắt buộc '{field}'", "thêm trường này")
        elif etype == "extra_forbidden":
            field = str(path[-1]) if path else "?"
            close = [c for c in difflib.get_close_matches(field, known, n=2, cutoff=0.6) if c != field]
            hint = f"có phải ý bạn là '{close[0]}'?" if close else "xóa trường này hoặc kiểm tra chính tả"
            item = (codes.SCHEMA_UNKNOWN_FIELD, path, True, f"Trường không được phép '{field}'", hint)
        elif etype in _TYPE_WORDS:
            got = type(err.get("input")).__name__
            got_vi = {
                "str": "chuỗi",
                "int": "số",
                "float": "số",
                "bool": "boolean",
                "list": "danh sách",
                "dict": "ánh xạ",
                "NoneType": "rỗng",
            }.get(got, got)
            item = (
                codes.SCHEMA_WRONG_TYPE,
                path,
                False,
                f"Giá trị phải là {_TYPE_WORDS[etype]} (đang là {got_vi})",
                None,
            )
        elif etype == "literal_error":
            expected = str(err.get("ctx", {}).get("expected", "")).replace(" or ", " hoặc ")
            item = (
                codes.SCHEMA_INVALID_VALUE,
                path,
                False,
                f"Giá trị không hợp lệ; phải là một trong: {expected}",
                None,
            )
        elif etype == "string_pattern_mismatch":
            item = (codes.SCHEMA_INVALID_VALUE, path, False, "Giá trị không đúng định dạng", _pattern_hint(path))
        elif etype in ("too_short", "string_too_short"):
            item = (codes.SCHEMA_INVALID_VALUE, path, False, "Giá trị không được để trống", None)
        elif etype in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
            item = (codes.SCHEMA_INVALID_VALUE, path, False, f"Giá trị ngoài khoảng cho phép: {reason_vi(err)}", None)
        elif etype == "union_tag_invalid" or etype == "union_tag_not_found":
            item = (
                codes.SCHEMA_INVALID_VALUE,
                path,
                False,
                "Không xác định được loại dòng (nhiệm vụ, chỉ tiêu hay nhóm)",
                None,
            )
        else:
            reason = reason_vi(err)
            generic = reason.startswith(GENERIC)
            message = GENERIC.capitalize() + reason[len(GENERIC) :] if generic else f"Giá trị không hợp lệ: {reason}"
            item = (codes.SCHEMA_INVALID_VALUE, path, False, message, None)
        key = (item[0], item[1])
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def _pattern_hint(path: YamlPath) -> str | None:
    last = path[-1] if path else ""
    if last == "id":
        return "id chỉ gồm chữ thường không dấu, số, '.', '_' và '-', ví dụ 't1-3'"
    if last == "capacity":
        return "quyền hạn bắt đầu bằng TM., KT., Q., TL. hoặc TUQ., ví dụ 'KT. CHỦ TỊCH'"
    return None
