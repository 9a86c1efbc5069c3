"""The output formats of ``tthc fmt``: one message per file as it is handled, then a summary.

Messages about files go to standard error, what ``--check`` and ``--diff`` report goes to standard output;
each is flushed at once so that both streams stay in order in a terminal or a CI log.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TextIO

from tthc_cli.report.formats import assert_never
from tthc_cli.text.escape import visible

if TYPE_CHECKING:
    from pathlib import Path

    from tthc_cli.errors import TthcError
    from tthc_cli.review.fmt_file import FormattedFile


class FmtFormat(str, enum.Enum):
    """Output formats of ``tthc fmt``."""

    TEXT = "text"


class FmtReporter(Protocol):
    """What ``tthc fmt`` tells about each file and about the run."""

    def failed(self, error: TthcError) -> None:
        """A file could not be read, formatted or written."""

    def diff(self, file: FormattedFile) -> None:
        """``--diff``: how the file would change."""

    def needs_format(self, path: Path) -> None:
        """``--check``: the file would change."""

    def formatted(self, path: Path) -> None:
        """The file was rewritten."""

    def summary(self, changed: list[str]) -> None:
        """``--check``/``--diff``: the files that would change (at least one)."""


@dataclass(frozen=True)
class _Text:
    out: TextIO
    err: TextIO

    def _say(self, stream: TextIO, text: str) -> None:
        stream.write(text)
        stream.flush()

    def failed(self, error: TthcError) -> None:
        self._say(self.err, visible(f"tthc: lỗi: {error}") + "\n")

    def diff(self, file: FormattedFile) -> None:
        if file.same_content:
            self._say(
                self.out, visible(f"--- {file.path}: chỉ đổi kiểu xuống dòng hoặc bỏ BOM, nội dung giữ nguyên") + "\n"
            )
            return
        import difflib

        lines = difflib.unified_diff(
            file.source.text.splitlines(keepends=True),
            file.new.splitlines(keepends=True),
            fromfile=f"a/{file.path}",
            tofile=f"b/{file.path}",
        )
        self._say(self.out, visible("".join(lines), keep_newlines=True))

    def needs_format(self, path: Path) -> None:
        self._say(self.out, visible(f"cần định dạng lại: {path}") + "\n")

    def formatted(self, path: Path) -> None:
        self._say(self.err, visible(f"đã định dạng: {path}") + "\n")

    def summary(self, changed: list[str]) -> None:
        self._say(
            self.err, visible(f"{len(changed)} tệp cần định dạng lại (chạy: tthc fmt {' '.join(changed)})") + "\n"
        )


def fmt_reporter(fmt: FmtFormat, out: TextIO, err: TextIO) -> FmtReporter:
    """The reporter of ``fmt``, writing to ``out`` and ``err``."""
    match fmt:
        case FmtFormat.TEXT:
            return _Text(out, err)
        case _:
            assert_never(fmt)
