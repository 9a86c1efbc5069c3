"""Reading a report file (``--report``): the YAML the officer writes, validated by :class:`ReportFile`."""

from __future__ import annotations

from pathlib import Path

from tthc_cli.model.report import ReportFile
from tthc_cli.workspace import Workspace


def load_report(path: Path, ws: Workspace | None = None) -> ReportFile:
    """The report file at ``path``, read through the workspace's one reader; the first problem raises
    :class:`~tthc_cli.errors.InputError` in one located line."""
    return (ws or Workspace.open()).require(path, ReportFile, "tệp báo cáo")
