"""Looking at a records file before counting: its format, its columns, and DuckDB's errors in Vietnamese."""

from __future__ import annotations

import codecs
import csv
import gzip
import re
from pathlib import Path
from typing import Any

from tthc_cli.errors import InputError, os_reason
from tthc_cli.load.bounded import check_regular
from tthc_cli.records.sql import RECORD_TYPES, REQUIRED_COLUMNS
from tthc_cli.text.normalize import fold

_HEAD_BYTES = 1 << 16

_TYPE_WORDS = {
    "DATE": "ngày (YYYY-MM-DD, có thể kèm giờ)",
    "TIMESTAMP": "ngày giờ (YYYY-MM-DD hoặc YYYY-MM-DD HH:MM:SS)",
    "BOOLEAN": "giá trị 0/1",
}


def is_parquet(path: Path) -> bool:
    """Parquet by extension, else by the ``PAR1`` magic at the start of the file."""
    if path.suffix.lower() in (".parquet", ".pq"):
        return True
    if path.suffix.lower() in (".csv", ".txt", ".tsv", ".gz"):
        return False
    with path.open("rb") as handle:
        return handle.read(4) == b"PAR1"


def check_readable(path: Path) -> None:
    """Raise :class:`InputError` unless ``path`` is an existing regular file (a FIFO would block DuckDB)."""
    check_regular(path, what="--records", max_bytes=None)


def _column_key(cell: str) -> str:
    return "_".join(fold(cell).split())


def csv_header(path: Path) -> tuple[list[str | None], str]:
    """The record column of each CSV column in order (``None`` for others) and the delimiter.

    The delimiter is the one of ``,`` ``;`` tab that occurs most in the header line.
    """
    opener: Any = gzip.open if path.suffix.lower() == ".gz" else open
    try:
        with opener(path, "rb") as handle:
            head: bytes = handle.read(_HEAD_BYTES)
    except OSError as exc:
        raise InputError(f"{path}: không đọc được tệp ({os_reason(exc)})") from None
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in head[:4096]:
        raise InputError(f"{path}: tệp không phải CSV UTF-8 (có thể là UTF-16)", hint="hãy lưu lại bằng UTF-8")
    head = head.removeprefix(codecs.BOM_UTF8)
    first = head.split(b"\n", 1)[0].rstrip(b"\r")
    try:
        line = first.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{path}: dòng tiêu đề không phải UTF-8", hint="hãy lưu lại bằng UTF-8") from None
    if not line.strip():
        raise InputError(f"{path}: tệp rỗng hoặc thiếu dòng tiêu đề")
    delimiter = max((",", ";", "\t"), key=line.count)
    cells = next(csv.reader([line], delimiter=delimiter))
    header: list[str | None] = []
    for cell in cells:
        key = _column_key(cell)
        if key in RECORD_TYPES and key in header:
            raise InputError(f"{path}: cột '{key}' xuất hiện hai lần ở dòng tiêu đề")
        header.append(key if key in RECORD_TYPES else None)
    require_columns(path, [h for h in header if h])
    return header, delimiter


def require_columns(path: Path, present: list[str]) -> None:
    """Raise :class:`InputError` naming the required record columns that ``present`` lacks."""
    missing = [c for c in REQUIRED_COLUMNS if c not in present]
    if missing:
        raise InputError(
            f"{path}: thiếu cột {', '.join(missing)}",
            hint="cần ít nhất " + ", ".join(REQUIRED_COLUMNS) + "; xem docs/counts-records.md",
        )


def parquet_schema(con: Any, path: Path) -> dict[str, str]:
    """Record column -> stored DuckDB type of a Parquet file (other columns are left out)."""
    from tthc_cli.records.sql import quote_literal

    try:
        described = con.execute(f"DESCRIBE SELECT * FROM read_parquet({quote_literal(str(path))})").fetchall()
    except Exception as exc:
        raise translate_error(exc, path) from None
    schema = {_column_key(str(row[0])): str(row[1]) for row in described}
    require_columns(path, list(schema))
    return {name: stored for name, stored in schema.items() if name in RECORD_TYPES}


_LINE = re.compile(r"CSV Error on Line: (\d+)")
_CONVERT = re.compile(r'converting column "([^"]+)"\. Could not convert string "(.*?)" to \'(\w+)\'')
_CAST = re.compile(r'Could not convert string [\'"](.*?)[\'"] to (\w+)|invalid \w+ field format: "(.*?)"')
_COUNT = re.compile(r"Expected Number of Columns: (\d+) Found: (\d+)")
_TYPE = re.compile(r"type for cast \((.+?) -> (\w+)\) when casting from source column (\w+)")


def translate_error(exc: BaseException, path: Path) -> InputError:
    """A one-line Vietnamese :class:`InputError` for an error DuckDB raised while reading ``path``."""
    text = str(exc)
    line = _LINE.search(text)
    where = f"{path}: dòng {line.group(1)}" if line else f"{path}"
    if m := _CONVERT.search(text):
        column, value, kind = m.groups()
        return InputError(f"{where}, cột {column}: không đọc được '{value}' thành {_TYPE_WORDS.get(kind, kind)}")
    if m := _TYPE.search(text):
        stored, wanted, column = m.groups()
        return InputError(
            f"{path}: cột {column} có kiểu {stored}, không đọc được thành {_TYPE_WORDS.get(wanted, wanted)}",
            hint="xuất lại tệp Parquet với kiểu cột như trong docs/counts-records.md",
        )
    if m := _COUNT.search(text):
        return InputError(f"{where}: có {m.group(2)} cột, dòng tiêu đề có {m.group(1)} cột")
    if "unterminated quote" in text:
        return InputError(f"{where}: dấu ngoặc kép không được đóng")
    if "not utf-8 encoded" in text or "Invalid unicode" in text:
        return InputError(f"{where}: không phải UTF-8 hợp lệ", hint="hãy lưu lại bằng UTF-8")
    if m := _CAST.search(text):
        value = m.group(1) if m.group(1) is not None else m.group(3)
        kind = _TYPE_WORDS.get(m.group(2) or "DATE", m.group(2))
        return InputError(f"{where}: không đọc được '{value}' thành {kind}")
    if "state machine reached an invalid state" in text and (mixed := mixed_line_end(path)):
        at, first, other = mixed
        return InputError(
            f"{path}: dòng {at} kết thúc bằng {other}, các dòng trước bằng {first} (lẫn lộn kiểu xuống dòng)",
            hint="lưu lại tệp với một kiểu xuống dòng (ví dụ mở rồi lưu lại bằng trình soạn thảo)",
        )
    if "magic bytes" in text or "parquet" in text.lower():
        return InputError(f"{path}: không phải tệp Parquet hợp lệ")
    if "Out of Memory" in text or "memory limit" in text.lower():
        return InputError(f"{path}: không đủ bộ nhớ trong giới hạn đã đặt", hint="tăng --memory-limit")
    summary = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    return InputError(f"{where}: không đọc được tệp ({summary})")


def mixed_line_end(path: Path) -> tuple[int, str, str] | None:
    """(line, ending of the first line, other ending) where a CSV first ends its lines differently, if it does.

    Read in chunks (gzip too), so a large file costs a scan and no memory. Quoted fields with line breaks
    are not told apart: this only explains an error DuckDB already raised.
    """
    opener: Any = gzip.open if path.suffix.lower() == ".gz" else open
    first: bytes | None = None
    line, prev = 1, b""
    with opener(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            data = prev + chunk
            start = 0
            while (i := data.find(b"\n", start)) >= 0:
                ending = b"\r\n" if i > 0 and data[i - 1 : i] == b"\r" else b"\n"
                first = first or ending
                if ending != first:
                    names = {b"\r\n": "CRLF", b"\n": "LF"}
                    return line, names[first], names[ending]
                line += 1
                start = i + 1
            prev = data[-1:] if data.endswith(b"\r") else b""
    return None
