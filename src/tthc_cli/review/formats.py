"""The output formats of ``tthc diff`` (kept apart so that ``tthc --help`` imports nothing heavy)."""

from __future__ import annotations

import enum


class DiffFormat(str, enum.Enum):
    """Output formats of ``tthc diff``."""

    TEXT = "text"
    MARKDOWN = "markdown"
    JSON = "json"
