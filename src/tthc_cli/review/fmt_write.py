"""Writing a formatted file back without losing anything: not an edit made meanwhile, not a read-only file.

The formatted text goes through :func:`~tthc_cli.output.atomic.atomic_write_text`, so a symlinked plan is
formatted where it really is and stays a link, and hard links, mode and owner are kept. Right before the old
file is replaced it is read again; if it no longer holds what was formatted (an editor saved it meanwhile)
nothing is written. A file without write permission is a deliberate "do not touch" and is refused unless
``force`` is given.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from tthc_cli.errors import OutputError, os_reason
from tthc_cli.load.source import SourceText, read_source
from tthc_cli.output.atomic import atomic_write_text


def write_formatted(path: Path, source: SourceText, text: str, *, force: bool = False) -> None:
    """Replace ``path`` (whose content was ``source`` when it was read) with ``text``.

    Raises :class:`OutputError` when the file is read-only (unless ``force``), changed since it was read,
    or cannot be written.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        raise OutputError(f"{path}: không đọc được tệp ({os_reason(exc)})") from None
    read_only = not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK)
    if read_only and not force:
        raise OutputError(f"{path}: tệp chỉ đọc, không định dạng", hint="dùng --force để vẫn ghi")

    def unchanged() -> None:
        if read_source(path) != source:
            raise OutputError(f"{path}: tệp đã bị sửa trong lúc định dạng; không ghi đè", hint="chạy lại tthc fmt")

    atomic_write_text(path, text, check=unchanged)
