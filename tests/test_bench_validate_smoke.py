"""The validate benchmark runs with one command and prints its figures (a smoke test, not a timing test)."""

from __future__ import annotations

from conftest import run_benchmark


def test_validate_benchmark_prints_figures() -> None:
    proc = run_benchmark("validate.py", "--quick", "--tasks", "200")
    assert proc.code == 0, proc.err
    out = proc.out
    assert "Sàn: python -c 'import pydantic, ruamel.yaml'" in out
    for name in (
        "tthc --help",
        "tthc validate --no-cache plans/",
        "(kết quả đã cache)",
        "tthc validate (kế hoạch 200 nhiệm vụ)",
    ):
        assert name in out
    assert out.count(" ms ") >= 3 and "×" in out
