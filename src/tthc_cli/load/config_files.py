"""Finding the configuration file and reading its table, with the standard library only.

Kept apart from :mod:`tthc_cli.load.config` (which validates the table with Pydantic) so that the cached path of
``tthc validate`` can find and fingerprint the configuration without importing Pydantic.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tthc_cli.errors import ConfigError, InputError
from tthc_cli.load.bounded import read_bounded

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]


_MAX_CONFIG_BYTES = 1024 * 1024
"""A configuration is a few lines; a megabyte is already absurd."""


@dataclass(frozen=True)
class ConfigSource:
    """Where the configuration was found (``path`` is ``None`` when there is none) and its raw table."""

    path: Path | None
    root: Path
    """The folder relative paths in the configuration are resolved from (the file's folder, or the start)."""
    table: dict[str, Any] = field(default_factory=dict)


def read_toml(path: Path) -> dict[str, Any]:
    """Parse a TOML file; a broken or unreadable file is a :class:`ConfigError` (one line)."""
    try:
        raw = read_bounded(path, max_bytes=_MAX_CONFIG_BYTES)
    except InputError as exc:
        raise ConfigError(exc.message, hint=exc.hint) from None
    if b"\x00" in raw:
        raise ConfigError(f"{path}: tệp cấu hình là tệp nhị phân, không phải TOML")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: tệp cấu hình không phải UTF-8 (byte 0x{raw[exc.start]:02x})") from None
    try:
        data: dict[str, Any] = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: tệp cấu hình không hợp lệ ({exc})") from None
    return data


def find_config(explicit: Path | None = None, start: Path | None = None) -> ConfigSource:
    """The configuration in force: ``explicit``, else ``tthc.toml`` or a ``pyproject.toml`` with a
    ``[tool.tthc]`` table in the folders from ``start`` (the current folder) upwards."""
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(f"{explicit}: không tìm thấy tệp cấu hình")
        data = read_toml(explicit)
        table = data.get("tool", {}).get("tthc", {}) if explicit.name == "pyproject.toml" else data
        resolved = explicit.resolve()
        return ConfigSource(resolved, resolved.parent, table)
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "tthc.toml"
        if candidate.is_file():
            return ConfigSource(candidate, folder, read_toml(candidate))
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            table = read_toml(pyproject).get("tool", {}).get("tthc")
            if table is not None:
                return ConfigSource(pyproject, folder, table)
    return ConfigSource(None, here, {})
