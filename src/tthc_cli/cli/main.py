"""The ``tthc`` application: global options, error handling, and the command table.

Each command lives in its own module under ``tthc_cli.cli`` and exposes ``register(app)``. Modules import
only typer and the standard library at import time; heavy libraries are imported inside the command
function, so that ``tthc --help`` stays fast.
"""

from __future__ import annotations

import importlib
import os
import sys

import typer

from tthc_cli import __version__
from tthc_cli.cli import i18n

i18n.install()

COMMAND_MODULES = (
    "tthc_cli.cli.validate",
    "tthc_cli.cli.rules",
    "tthc_cli.cli.score",
    "tthc_cli.cli.counts",
    "tthc_cli.cli.render",
    "tthc_cli.cli.templates",
    "tthc_cli.cli.diff",
    "tthc_cli.cli.fmt",
    "tthc_cli.cli.schema",
    "tthc_cli.cli.new",
    "tthc_cli.cli.due",
    "tthc_cli.cli.site",
    "tthc_cli.cli.cascade",
    "tthc_cli.cli.import_",
)
"""Modules that register commands, in the order they are listed by ``tthc --help``."""

app = typer.Typer(
    name="tthc",
    help=(
        "Kế hoạch cải cách thủ tục hành chính dưới dạng mã: kiểm tra (validate), chấm chỉ tiêu (score), "
        "xuất văn bản .docx (render) và xem xét thay đổi trong git (diff, fmt)."
    ),
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
    suggest_commands=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tthc {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(
        False, "--version", "-V", help="In phiên bản rồi thoát.", callback=_version, is_eager=True
    ),
    debug: bool = typer.Option(False, "--debug", help="Hiện traceback đầy đủ khi có lỗi (dành cho nhà phát triển)."),
) -> None:
    """Kế hoạch cải cách thủ tục hành chính dưới dạng mã."""
    if debug:
        os.environ["TTHC_DEBUG"] = "1"


def _register_all() -> None:
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        module.register(app)


_register_all()


def run() -> None:
    """Entry point of the console script: run the app, turning known errors into one Vietnamese line."""
    from tthc_cli.errors import TthcError
    from tthc_cli.text.escape import visible

    try:
        rc = app(standalone_mode=False)
    except i18n.ClickException as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":
            exc.show(file=sys.stdout)
            sys.exit(0)
        ctx = getattr(exc, "ctx", None)
        hint = f" ({i18n._('See {command} --help.').format(command=ctx.command_path)})" if ctx is not None else ""
        typer.echo(visible(f"tthc: lỗi: {i18n.usage_error_vi(exc)}{hint}"), err=True)
        sys.exit(exc.exit_code)
    except TthcError as exc:
        if os.environ.get("TTHC_DEBUG"):
            raise
        typer.echo(visible(f"tthc: lỗi: {exc}"), err=True)
        sys.exit(exc.exit_code)
    except (KeyboardInterrupt, typer.Abort):
        typer.echo("tthc: đã dừng", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(1)
    sys.exit(rc if isinstance(rc, int) else 0)
