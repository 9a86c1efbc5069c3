"""Reading the configuration (``tthc.toml`` or ``[tool.tthc]``) into its model, :class:`~tthc_cli.model.config.Config`.

Looked up from the current folder upwards; the first file that has a tthc table wins.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from tthc_cli.errors import ConfigError
from tthc_cli.load.config_errors import config_error
from tthc_cli.load.config_files import find_config
from tthc_cli.model.config import Config


def _from_table(table: Any, source: Path) -> Config:
    if not isinstance(table, dict):
        raise ConfigError(f"{source}: bảng [tool.tthc] phải là một bảng khóa = giá trị")
    try:
        config = Config.model_validate({**table, "root": str(source.parent), "source": str(source)})
    except ValidationError as exc:
        raise config_error(exc.errors()[0], source) from None
    return config


def load_config(explicit: Path | None = None, start: Path | None = None) -> Config:
    """Find and read the configuration; defaults when there is none.

    ``explicit`` names a file (``tthc.toml`` or ``pyproject.toml``); otherwise the folders from ``start``
    (the current folder) upwards are searched.
    """
    source = find_config(explicit, start)
    if source.path is None:
        return Config(root=str(source.root))
    return _from_table(source.table, source.path)
