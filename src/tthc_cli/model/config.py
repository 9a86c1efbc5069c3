"""The configuration model: ``tthc.toml`` or the ``[tool.tthc]`` table of ``pyproject.toml``.

Looked up from the current folder upwards; the first file that has a tthc table wins. Every path in it is
relative to the folder of the file it is written in.

Example ``tthc.toml``::

    units = "units.yaml"              # the units registry (default: nearest units.yaml to each plan)
    legal = ["legal.yaml"]            # extra legal documents, added to the shipped catalogue
    plan = "plans/2024.yaml"          # the plan used by `tthc score` and `tthc render` by default
    disable = ["TT703"]               # rules turned off (codes or names)
    enable = []                       # rules that are off by default, turned on
    strict = false                    # warnings fail the run too
    allow_outside_root = false        # plans may name files outside this folder (units:, parent.path)

    [import_columns]                  # tthc import: a printed column header → plan column key
    "Thời hạn xong" = "deadline"

    [severity]
    TT702 = "error"                   # change a rule's severity
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field

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
    allow_outside_root: bool = False
    """Let plans name files (``units:``, ``parent.path``) outside the repository root."""
    import_columns: dict[str, str] = Field(default_factory=dict)
    """``tthc import``: printed column header → plan column key, over the shipped aliases."""
    root: str = "."
    """The folder the configuration was found in (set by the loader, not written by users)."""
    source: str | None = None
    """The file the configuration was read from (set by the loader)."""

    def resolve(self, relative: str) -> Path:
        """A path from the configuration, resolved against the folder of the configuration file."""
        return (Path(self.root) / relative).resolve()
