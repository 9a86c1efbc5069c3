"""The small exception hierarchy for failures that stop a run.

Findings about a plan are values (:class:`tthc_cli.findings.Diagnostic`); these exceptions are for
things that make it impossible to go on: a file that cannot be read, a configuration that is wrong. The
CLI catches :class:`TthcError` once and prints its message in one line.
"""

from __future__ import annotations

import errno


class TthcError(Exception):
    """Base of every error that the CLI reports in one line (exit code 2 unless said otherwise)."""

    exit_code = 2

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message} ({self.hint})"


class InputError(TthcError):
    """An input file or folder is missing, unreadable or not of the expected kind."""


class ConfigError(TthcError):
    """The configuration (``tthc.toml`` or ``[tool.tthc]``) is invalid."""


class OutputError(TthcError):
    """An output file cannot be written."""


_OS_REASONS = {
    errno.ENOENT: "không có tệp hoặc thư mục này",
    errno.EACCES: "không có quyền (hoặc tệp đang mở trong chương trình khác, như Excel, Word)",
    errno.EPERM: "không được phép",
    errno.ENOSPC: "ổ đĩa hết chỗ",
    errno.EISDIR: "đây là một thư mục",
    errno.ENOTDIR: "một phần của đường dẫn không phải thư mục",
    errno.EROFS: "ổ đĩa chỉ đọc",
    errno.EEXIST: "đã có",
    errno.ENAMETOOLONG: "tên tệp quá dài",
    errno.EBUSY: "đang được dùng",
    errno.EMFILE: "mở quá nhiều tệp cùng lúc",
    errno.EIO: "lỗi đọc ghi thiết bị",
    errno.ELOOP: "liên kết tượng trưng vòng quanh",
    errno.EINVAL: "đường dẫn hoặc tên không hợp lệ",
    errno.EXDEV: "không chuyển được sang ổ đĩa khác",
    errno.ENOTEMPTY: "thư mục không trống",
}
_WINDOWS_REASONS = {
    32: "tệp đang mở trong chương trình khác (như Excel, Word); đóng tệp rồi chạy lại",
    33: "tệp đang bị khóa",
}
"""Windows error codes with no errno of their own (ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION)."""


def os_reason(exc: OSError) -> str:
    """Why the system refused, in Vietnamese (the system's own words, which are English, when the error is
    not a known one)."""
    winerror = getattr(exc, "winerror", None)
    if winerror in _WINDOWS_REASONS:
        return _WINDOWS_REASONS[winerror]
    if exc.errno is not None and exc.errno in _OS_REASONS:
        return _OS_REASONS[exc.errno]
    return exc.strerror or str(exc)
