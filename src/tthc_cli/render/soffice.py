"""Finding LibreOffice where its installers put it, and telling the user how to install it.

The Windows installer does not add LibreOffice to PATH and the macOS one puts it inside an app bundle, so
looking only on PATH misses most offices' installations. ``TTHC_SOFFICE`` names the program explicitly (a
portable copy, an unusual folder) and wins over everything else.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from tthc_cli.errors import os_reason

TIMEOUT = 180
"""Seconds one LibreOffice conversion may take."""
ENV_VAR = "TTHC_SOFFICE"
"""Environment variable naming the LibreOffice program (a path, or a command on PATH)."""

_WINDOWS_PROGRAM_DIRS = ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)")
_WINDOWS_DEFAULT_DIRS = ("C:\\Program Files", "C:\\Program Files (x86)")
_MACOS_APP = "LibreOffice.app/Contents/MacOS/soffice"


def standard_locations(platform: str, env: Mapping[str, str]) -> list[Path]:
    """Where LibreOffice's own installer puts ``soffice`` on ``platform`` (a ``sys.platform`` value)."""
    if platform.startswith("win"):
        dirs = [env[k] for k in _WINDOWS_PROGRAM_DIRS if env.get(k)] + list(_WINDOWS_DEFAULT_DIRS)
        seen = list(dict.fromkeys(dirs))
        return [Path(d, "LibreOffice", "program", "soffice.exe") for d in seen]
    if platform == "darwin":
        home = env.get("HOME")
        apps = [Path("/Applications")] + ([Path(home, "Applications")] if home else [])
        return [a / _MACOS_APP for a in apps]
    return []


def locate_soffice(
    env: Mapping[str, str] | None = None,
    platform: str | None = None,
    which: Callable[[str], str | None] | None = None,
) -> str | None:
    """The LibreOffice program: ``TTHC_SOFFICE``, then ``soffice``/``libreoffice`` on PATH, then the
    installer's standard folders; ``None`` when none exists (also when ``TTHC_SOFFICE`` names nothing)."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    which = shutil.which if which is None else which
    named = env.get(ENV_VAR, "").strip()
    if named:
        if Path(named).is_file():
            return named
        return which(named)
    found = which("soffice") or which("libreoffice")
    if found:
        return found
    return next((str(p) for p in standard_locations(platform, env) if p.is_file()), None)


def install_hint(env: Mapping[str, str] | None = None, platform: str | None = None) -> str:
    """How to install LibreOffice on this system, in Vietnamese, for the "not found" message."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    named = env.get(ENV_VAR, "").strip()
    if named:
        return f"{ENV_VAR}={named} không trỏ tới chương trình nào; sửa biến này hoặc xóa nó đi"
    if platform.startswith("win"):
        how = "winget install TheDocumentFoundation.LibreOffice, hoặc tải từ https://www.libreoffice.org/download/"
    elif platform == "darwin":
        how = "brew install --cask libreoffice"
    else:
        how = "sudo apt-get install libreoffice-writer (Debian, Ubuntu) hoặc gói libreoffice của bản Linux đang dùng"
    return f"cài LibreOffice: {how}; hoặc đặt {ENV_VAR} là đường dẫn tới soffice; rồi chạy lại với --pdf"


def convert(soffice: str, source: Path, to: str, outdir: Path) -> str | None:
    """Convert ``source`` with LibreOffice into ``outdir`` as ``to`` (``pdf``, ``docx``), with a profile of its
    own in ``outdir`` so that it runs beside an open LibreOffice. Returns why it could not run, in Vietnamese,
    or ``None`` (the caller checks that the file was made)."""
    profile = Path(outdir, "profile").as_uri()
    cmd = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", to, "--outdir", str(outdir)]
    try:
        subprocess.run([*cmd, str(source)], capture_output=True, timeout=TIMEOUT, check=False)
    except OSError as exc:
        return os_reason(exc)
    except subprocess.TimeoutExpired:
        return f"chạy quá {TIMEOUT} giây"
    return None
