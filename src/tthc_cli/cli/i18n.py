"""The command-line framework in Vietnamese, through a gettext catalogue shipped with tthc.

typer marks its own texts with gettext (``from gettext import gettext as _`` in :mod:`typer.core`: help
headings, "required", "default: …", "Missing command."); :func:`install` points that ``_`` at tthc's
catalogue (``locale/vi/LC_MESSAGES/tthc.mo``, compiled from ``tthc.po``) instead of the process-wide
domain, so nothing depends on the user's locale. The click that typer vendors marks nothing, so its few
fixed texts (the ``--help`` option, usage pieces, type names shown as metavars) are looked up in the same
catalogue where they are shown, and its usage errors are rebuilt from the exception's own fields
(:func:`usage_error_vi`) with the catalogue's templates: never by rewriting its English.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import typer.core
from typer._click import core as click_core
from typer._click import exceptions as click_exceptions
from typer._click.exceptions import ClickException
from typer._click.formatting import HelpFormatter

from tthc_cli.load.value_errors import reason_vi, shown

__all__ = ["ClickException", "VietnameseHelpFormatter", "install", "usage_error_vi"]

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
CATALOGUE = gettext.translation("tthc", localedir=LOCALE_DIR, languages=["vi"])
_ = CATALOGUE.gettext


class VietnameseHelpFormatter(HelpFormatter):
    """Click's help formatter, its headings and fixed texts through the catalogue."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        """Write the usage line, headed "Cách dùng:"."""
        super().write_usage(prog, args, prefix=_("Usage: ") if prefix is None else prefix)

    @contextmanager
    def section(self, name: str) -> Iterator[None]:
        """A section with its heading translated."""
        with super().section(_(name)):
            yield

    def write_dl(self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        """Definition lists, with the texts of the options the framework adds itself translated."""
        super().write_dl([(a, _(b)) for a, b in rows], col_max, col_spacing)


def _translated_pieces(original: Any) -> Any:
    def pieces(self: Any, ctx: Any) -> list[str]:
        return [_(p) for p in original(self, ctx)]

    return pieces


def _translated_type(original: Any) -> Any:
    def display_type(self: Any, ctx: Any) -> str:
        return _(original(self, ctx))

    return display_type


def install() -> None:
    """Make typer and its click speak Vietnamese in this process (idempotent)."""
    if getattr(typer.core, "_tthc_vi", False):
        return
    typer.core._ = _  # type: ignore[attr-defined]
    typer.core._tthc_vi = True  # type: ignore[attr-defined]
    click_core.Context.formatter_class = VietnameseHelpFormatter
    for cls in (click_core.Command, typer.core.TyperGroup):
        cls.collect_usage_pieces = _translated_pieces(cls.__dict__["collect_usage_pieces"])  # type: ignore[method-assign]
    param = typer.core._TyperParameter
    param.display_type = _translated_type(param.__dict__["display_type"])  # type: ignore[method-assign]


def _hint(exc: Any) -> str:
    if getattr(exc, "param_hint", None) is not None:
        hint = exc.param_hint
        return hint if isinstance(hint, str) else " / ".join(f"'{h}'" for h in hint)
    param = getattr(exc, "param", None)
    return str(param.get_error_hint()) if param is not None else ""


def _bad_value(exc: click_exceptions.BadParameter) -> str:
    cause: Any = exc.__cause__
    errors = cause.errors(include_url=False) if hasattr(cause, "errors") else []
    desc = getattr(exc.param, "type_descriptor", None)
    if errors and desc is not None and desc.is_choice:
        choices = ", ".join(f"'{getattr(c, 'value', c)}'" for c in desc.choices or ())
        reason = _("{value} is not one of {choices}.").format(value=shown(errors[0].get("input")), choices=choices)
    elif errors:
        reason = reason_vi(errors[0])
    else:
        reason = exc.message  # raised by tthc itself, in Vietnamese
    return _("Invalid value for {name}: {reason}").format(name=_hint(exc), reason=reason)


def usage_error_vi(exc: ClickException) -> str:
    """The Vietnamese message of a usage error, built from the exception's fields."""
    if isinstance(exc, click_exceptions.MissingParameter):
        kind = exc.param_type or (exc.param.param_type_name if exc.param is not None else "parameter")
        missing = {"option": "Missing option {name}.", "argument": "Missing argument {name}."}
        return _(missing.get(kind, "Missing parameter {name}.")).format(name=_hint(exc))
    if isinstance(exc, click_exceptions.BadParameter):
        return _bad_value(exc)
    if isinstance(exc, click_exceptions.NoSuchOption):
        text = _("No such option: {name}").format(name=exc.option_name)
        if exc.possibilities:
            text += "; " + _("Did you mean {names}?").format(names=", ".join(sorted(exc.possibilities)))
        return text
    if isinstance(exc, click_exceptions.BadOptionUsage):
        name = repr(exc.option_name)
        flag = "Option {name} does not take a value."
        template = flag if exc.message == flag.format(name=name) else "Option {name} requires an argument."
        return _(template).format(name=name)
    extra = "Got unexpected extra argument(s) ("
    if exc.message.startswith(extra) and exc.message.endswith(")"):
        return _("Got unexpected extra argument(s) ({args})").format(args=exc.message[len(extra) : -1])
    if CATALOGUE.gettext(exc.message) != exc.message or not exc.message.isascii():
        return _(exc.message)  # typer's texts (already translated) and tthc's own
    return _("Invalid usage.")
