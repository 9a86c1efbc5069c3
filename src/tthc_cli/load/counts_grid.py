"""Counts files as grids of cells: CSV in the encodings and separators offices use, and XLSX."""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tthc_cli import codes
from tthc_cli.errors import InputError
from tthc_cli.load.bounded import read_bounded

MAX_BYTES = 50 * 1024 * 1024
"""Counts files larger than this are refused: monthly counts are a few kilobytes, a year of long-layout
counts of a province a few megabytes."""

Cell = object
"""A cell's value: text, a number (XLSX), a date (XLSX) or ``None``."""


Row = tuple[int, list[Cell]]
"""A row's 1-based number (line) and its cells."""


@dataclass
class Grid:
    """The cells of one table with their 1-based row numbers; columns are 1-based list positions + 1.

    ``rows`` is read once, in order, and may be a generator: a large file streams through the reader, so
    memory follows what is kept (units and periods), not the rows.
    """

    file: str
    rows: Iterable[Row]
    notes: list[tuple[str, int, int, str]] = field(default_factory=list)
    """What was noticed while reading: (code, row, column, message)."""
    merged: list[tuple[int, int, int, int, str]] = field(default_factory=list)
    """Merged ranges of an XLSX sheet: (first row, first column, last row, last column, "A1:C1")."""

    def filled(self, rows: list[Row], upto_row: int) -> list[Row]:
        """``rows`` with every merged range that starts at or above ``upto_row`` filled with its top-left
        value, so that a header spanning several columns names each of them."""
        rows = [(n, list(cells)) for n, cells in rows]
        index = {n: i for i, (n, _) in enumerate(rows)}
        for r0, c0, r1, c1, _ in self.merged:
            if r0 > upto_row or r0 not in index:
                continue
            top = rows[index[r0]][1][c0 - 1] if c0 - 1 < len(rows[index[r0]][1]) else None
            for r in range(r0, r1 + 1):
                if r not in index:
                    continue
                cells = rows[index[r]][1]
                for c in range(c0, min(c1, len(cells)) + 1):
                    cells[c - 1] = top
        return rows


def nfc_cell(cell: Cell) -> Cell:
    """A cell with its text in NFC (numbers and empty cells as they are)."""
    if isinstance(cell, str) and not cell.isascii():  # ASCII (most cells: numbers) is NFC already
        return unicodedata.normalize("NFC", cell)
    return cell


def decode_counts(raw: bytes, name: str, encoding: str | None) -> tuple[str, list[tuple[str, int, int, str]]]:
    """Decode a CSV file: the named encoding, else UTF-8 (BOM or not) or UTF-16 (BOM or NUL pattern),
    else Windows-1258. Returns the text and notes; an undecodable file is a note TT800 with its position."""
    notes: list[tuple[str, int, int, str]] = []
    if encoding:
        try:
            info = codecs.lookup(encoding)
        except LookupError:
            info = None
        if info is None or not getattr(info, "_is_text_encoding", True):  # rot13, hex, zlib_codec: not text
            raise InputError(
                f"--encoding: bảng mã không được hỗ trợ: {encoding}", hint="ví dụ: utf-8, utf-16, cp1258"
            ) from None
        candidates = [encoding]
    elif raw.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    elif len(raw) >= 4 and raw[1:40:2].count(0) > 10:
        candidates = ["utf-16-le"]
    elif len(raw) >= 4 and raw[0:40:2].count(0) > 10:
        candidates = ["utf-16-be"]
    else:
        candidates = ["utf-8", "cp1258"]
    first_error: UnicodeDecodeError | None = None
    for enc in candidates:
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError as exc:
            first_error = first_error or exc
            continue
        if first_error is not None and enc == "cp1258":
            line, col = _position(raw, first_error.start)
            notes.append(
                (
                    codes.COUNTS_ENCODING_GUESSED,
                    line,
                    col,
                    "tệp không phải UTF-8; đã đọc bằng bảng mã Windows-1258 (cp1258)",
                )
            )
        if text.startswith("\ufeff"):
            text = text[1:]
        return text, notes
    assert first_error is not None
    line, col = _position(raw, first_error.start)
    enc_name = encoding or "UTF-8"
    notes.append(
        (
            codes.COUNTS_UNREADABLE,
            line,
            col,
            f"không đọc được tệp bằng bảng mã {enc_name} (byte 0x{raw[first_error.start]:02x})",
        )
    )
    return "", notes


def _position(raw: bytes, offset: int) -> tuple[int, int]:
    before = raw[:offset]
    line = before.count(b"\n") + 1
    return line, len(before) - (before.rfind(b"\n") + 1) + 1


def sniff_delimiter(text: str) -> str:
    """The separator among ``,`` ``;`` and tab that splits the first lines into the most, most regular columns."""
    sample = "\n".join(text.splitlines()[:30])
    best, best_score = ",", (-1, -1)
    for delim in (",", ";", "\t"):
        try:
            rows = list(csv.reader(io.StringIO(sample), delimiter=delim))
        except csv.Error:
            continue  # the reader proper reports the broken line
        widths = [len(r) for r in rows if any(c.strip() for c in r)]
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        score = (widths.count(common) if common > 1 else 0, common)
        if score > best_score:
            best, best_score = delim, score
    return best


def read_csv_grid(path: Path, encoding: str | None = None) -> Grid:
    """Read a CSV (or TSV) counts file into a grid; decoding problems become notes, rows are streamed."""
    raw = _read_bytes(path)
    text, notes = decode_counts(raw, str(path), encoding)
    del raw
    grid = Grid(str(path), [], notes)
    if text:
        grid.rows = _csv_rows(grid, text)
    return grid


def _csv_rows(grid: Grid, text: str) -> Iterator[Row]:
    # NUL never means anything in a CSV; Python 3.10's csv module refuses lines with it, later ones keep it
    text = text.replace("\x00", "")
    csv.field_size_limit(max(csv.field_size_limit(), MAX_BYTES))  # one cell may be as large as the file
    reader = csv.reader(_lines(text), delimiter=sniff_delimiter(text))
    del text
    try:
        for row in reader:
            yield reader.line_num, [nfc_cell(c) for c in row]
    except csv.Error as exc:
        grid.notes.append((codes.COUNTS_UNREADABLE, reader.line_num, 1, f"CSV không hợp lệ: {exc}"))


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text`` with their line ends (LF, CRLF or a lone CR, as a file opened with ``newline=""``
    gives them), one at a time: a StringIO would hold a second copy of the file, at four bytes a character."""
    return (m.group() for m in _LINE.finditer(text))


def _read_bytes(path: Path) -> bytes:
    return read_bounded(path, what="--counts", max_bytes=MAX_BYTES)
