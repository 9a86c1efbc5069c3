"""Converting a rendered .docx to PDF with LibreOffice, when it is installed."""

from __future__ import annotations

import tempfile
from pathlib import Path

from tthc_cli.errors import OutputError, os_reason
from tthc_cli.output.atomic import atomic_write_bytes
from tthc_cli.render.soffice import convert, install_hint, locate_soffice


def find_soffice() -> str | None:
    """The LibreOffice program (``TTHC_SOFFICE``, PATH, or its installer's standard folders), or ``None``."""
    return locate_soffice()


def convert_to_pdf(docx: Path) -> Path:
    """Write ``docx`` as PDF next to it (atomically) and return the PDF's path.

    Raises :class:`OutputError` when LibreOffice is not installed or fails; the .docx is left as it is.
    """
    soffice = find_soffice()
    if soffice is None:
        raise OutputError(
            f"không tạo được PDF: chưa cài LibreOffice (lệnh soffice); tệp {docx} đã được ghi",
            hint=install_hint(),
        )
    target = docx.with_suffix(".pdf")
    with tempfile.TemporaryDirectory(prefix="tthc-pdf-") as tmp:
        why = convert(soffice, docx, "pdf", Path(tmp))
        if why is not None:
            raise OutputError(f"{docx}: LibreOffice không chuyển được sang PDF ({why})")
        produced = Path(tmp, docx.with_suffix(".pdf").name)
        if not produced.is_file():
            raise OutputError(f"{docx}: LibreOffice không chuyển được sang PDF")
        try:
            pdf = produced.read_bytes()
        except OSError as exc:
            raise OutputError(f"{docx}: không đọc được PDF do LibreOffice tạo ({os_reason(exc)})") from None
        atomic_write_bytes(target, pdf)
    return target
