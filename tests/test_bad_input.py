"""Bad input to ``tthc validate``: a finding or one line and the right exit code, never a traceback."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from conftest import DATA, run_tthc

PLAN = (DATA / "core" / "plan.yaml").read_bytes()


def setup(tmp_path: Path, content: bytes, name: str = "plan.yaml") -> Path:
    shutil.copy(DATA / "core" / "units.yaml", tmp_path / "units.yaml")
    path = tmp_path / name
    path.write_bytes(content)
    return path


def bomb() -> bytes:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i, name in enumerate("bcdefghi"):
        prev = "abcdefghi"[i]
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines).encode()


CASES: list[tuple[str, bytes, int, str]] = [
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), 2, "tệp nhị phân"),
    ("utf16", "id: x\n".encode("utf-16"), 1, "[TT012"),
    ("invalid-utf8", PLAN.replace("Mẫu".encode(), b"M\xe2u", 1), 1, "[TT008"),
    ("bom", b"\xef\xbb\xbf" + PLAN, 0, "Không có lỗi"),
    ("crlf", PLAN.replace(b"\n", b"\r\n"), 0, "Không có lỗi"),
    ("alias-bomb", bomb(), 1, "[TT005"),
    ("deep", b"a: " + b"[" * 50_000 + b"]" * 50_000, 1, "[TT007"),
    ("deep-block", b"".join(b"  " * i + b"a:\n" for i in range(300)), 1, "[TT007"),
    ("list", b"- a\n- b\n", 1, "[TT103"),
    ("scalar", b"just text\n", 1, "[TT103"),
    ("empty", b"", 1, "[TT103"),
    ("syntax", b"id: [x\nyear: 2024\n", 1, "plan.yaml:1:5: lỗi Lỗi cú pháp YAML: Ngoặc '[' mở ở dòng 1"),
    ("tabs", b"id: x\ndocument:\n\tkind: quyet-dinh\n", 1, "plan.yaml:3:1: lỗi"),
    ("python-tag", PLAN.replace(b"place: M", b"place: !!python/object/apply:os.system [M"), 1, "[TT001"),
    ("multi-doc", PLAN + b"\n---\nid: y\n", 0, "[TT004"),
]


@pytest.mark.parametrize(("name", "content", "code", "needle"), CASES, ids=[c[0] for c in CASES])
def test_bad_input(tmp_path: Path, name: str, content: bytes, code: int, needle: str) -> None:
    path = setup(tmp_path, content)
    start = time.perf_counter()
    result = run_tthc("validate", str(path))
    assert time.perf_counter() - start < 20
    assert "Traceback" not in result.out + result.err
    assert result.code == code, result.out + result.err
    assert needle in result.out + result.err


def test_missing_file_and_empty_folder(tmp_path: Path) -> None:
    result = run_tthc("validate", str(tmp_path / "nope.yaml"))
    assert result.code == 2 and result.out == "" and result.err.count("\n") == 1
    assert "không tìm thấy" in result.err
    result = run_tthc("validate", str(tmp_path))
    assert result.code == 2 and "không có kế hoạch" in result.err


def test_huge_file_is_refused_in_one_line(tmp_path: Path) -> None:
    path = setup(tmp_path, b"")
    with path.open("wb") as handle:
        handle.write(PLAN)
        handle.write(b"# " + b"x" * 1000 + b"\n" * 0)
        handle.truncate(50 * 1024 * 1024)
    result = run_tthc("validate", str(path))
    assert result.code == 2 and "quá lớn" in result.out + result.err
    assert "Traceback" not in result.out + result.err


def test_positions_survive_bom_and_crlf(tmp_path: Path) -> None:
    bad = PLAN.replace(b"year: 2024", b"year: 2024\nfoo: 1").replace(b"\n", b"\r\n")
    result = run_tthc("validate", str(setup(tmp_path, b"\xef\xbb\xbf" + bad)))
    assert "plan.yaml:4:1: lỗi Trường không được phép 'foo'" in result.out
