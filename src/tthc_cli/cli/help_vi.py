"""Vietnamese words for the parts of the help screen and usage errors that come from click.

Typer prints help with click's formatter; its headings ("Usage:", "Options") and the texts of the options
it adds itself (``--help``, shell completion) are English. This module gives the formatter Vietnamese
headings and translates those few fixed texts, and turns click's usage errors into Vietnamese lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from typer._click import core as click_core
from typer._click.exceptions import ClickException
from typer._click.formatting import HelpFormatter

__all__ = ["ClickException", "VietnameseHelpFormatter", "install", "usage_error_vi"]

_SECTIONS = {"Options": "Tùy chọn", "Commands": "Lệnh", "Arguments": "Đối số"}
_TEXTS = {
    "Show this message and exit.": "Hiện trợ giúp này rồi thoát.",
    "Install completion for the current shell.": "Cài tự hoàn thành lệnh cho shell đang dùng.",
    "Show completion for the current shell, to copy it or customize the installation.": (
        "In mã tự hoàn thành lệnh cho shell đang dùng, để chép hoặc tùy chỉnh."
    ),
    "[required]": "[bắt buộc]",
    "; required]": "; bắt buộc]",
    "[default: ": "[mặc định: ",
}
_METAVARS = {
    "<path>": "<đường-dẫn>",
    "<str>": "<chữ>",
    "<int range>": "<số>",
    "<int>": "<số>",
    "<float>": "<số>",
    "<bool>": "",
    "<list[str]>": "<danh-sách>",
    "<list[path]>": "<đường-dẫn…>",
}


def _metavars(text: str) -> str:
    for en, vi in _METAVARS.items():
        text = text.replace(en, vi)
    return " ".join(text.split()) if "  " in text else text


def _translate(text: str) -> str:
    for en, vi in _TEXTS.items():
        text = text.replace(en, vi)
    return text


class VietnameseHelpFormatter(HelpFormatter):
    """Click's help formatter with Vietnamese headings."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        """Write the usage line, headed "Cách dùng:"."""
        super().write_usage(prog, args, prefix="Cách dùng: " if prefix is None else prefix)

    @contextmanager
    def section(self, name: str) -> Iterator[None]:
        """A section with a Vietnamese heading."""
        with super().section(_SECTIONS.get(name, name)):
            yield

    def write_dl(self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        """Definition lists, with click's own option texts and Typer's type names in Vietnamese."""
        super().write_dl([(_metavars(a), _translate(b)) for a, b in rows], col_max, col_spacing)


def install() -> None:
    """Make every click context of this process format help in Vietnamese."""
    click_core.Context.formatter_class = VietnameseHelpFormatter


_ERRORS = [
    (re.compile(r"^No such option: (\S+)(?: Did you mean (\S+)\?)?"), "không có tùy chọn {0}"),
    (re.compile(r"^No such command '([^']+)'\."), "không có lệnh '{0}'"),
    (re.compile(r"^Missing argument '([^']+)'\."), "thiếu đối số {0}"),
    (re.compile(r"^Missing option '([^']+)'\."), "thiếu tùy chọn {0}"),
    (re.compile(r"^Option '([^']+)' requires an argument\."), "tùy chọn {0} cần một giá trị"),
    (re.compile(r"^Got unexpected extra arguments? \((.*)\)"), "thừa đối số: {0}"),
    (re.compile(r"^Invalid value for (.+?): (?:Value error, )?(.*)", re.S), "giá trị không hợp lệ cho {0}: {1}"),
]


def usage_error_vi(message: str) -> str:
    """A click usage-error message in Vietnamese (unknown messages are kept as they are)."""
    for pattern, template in _ERRORS:
        m = pattern.match(message)
        if m:
            text = template.format(*m.groups())
            if pattern.pattern.startswith("^No such option") and m.group(2):
                text += f"; có phải ý bạn là {m.group(2)}?"
            return text.replace(" is not one of ", " không phải một trong ").replace("' or '", "' hoặc '")
    return message
