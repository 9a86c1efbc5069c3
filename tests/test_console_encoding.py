"""A Windows console or pipe in an ANSI code page (cp1252, cp1258) never makes tthc crash.

Python writes redirected output in that code page, which has no room for most Vietnamese letters; tthc
reconfigures its streams to UTF-8 at start. Each command must keep the exit codes the README documents
(0 fine, 1 the plan or counts have errors, 2 wrong usage or unreadable input) instead of a traceback's 1.
"""

from __future__ import annotations

import pytest

from conftest import run_tthc

SCORE = ("score", "--plan", "examples/lap-vo/plan.yaml", "--counts", "examples/counts/series/*.csv")

CASES = [
    ("cp1252", ("--help",), 0, "Cách dùng:"),
    ("cp1252", ("validate", "--no-cache", "tests/data/core/bad_plan.yaml"), 1, "lỗi"),
    ("cp1252", ("validate", "không-có.yaml"), 2, "không tìm thấy"),
    ("cp1252", SCORE, 0, "Kết quả chỉ tiêu"),
    ("cp1252", ("rules",), 0, "Tên"),
    ("cp1258", ("--help",), 0, "Cách dùng:"),
    ("cp1258", ("validate", "plans/"), 0, "Không có lỗi"),
    ("cp1258", (*SCORE, "--fail-on", "chua-dat"), 1, "chưa đạt"),
    ("cp1258", ("rules", "TT702"), 0, "Ví dụ sai:"),
]


@pytest.mark.parametrize(("encoding", "args", "code", "needle"), CASES, ids=[f"{c[0]} {c[1][0]}" for c in CASES])
def test_ansi_code_page_output(encoding: str, args: tuple[str, ...], code: int, needle: str) -> None:
    result = run_tthc(*args, env={"PYTHONIOENCODING": encoding})
    assert "Traceback" not in result.err and "UnicodeEncodeError" not in result.err
    assert result.code == code, result.err
    assert needle in result.out + result.err
