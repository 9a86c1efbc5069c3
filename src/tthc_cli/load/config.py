"""Configuration: ``tthc.toml`` or the ``[tool.tthc]`` table of ``pyproject.toml``.

Looked up from the current folder upwards; the first file that has a tthc table wins. Every path in it is
relative to the folder of the file it is written in.

Example ``tthc.toml``::

    units = "units.yaml"              # the units registry (default: nearest units.yaml to each plan)
    legal = ["legal.yaml"]            # extra legal documents, added to the shipped catalogue
    plan = "plans/2024.yaml"          # the plan used by `tthc score` and `tthc render` by default
    disable = ["TT703"]               # rules turned off (codes or names)
    enable = []                       # rules that are off by default, turned on
    strict = false                    # warnings fail the run too

    [import_columns]                  # tthc import: a printed column header → plan column key
    "Thời hạn xong" = "deadline"

    [severity]
    TT702 = "error"                   # change a rule's severity
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import Field, ValidationError

from tthc_cli.errors import ConfigError
from tthc_cli.load.config_files import find_config
from tthc_cli.model.common import StrictModel


class Config(StrictModel):
    """The settings read from configuration (all optional)."""

    units: str | None = None
    legal: list[str] = Field(default_factory=list)
    metrics: str | None = None
    indicators: str | None = None
    plan: str | None = None
    disable: list[str] = Field(default_factory=list)
    enable: list[str] = Field(default_factory=list)
    severity: dict[str, Literal["error", "warning", "info"]] = Field(default_factory=dict)
    strict: bool = False
    import_columns: dict[str, str] = Field(default_factory=dict)
    """``tthc import``: printed column header → plan column key, over the shipped aliases."""
    root: str = "."
    """The folder the configuration was found in (set by the loader, not written by users)."""
    source: str | None = None
    """The file the configuration was read from (set by the loader)."""

    def resolve(self, relative: str) -> Path:
        """A path from the configuration, resolved against the folder of the configuration file."""
        return (Path(self.root) / relative).resolve()


def _from_table(table: Any, source: Path) -> Config:
    if not isinstance(table, dict):
        raise ConfigError(f"{source}: bảng [tool.tthc] phải là một bảng khóa = giá trị")
    try:
        config = Config.model_validate({**table, "root": str(source.parent), "source": str(source)})
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ConfigError(f"{source}: cấu hình '{where}' không hợp lệ: {first['msg']}") from None
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
