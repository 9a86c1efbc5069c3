"""One file through ``tthc fmt``: read it, refuse what cannot be formatted safely, format its text."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tthc_cli.errors import TthcError
from tthc_cli.load.source import SourceText, read_source


@dataclass(frozen=True)
class FormattedFile:
    """A file and its canonical form."""

    path: Path
    """The file."""
    source: SourceText
    """What it holds now."""
    new: str
    """Its text in the canonical form (newlines as ``\\n``; written back with the file's own)."""

    @property
    def changed(self) -> bool:
        """Formatting would change the file: its text, its BOM or its mix of newline styles."""
        return self.new != self.source.text or self.source.had_bom or self.source.mixed_newlines

    @property
    def same_content(self) -> bool:
        """Only the newlines or the BOM would change."""
        return self.new == self.source.text


def format_file(path: Path, *, width: int) -> FormattedFile:
    """Format ``path``; raises :class:`TthcError` for a file that is unreadable, not UTF-8, or not YAML."""
    from tthc_cli.review.fmt import format_text  # looked up at each call, so a stand-in is used

    source = read_source(path)
    if source.decode_problem:
        p = source.decode_problem
        raise TthcError(f"{path}:{p.line}:{p.column}: không phải UTF-8 hợp lệ; không định dạng", hint=p.hint)
    if source.decoded_from:
        raise TthcError(f"{path}: tệp lưu bằng {source.decoded_from.label}; lưu lại bằng UTF-8 rồi định dạng")
    return FormattedFile(path, source, format_text(source.text, width=width, name=str(path)))
