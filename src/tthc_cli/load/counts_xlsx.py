"""Reading an XLSX counts sheet within bounds: streamed, capped in inflated size and rows, XML checked.

An XLSX is a zip of XML parts. A 1,5 MB file can inflate to gigabytes, hold a million empty rows, or carry
a DTD that an XML parser would act on; none of that is a monthly counts table. The archive is checked
before openpyxl sees it (inflated size, compression ratio, no ``<!DOCTYPE``), the sheet is read in
openpyxl's read-only mode row by row up to :data:`MAX_ROWS`, and merged ranges are read by streaming the
sheet's XML, so memory stays proportional to the rows kept.
"""

from __future__ import annotations

import itertools
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import iterparse

from tthc_cli.errors import InputError
from tthc_cli.load.bounded import check_regular
from tthc_cli.load.counts_grid import MAX_BYTES, Cell, Grid, Row, nfc_cell

MAX_INFLATED = 50 * 1024 * 1024
"""The XML parts of a workbook may inflate to this many bytes in all."""

MAX_ROWS = 100_000
"""Rows read from one sheet; a counts table has one row per unit."""

MAX_COLUMNS = 1_000
"""Columns a sheet may claim; a counts table has one per metric (the catalogue has about sixty)."""

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def check_archive(path: Path, name: str) -> None:
    """Refuse an archive that is not a zip, inflates past :data:`MAX_INFLATED` or has a DTD in a part."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            inflated = sum(m.file_size for m in members)
            if inflated > MAX_INFLATED:
                raise InputError(
                    f"{name}: tệp XLSX giải nén ra {inflated // 1024 // 1024} MB "
                    f"(tối đa {MAX_INFLATED // 1024 // 1024} MB); không đọc"
                )
            for member in members:
                if member.filename.endswith((".xml", ".rels", ".vml")):
                    with archive.open(member) as part:
                        head = part.read(4096)
                    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                        raise InputError(f"{name}: tệp XLSX chứa khai báo DTD/ENTITY ở {member.filename}; không đọc")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, OSError, EOFError) as exc:
        raise InputError(f"{name}: không phải tệp XLSX hợp lệ ({exc})") from None


def read_xlsx_grid(path: Path, sheet: str | None = None) -> Grid:
    """Read a sheet of an XLSX workbook (the named one, else the first) into a grid.

    Merged ranges are recorded; :meth:`Grid.filled` spreads a header's value over its range.
    """
    import openpyxl

    name = f"--counts: {path}"
    check_regular(path, what="--counts", max_bytes=MAX_BYTES)
    check_archive(path, name)
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (
        zipfile.BadZipFile,
        KeyError,
        ValueError,
        OSError,
        SyntaxError,
        TypeError,
    ) as exc:  # XML errors are SyntaxError
        raise InputError(f"{name}: không phải tệp XLSX hợp lệ ({type(exc).__name__}: {exc})") from None
    try:
        if sheet is not None and sheet not in wb.sheetnames:
            raise InputError(f"{path}: không có trang tính '{sheet}'", hint=f"các trang: {', '.join(wb.sheetnames)}")
        ws: Any = wb[sheet] if sheet else wb.worksheets[0]
        # the sheet's own <dimension>: refused early when absurd (the streaming count below still holds)
        if (ws.max_row or 0) > MAX_ROWS:
            raise InputError(f"{name}: trang tính có {ws.max_row} dòng (tối đa {MAX_ROWS}); không đọc")
        if (ws.max_column or 0) > MAX_COLUMNS:
            raise InputError(f"{name}: trang tính có {ws.max_column} cột (tối đa {MAX_COLUMNS}); không đọc")
        grid = Grid(f"{path}" + (f"[{ws.title}]" if sheet else ""), [])
        grid.merged = _guarded(name, lambda: _merged(wb, ws))
    except BaseException:
        wb.close()
        raise
    grid.rows = _rows(wb, ws, name)
    return grid


def _guarded(name: str, read: Any) -> Any:
    try:
        return read()
    except (SyntaxError, ValueError, KeyError, TypeError, zipfile.BadZipFile) as exc:  # XML errors are SyntaxError
        raise InputError(f"{name}: nội dung XLSX hỏng ({type(exc).__name__}: {exc})") from None


def _rows(wb: Any, ws: Any, name: str) -> Iterator[Row]:
    """The sheet's rows, streamed; the workbook is closed when they are all read (or reading stops)."""
    try:
        cells = ws.iter_rows(min_row=1, min_col=1, values_only=True)  # numbered as the sheet numbers them
        for i in itertools.count(1):
            row = _guarded(name, lambda: next(cells, None))
            if row is None:
                return
            if i > MAX_ROWS:
                raise InputError(f"{name}: trang tính có hơn {MAX_ROWS:,} dòng; không đọc".replace(",", "."))
            yield i, [nfc_cell(c) for c in _trim(row)]
    finally:
        wb.close()


def _trim(row: tuple[Any, ...]) -> list[Cell]:
    """The row without its trailing empty cells (a sheet's dimension can claim thousands of columns)."""
    cells = list(row)
    while cells and cells[-1] is None:
        cells.pop()
    return cells


def _merged(wb: Any, ws: Any) -> list[tuple[int, int, int, int, str]]:
    """The sheet's merged ranges, read by streaming its XML part (read-only sheets do not keep them)."""
    from openpyxl.utils.cell import range_boundaries

    out: list[tuple[int, int, int, int, str]] = []
    with wb._archive.open(ws._worksheet_path) as source:
        for _event, element in iterparse(source):
            if element.tag == f"{_MAIN}mergeCell":
                ref = element.get("ref", "")
                c0, r0, c1, r1 = range_boundaries(ref)
                if None not in (c0, r0, c1, r1):
                    out.append((r0, c0, r1, c1, ref))
            elif element.tag == f"{_MAIN}row":
                element.clear()
    return out
