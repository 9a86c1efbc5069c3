"""Why a value was refused, in Vietnamese, from a Pydantic error's type and context (never its English text).

Used for configuration keys (``tthc.toml``) and command-line option values, which typer also validates with
Pydantic. Plans have their own located findings (:mod:`tthc_cli.load.schema_errors`).
"""

from __future__ import annotations

from typing import Any

_EXPECTED = {
    "int_parsing": "một số nguyên",
    "int_type": "một số nguyên",
    "int_from_float": "một số nguyên",
    "float_parsing": "một số",
    "float_type": "một số",
    "bool_parsing": "true hoặc false",
    "bool_type": "true hoặc false",
    "string_type": "một chuỗi",
    "list_type": "một danh sách",
    "dict_type": "một bảng khóa = giá trị",
    "model_type": "một bảng khóa = giá trị",
    "date_parsing": "một ngày YYYY-MM-DD",
    "date_from_datetime_parsing": "một ngày YYYY-MM-DD",
    "path_type": "một đường dẫn",
}
_BOUNDS = {
    "greater_than": ("gt", "lớn hơn"),
    "greater_than_equal": ("ge", "lớn hơn hoặc bằng"),
    "less_than": ("lt", "nhỏ hơn"),
    "less_than_equal": ("le", "nhỏ hơn hoặc bằng"),
}


GENERIC = "giá trị không hợp lệ"
"""The reason given for an error type this module does not know."""


def shown(value: Any) -> str:
    """A value as a message quotes it."""
    return f"'{value}'" if isinstance(value, str) else str(value)


def reason_vi(err: Any) -> str:
    """Why the value of one Pydantic error (a dict of ``ValidationError.errors()``) was refused."""
    etype = str(err.get("type", ""))
    ctx = err.get("ctx") or {}
    given = f" (đang là {shown(err['input'])})" if "input" in err and not isinstance(err["input"], dict) else ""
    if etype in _EXPECTED:
        return f"phải là {_EXPECTED[etype]}{given}"
    if etype in _BOUNDS:
        key, words = _BOUNDS[etype]
        return f"phải {words} {ctx.get(key)}{given}"
    if etype == "literal_error":
        expected = str(ctx.get("expected", "")).replace(" or ", " hoặc ")
        return f"phải là một trong: {expected}{given}"
    if etype in ("too_short", "string_too_short"):
        return "không được để trống"
    if etype in ("too_long", "string_too_long"):
        return f"dài quá mức cho phép ({ctx.get('max_length')}){given}"
    if etype == "missing":
        return "bắt buộc phải có"
    if etype == "extra_forbidden":
        return "không có khóa này"
    if etype == "value_error" and isinstance(ctx.get("error"), ValueError):
        return str(ctx["error"])  # our validators' messages are Vietnamese already
    return f"{GENERIC}{given}"
