"""Options shared by several commands, defined once so that every command spells and explains them alike."""

from __future__ import annotations

from typing import Any

import typer

CONFIG_HELP = "Tệp cấu hình (tthc.toml hoặc pyproject.toml); mặc định tìm từ thư mục hiện tại đi lên."


def config_option() -> Any:
    """``--config TỆP``: the configuration of the run (see :class:`tthc_cli.workspace.Workspace`)."""
    return typer.Option(None, "--config", metavar="TỆP", help=CONFIG_HELP)
