"""Writing files so that a user's file is never lost or half-written."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from tthc_cli.errors import OutputError


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename it.

    Raises :class:`OutputError` with a one-line Vietnamese message when the folder or the file cannot be
    written (missing folder, no permission, file locked by another program).
    """
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"{path}: thư mục '{folder}' không tồn tại")
    fd = -1
    tmp = ""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            fd = -1
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):
            # keep an existing file's mode; a new file gets the usual 0666 less the umask, not mkstemp's 0600
            os.chmod(tmp, path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask())
        os.replace(tmp, path)
        tmp = ""
    except PermissionError:
        raise OutputError(
            f"{path}: không ghi được tệp (không có quyền, hoặc tệp đang mở trong chương trình khác)"
        ) from None
    except OSError as exc:
        raise OutputError(f"{path}: không ghi được tệp ({exc.strerror or exc})") from None
    finally:
        if fd >= 0:
            os.close(fd)
        if tmp:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def atomic_write_text(path: Path, text: str) -> None:
    """Write UTF-8 text atomically (see :func:`atomic_write_bytes`); line ends are kept as given."""
    atomic_write_bytes(path, text.encode("utf-8"))
