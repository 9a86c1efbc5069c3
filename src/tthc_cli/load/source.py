"""Reading a text file the way users' files really are: BOM, CRLF, bad bytes, binaries, huge files."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from tthc_cli.errors import InputError
from tthc_cli.load.bounded import MAX_BYTES, read_bounded
from tthc_cli.load.encoding import Sniffed, sniff_8bit, sniff_wide

__all__ = ["MAX_BYTES", "DecodeProblem", "SourceText", "decode_source", "read_bounded", "read_source"]


@dataclass(frozen=True)
class DecodeProblem:
    """Where a file stopped being valid UTF-8."""

    line: int
    column: int
    byte: int
    encoding: Sniffed | None = None
    """The 8-bit code page the whole file seems to be in (``None``: UTF-8 with a few broken bytes)."""
    hint: str | None = None
    """How to convert the file to UTF-8."""


@dataclass(frozen=True)
class SourceText:
    """The decoded text of a file with what was noticed while decoding it."""

    text: str
    had_bom: bool
    had_crlf: bool
    decode_problem: DecodeProblem | None
    newline: str = "\n"
    """The file's line-ending style: ``"\r\n"`` when most of its line ends are CRLF, else ``"\n"``
    (``text`` itself always has ``"\n"``)."""
    mixed_newlines: bool = False
    """The file mixes line-ending styles (or has lone ``"\r"``): writing it in ``newline`` changes it."""
    decoded_from: Sniffed | None = None
    """The file was not UTF-8 but its encoding was certain (UTF-16 with a byte order mark, say): ``text`` is
    the right text, and the file should still be saved again in UTF-8."""


def read_source(path: Path, *, what: str | None = None, max_bytes: int = MAX_BYTES) -> SourceText:
    """Read ``path`` as UTF-8 text (through :func:`read_bounded`; ``what`` names who named the path).

    Raises :class:`InputError` for a missing, unreadable, binary, oversized or non-regular file. Invalid
    UTF-8 is not an exception: the bytes are replaced and the position of the first bad byte is reported, so
    the caller can turn it into a finding at its line.
    """
    return decode_source(read_bounded(path, what=what, max_bytes=max_bytes), str(path))


def decode_source(raw: bytes, name: str = "<input>") -> SourceText:
    """Decode bytes that should be UTF-8 (see :func:`read_source`)."""
    wide = sniff_wide(raw)
    if wide is not None:
        return _split_lines(raw.decode(wide.codec).removeprefix("\ufeff"), False, None, wide)
    if b"\x00" in raw[:8192]:
        raise InputError(f"{name}: là tệp nhị phân, không phải YAML")
    had_bom = raw.startswith(codecs.BOM_UTF8)
    if had_bom:
        raw = raw[len(codecs.BOM_UTF8) :]
    problem: DecodeProblem | None = None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col_bytes = before[before.rfind(b"\n") + 1 :]
        column = len(col_bytes.decode("utf-8", errors="replace")) + 1
        guess = sniff_8bit(raw)
        convert = guess.convert_hint(name) if guess else None
        problem = DecodeProblem(line=line, column=column, byte=raw[exc.start], encoding=guess, hint=convert)
        text = raw.decode("utf-8", errors="replace")
    return _split_lines(text, had_bom, problem, None)


def _split_lines(text: str, had_bom: bool, problem: DecodeProblem | None, decoded_from: Sniffed | None) -> SourceText:
    crlf = text.count("\r\n")
    lone_cr = text.count("\r") - crlf
    other = text.count("\n") - crlf + lone_cr
    had_crlf = crlf > 0
    if had_crlf:
        text = text.replace("\r\n", "\n")
    if "\r" in text:
        text = text.replace("\r", "\n")
    return SourceText(
        text=text,
        had_bom=had_bom,
        had_crlf=had_crlf,
        decode_problem=problem,
        newline="\r\n" if crlf > other else "\n",
        mixed_newlines=(crlf > 0 and other > 0) or lone_cr > 0,
        decoded_from=decoded_from,
    )
