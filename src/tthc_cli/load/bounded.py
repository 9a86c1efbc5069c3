"""The one reader of every file a user names: regular files only, never more than a cap.

A path can come from the command line (``--counts``), the configuration (``legal = […]``) or a plan
(``units:``, ``parent.path``). Whatever names it, a FIFO, a device or a socket must not be opened for
reading (``/dev/zero`` never ends, a FIFO blocks forever), and a file must not be read past its cap even if
it grows while being read. The error names the field or option that named the path, so that a user can
find which line to fix.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from tthc_cli.errors import InputError, os_reason

MAX_BYTES = 20 * 1024 * 1024
"""Plans, registries and catalogues larger than this are refused: a real plan is a few hundred kilobytes."""

_CHUNK = 1 << 20


def label(path: Path | str, what: str | None) -> str:
    """How a path is shown in errors: ``units: /dev/zero`` when the field ``units`` named it."""
    return f"{what}: {path}" if what else str(path)


def check_regular(path: Path, *, what: str | None = None, max_bytes: int | None = MAX_BYTES) -> int:
    """Raise :class:`InputError` unless ``path`` is an existing regular file within ``max_bytes``; its size."""
    name = label(path, what)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError(f"{name}: không tìm thấy tệp") from None
    except OSError as exc:
        raise InputError(f"{name}: không đọc được tệp ({os_reason(exc)})") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{name}: là thư mục, không phải tệp")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{name}: không phải tệp thường (thiết bị, FIFO hoặc socket); không đọc")
    if max_bytes is not None and info.st_size > max_bytes:
        raise too_large(name, info.st_size, max_bytes)
    return info.st_size


def too_large(name: str, size: int, max_bytes: int) -> InputError:
    """The error for a file over its cap (``size`` may be a lower bound when it grew while being read)."""
    return InputError(
        f"{name}: tệp quá lớn ({_mb(size)} MB, tối đa {_mb(max_bytes)} MB)",
        hint="tệp của tthc thường chỉ vài trăm KB; hãy kiểm tra lại tệp",
    )


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f}".replace(".", ",")


def read_bounded(path: Path, *, what: str | None = None, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of the regular file ``path``, refusing it past ``max_bytes`` (by ``stat`` and while reading).

    The file is opened without blocking and checked again once open, so that a path swapped for a FIFO
    between the check and the open cannot hang the run.
    """
    name = label(path, what)
    check_regular(path, what=what, max_bytes=max_bytes)
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise InputError(f"{name}: không đọc được tệp ({os_reason(exc)})") from None
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise InputError(f"{name}: không phải tệp thường (thiết bị, FIFO hoặc socket); không đọc")
        chunks: list[bytes] = []
        total = 0
        try:
            while chunk := handle.read(min(_CHUNK, max_bytes + 1 - total)):
                chunks.append(chunk)
                total += len(chunk)
                if total > max_bytes:
                    raise too_large(name, total, max_bytes)
        except OSError as exc:
            raise InputError(f"{name}: không đọc được tệp ({os_reason(exc)})") from None
    return b"".join(chunks)
