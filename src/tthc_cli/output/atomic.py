"""Writing files so that a user's file is never lost or half-written, and stays what it was.

A regular file is replaced by renaming a fully written temporary file (unique name, in the folder where the
file really is, removed on every failure), with the old file's mode and owner. A symlink is followed: the
file it points to is written and the link stays a link. A device or a FIFO (``-o /dev/stdout``) is written
directly, since renaming over it would replace the device with a regular file.

A file with several hard links is written in place, because a rename would cut it off from its other
names: the new content is first written in full to a temporary file (so a full disk fails before the file
is touched), then copied over the old content; if that copy fails the old content is written back.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from tthc_cli.errors import OutputError, os_reason


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write_bytes(path: Path, data: bytes, *, check: Callable[[], None] | None = None) -> None:
    """Write ``data`` to ``path`` so that a failure leaves the old file whole (see the module docstring).

    ``check`` runs once the new content is safely staged, right before the old file is replaced; it may
    raise (fmt uses it to refuse when the file was changed meanwhile) and then nothing is written. Raises
    :class:`OutputError` with a one-line Vietnamese message when the file cannot be written.
    """
    try:
        info: os.stat_result | None = os.stat(path)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise OutputError(f"{path}: không ghi được tệp ({os_reason(exc)})") from None
    try:
        if info is not None and stat.S_ISDIR(info.st_mode):
            raise OutputError(f"{path}: là thư mục, không phải tệp")
        if info is not None and not stat.S_ISREG(info.st_mode):
            if check is not None:
                check()
            _write_direct(path, data)
            return
        target = Path(os.path.realpath(path))
        if not target.parent.is_dir():
            folder = target.parent if path.is_symlink() else path.parent
            raise OutputError(f"{path}: thư mục '{folder}' không tồn tại")
        _replace(target, data, info, check)
    except PermissionError:
        raise OutputError(
            f"{path}: không ghi được tệp (không có quyền, hoặc tệp đang mở trong chương trình khác)"
        ) from None
    except OSError as exc:
        raise OutputError(f"{path}: không ghi được tệp ({os_reason(exc)})") from None


def atomic_write_text(path: Path, text: str, *, check: Callable[[], None] | None = None) -> None:
    """Write UTF-8 text atomically (see :func:`atomic_write_bytes`); line ends are kept as given."""
    atomic_write_bytes(path, text.encode("utf-8"), check=check)


def _write_direct(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | getattr(os, "O_BINARY", 0))
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


def _replace(target: Path, data: bytes, info: os.stat_result | None, check: Callable[[], None] | None) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if info is None:
            # a new file gets the usual 0666 less the umask, not mkstemp's 0600
            os.chmod(tmp, 0o666 & ~_umask())
        else:
            os.chmod(tmp, stat.S_IMODE(info.st_mode))
            if hasattr(os, "chown") and (info.st_uid, info.st_gid) != _owner(tmp):
                with contextlib.suppress(OSError):  # only root may give a file away; others keep their own
                    os.chown(tmp, info.st_uid, info.st_gid)
        if check is not None:
            check()
        if info is not None and info.st_nlink > 1:
            _overwrite(target, data)
        else:
            os.replace(tmp, target)
            tmp = ""
    finally:
        if tmp:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _owner(path: str) -> tuple[int, int]:
    info = os.stat(path)
    return info.st_uid, info.st_gid


def _overwrite(target: Path, data: bytes) -> None:
    """Write ``data`` over a hard-linked file in place; on failure, put the old content back."""
    old = target.read_bytes()
    with open(target, "r+b") as handle:
        try:
            handle.write(data)
            handle.truncate()
            handle.flush()
            os.fsync(handle.fileno())
        except BaseException:
            handle.seek(0)
            handle.write(old)
            handle.truncate()
            raise
