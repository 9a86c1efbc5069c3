"""A wrong value or an unknown key in ``tthc.toml`` as one Vietnamese line that names the setting."""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

from tthc_cli.errors import ConfigError
from tthc_cli.load.value_errors import reason_vi

FIELD_NAMES = {
    "units": "danh mục đơn vị",
    "legal": "danh mục văn bản pháp luật",
    "metrics": "danh mục chỉ số",
    "indicators": "bộ chỉ tiêu",
    "plan": "kế hoạch mặc định",
    "disable": "các quy tắc tắt",
    "enable": "các quy tắc bật",
    "severity": "mức độ của quy tắc",
    "strict": "chế độ nghiêm ngặt",
}
"""The Vietnamese name of each setting a user writes."""


def config_error(err: Any, source: Path) -> ConfigError:
    """The error for one Pydantic error of the configuration read from ``source``."""
    loc = [str(p) for p in err.get("loc", ())]
    key = loc[0] if loc else "?"
    where = ".".join(loc) or "?"
    if err.get("type") == "extra_forbidden" and len(loc) == 1:
        close = difflib.get_close_matches(key, list(FIELD_NAMES), n=1, cutoff=0.6)
        hint = f"có phải ý bạn là '{close[0]}'?" if close else f"các khóa dùng được: {', '.join(FIELD_NAMES)}"
        return ConfigError(f"{source}: khóa '{key}' không có trong cấu hình của tthc", hint=hint)
    name = FIELD_NAMES.get(key)
    label = f"'{where}' ({name})" if name else f"'{where}'"
    return ConfigError(f"{source}: cấu hình {label} không hợp lệ: {reason_vi(err)}")
