"""Opening the file to import: .docx directly; .doc and .odt converted by LibreOffice first; bad input refused.

Every refusal is an :class:`InputError` with one Vietnamese line: a file that is not a Word document, a
damaged one, or an archive that would unpack to far more than any real plan (a zip bomb) is never handed to
the XML parser.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from tthc_cli.errors import InputError, os_reason

MAX_FILE = 50 * 1024 * 1024
"""Largest file read (bytes)."""
MAX_UNPACKED = 200 * 1024 * 1024
"""Largest total size of the archive's members once unpacked."""
MAX_RATIO = 200
"""Largest ratio of unpacked to packed size of one member (real documents stay far below)."""
CONVERTED = (".doc", ".odt", ".rtf")
"""Formats read through LibreOffice."""


def open_document(path: Path) -> Any:
    """The python-docx document of ``path`` (converted first when it is .doc/.odt)."""
    if not path.is_file():
        raise InputError(f"{path}: không có tệp này")
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        raise InputError(
            f"{path}: không nhập từ PDF được",
            hint="hãy dùng bản .docx, .doc hoặc .odt của văn bản; chữ lấy ra từ PDF không giữ được bảng",
        )
    return _parse(path, _convert(path) if suffix in CONVERTED else _read(path))


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_FILE:
            raise InputError(f"{path}: tệp quá lớn (trên {MAX_FILE // (1024 * 1024)} MB)")
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: không đọc được tệp ({os_reason(exc)})") from None


def _check_archive(path: Path, data: bytes) -> None:
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise InputError(f"{path}: không phải tệp Word .docx (cũng không phải .doc hay .odt)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            names = {m.filename for m in members}
            total = 0
            for m in members:
                total += m.file_size
                if total > MAX_UNPACKED or (m.compress_size and m.file_size / m.compress_size > MAX_RATIO):
                    raise InputError(f"{path}: tệp nén bất thường (giải nén ra quá lớn), không đọc")
    except zipfile.BadZipFile:
        raise InputError(f"{path}: tệp .docx bị hỏng (không giải nén được)") from None
    if "word/document.xml" not in names:
        raise InputError(f"{path}: không phải tệp Word .docx (thiếu phần nội dung word/document.xml)")


def _parse(path: Path, data: bytes) -> Any:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    _check_archive(path, data)
    try:
        return docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, XMLSyntaxError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise InputError(f"{path}: tệp .docx bị hỏng ({type(exc).__name__})") from None


def _convert(path: Path) -> bytes:
    from tthc_cli.render.pdf import find_soffice
    from tthc_cli.render.soffice import convert

    soffice = find_soffice()
    if soffice is None:
        raise InputError(
            f"{path}: cần LibreOffice để đọc tệp {path.suffix.lower()} (không tìm thấy lệnh soffice)",
            hint="cài LibreOffice, ví dụ apt-get install libreoffice-writer, hoặc lưu văn bản thành .docx trong Word",
        )
    with tempfile.TemporaryDirectory(prefix="tthc-import-") as tmp:
        source = Path(tmp, "in" + path.suffix.lower())
        source.write_bytes(_read(path))
        why = convert(soffice, source, "docx", Path(tmp))
        if why is not None:
            raise InputError(f"{path}: LibreOffice không chuyển được sang .docx ({why})")
        produced = source.with_suffix(".docx")
        if not produced.is_file():
            raise InputError(f"{path}: LibreOffice không chuyển được sang .docx (tệp hỏng hoặc không phải văn bản)")
        return produced.read_bytes()
