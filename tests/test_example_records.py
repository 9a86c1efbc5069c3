"""The bundled dossier records of Tri Tôn go through `tthc counts` and then `tthc score` on the real plan."""

from __future__ import annotations

from pathlib import Path

from conftest import run_tthc

RECORDS = "examples/tri-ton/hoso-2024-q1.csv"


def test_records_to_counts_to_score(tmp_path: Path) -> None:
    counts = tmp_path / "2024-03.csv"
    result = run_tthc(
        "counts", "--records", RECORDS, "--period", "2024-03", "--units", "plans/tri-ton/units.yaml", "-o", str(counts)
    )
    assert result.code == 0, result.err
    header, *rows = counts.read_text(encoding="utf-8").splitlines()
    assert header.startswith("period,unit,carried_over,received_new") and len(rows) == 17
    scored = run_tthc("score", "--plan", "plans/tri-ton/2024.yaml", "--counts", str(counts), "--format", "json")
    assert scored.code == 0, scored.out + scored.err
    assert '"schema": "tthc.score/1"' in scored.out and "TT805" not in scored.out + scored.err
