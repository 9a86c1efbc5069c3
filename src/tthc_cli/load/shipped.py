"""The data files shipped inside the package (``tthc_cli/data/``), read through the one model reader."""

from __future__ import annotations

from importlib import resources
from typing import TypeVar

from pydantic import BaseModel

from tthc_cli.load.model_reader import parse_model

M = TypeVar("M", bound=BaseModel)


def shipped_name(name: str) -> str:
    """How a shipped file is named in messages: ``tthc_cli/data/metrics.yaml``."""
    return f"tthc_cli/data/{name}"


def shipped_text(name: str) -> str:
    """The text of a shipped data file."""
    return resources.files("tthc_cli.data").joinpath(name).read_text(encoding="utf-8")


def shipped_model(model: type[M], name: str) -> M:
    """A shipped data file validated as ``model`` (a broken shipped file is a bug, reported located)."""
    return parse_model(model, shipped_text(name), shipped_name(name))
