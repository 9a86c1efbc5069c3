"""Atomic writes: the old file survives a failure, new files get ordinary permissions."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from tthc_cli.errors import OutputError
from tthc_cli.output.atomic import atomic_write_bytes, atomic_write_text


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has no Unix permission bits (chmod sets only read-only)")
def test_write_replace_and_mode(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    atomic_write_text(target, "một")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask
    target.chmod(0o640)
    atomic_write_text(target, "hai")
    assert target.read_text(encoding="utf-8") == "hai"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_missing_folder_is_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="không tồn tại"):
        atomic_write_bytes(tmp_path / "no" / "a.docx", b"x")


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="a read-only folder needs Unix permissions and not root"
)
def test_read_only_folder_keeps_old_file(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_text("cũ", encoding="utf-8")
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(OutputError):
            atomic_write_text(target, "mới")
    finally:
        tmp_path.chmod(0o755)
    assert target.read_text(encoding="utf-8") == "cũ"


def test_target_is_a_folder(tmp_path: Path) -> None:
    (tmp_path / "out.docx").mkdir()
    with pytest.raises(OutputError):
        atomic_write_bytes(tmp_path / "out.docx", b"x")
    assert [p.name for p in tmp_path.iterdir()] == ["out.docx"]
