"""LibreOffice is found where its installers put it, or through TTHC_SOFFICE; the hint fits the system."""

from __future__ import annotations

from pathlib import Path

import pytest

from tthc_cli.render.soffice import install_hint, locate_soffice, standard_locations


def _nothing_on_path(_name: str) -> str | None:
    return None


def _program(path: Path) -> Path:
    path.parent.mkdir(parents=True)
    path.write_bytes(b"")
    return path


@pytest.mark.parametrize("var", ["ProgramFiles", "ProgramFiles(x86)"])
def test_windows_program_files(tmp_path: Path, var: str) -> None:
    exe = _program(tmp_path / "Program Files" / "LibreOffice" / "program" / "soffice.exe")
    env = {var: str(tmp_path / "Program Files")}
    assert locate_soffice(env, "win32", _nothing_on_path) == str(exe)


def test_windows_default_folders_are_known_without_environment() -> None:
    found = [str(p) for p in standard_locations("win32", {})]
    assert any("Program Files\\LibreOffice" in p or "Program Files/LibreOffice" in p for p in found)
    assert any("(x86)" in p for p in found)


def test_macos_app_bundle(tmp_path: Path) -> None:
    assert Path("/Applications/LibreOffice.app/Contents/MacOS/soffice") in standard_locations("darwin", {})
    exe = _program(tmp_path / "Applications" / "LibreOffice.app" / "Contents" / "MacOS" / "soffice")
    assert locate_soffice({"HOME": str(tmp_path)}, "darwin", _nothing_on_path) == str(exe)


def test_environment_variable_wins(tmp_path: Path) -> None:
    exe = _program(tmp_path / "Di động" / "soffice")
    assert locate_soffice({"TTHC_SOFFICE": str(exe)}, "linux", lambda _n: "/usr/bin/soffice") == str(exe)
    assert locate_soffice({"TTHC_SOFFICE": str(tmp_path / "không-có")}, "linux", _nothing_on_path) is None


def test_path_before_standard_folders() -> None:
    assert locate_soffice({}, "linux", lambda n: f"/opt/bin/{n}" if n == "libreoffice" else None) == (
        "/opt/bin/libreoffice"
    )
    assert locate_soffice({}, "linux", _nothing_on_path) is None


@pytest.mark.parametrize(
    ("platform", "needle"),
    [("win32", "winget install"), ("darwin", "brew install"), ("linux", "apt-get install")],
)
def test_install_hint_for_the_system(platform: str, needle: str) -> None:
    hint = install_hint({}, platform)
    assert needle in hint and "TTHC_SOFFICE" in hint
    others = {"winget", "brew", "apt-get"} - {needle.split()[0]}
    assert not any(o in hint for o in others)


def test_hint_points_at_a_wrong_environment_variable() -> None:
    assert "TTHC_SOFFICE=/sai/chỗ" in install_hint({"TTHC_SOFFICE": "/sai/chỗ"}, "linux")
