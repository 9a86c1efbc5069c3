"""Options shared by several commands, defined once so that every command spells and explains them alike."""

from __future__ import annotations

from typing import Any

import typer

CONFIG_HELP = "Tệp cấu hình (tthc.toml hoặc pyproject.toml); mặc định tìm từ thư mục hiện tại đi lên."


def config_option() -> Any:
    """``--config TỆP``: the configuration of the run (see :class:`tthc_cli.workspace.Workspace`)."""
    return typer.Option(None, "--config", metavar="TỆP", help=CONFIG_HELP)


COUNTS_HELP = "Tệp số liệu CSV/XLSX; nhiều tệp (hoặc mẫu glob 'counts/2024-*.csv') tạo thành một chuỗi kỳ."


def counts_option(help_text: str = COUNTS_HELP) -> Any:
    """``--counts TỆP…`` (``-c``): counts files; several files or glob patterns make a series of periods."""
    return typer.Option([], "--counts", "-c", metavar="TỆP", help=help_text)


def more_counts_argument() -> Any:
    """``[TỆP…]`` after ``--counts``: so that a shell-expanded ``--counts counts/2024-*.csv`` keeps every file."""
    return typer.Argument(
        None, metavar="[TỆP…]", help="Thêm tệp số liệu (để '--counts counts/2024-*.csv' dùng được mọi tệp)."
    )


def counts_given(counts: list[str], more: list[str] | None = None) -> list[str]:
    """Every counts file named, or a usage error (exit 2) when there is none."""
    named = [*counts, *(more or [])]
    if not named:
        raise typer.BadParameter("cần ít nhất một tệp số liệu", param_hint="--counts")
    return named
