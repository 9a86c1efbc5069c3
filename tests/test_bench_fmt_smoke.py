"""The fmt benchmark runs with one command and prints its figures (a smoke test, not a timing test)."""

from __future__ import annotations

from conftest import run_benchmark


def test_fmt_benchmark_prints_figures() -> None:
    proc = run_benchmark("fmt.py", "--quick", "--rows", "200")
    assert proc.code == 0, proc.err
    out = proc.out
    assert "Sàn: python -c 'import pydantic, ruamel.yaml'" in out
    assert "fmt --check, 200 dòng, đã chuẩn" in out and "fmt, 200 dòng, cần định dạng" in out
    assert "CẢNH BÁO" not in out, out
    assert "Bộ định dạng round-trip (không có đường nhanh), 200 dòng" in out
