"""Benchmark: ``tthc score`` wall time on 12 monthly counts files for 200 units.

Run with ``python benchmarks/score_table.py`` (options: ``--months``, ``--units``). The other
benchmark (``benchmarks/score.py``) may call :func:`bench_score` and print its figures with its own.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

INDICATORS = [
    ("online-dossiers", "Tối thiểu 50"),
    ("digitisation", "Tối thiểu 80"),
    ("on-time-resolution", "100"),
    ("online-payment", "Tối thiểu 45"),
    ("e-results", "100"),
    ("feedback-on-time", "100"),
    ("portal-sync", "100"),
    ("index-766", "Từ 80 điểm trở lên"),
]


def _plan(n_units: int) -> tuple[str, str]:
    units = "\n".join(f"  - {{id: xa-{i:03d}, name: xã Số {i}, kind: xa}}" for i in range(n_units))
    rows = "\n".join(
        f"            - {{stt: {i}, indicator: {key}, name: Chỉ tiêu {i}, target: {target}}}"
        for i, (key, target) in enumerate(INDICATORS, 1)
    )
    plan = f"""schema_version: 1
id: bench
year: 2024
level: huyen
locality: huyện Thử
units: units.yaml
document:
  kind: ke-hoach
  issuer: {{name: Ủy ban nhân dân huyện Thử}}
  place: Thử
  symbol: KH-UBND
  title: Kế hoạch thử
appendices:
  - id: pl
    title: Chỉ tiêu
    blocks:
      - table:
          columns: [{{key: stt, header: STT}}, {{key: content, header: Chỉ tiêu}}]
          items:
{rows}
"""
    return plan, f"schema_version: 1\nunits:\n{units}\n"


def _unit_counts(rng: random.Random) -> dict[str, int]:
    """One unit's month, consistent like a real export (parts add up, parts within wholes)."""

    def part(whole: int, low: float = 0.5) -> int:
        return rng.randint(int(whole * low), whole)

    c: dict[str, int] = {"carried_over": rng.randint(0, 200), "received_new": rng.randint(50, 3000)}
    c["received_total"] = c["carried_over"] + c["received_new"]
    c["received_online"] = part(c["received_new"], 0.3)
    c["received_postal"] = rng.randint(0, c["received_new"] - c["received_online"])
    c["received_direct"] = c["received_new"] - c["received_online"] - c["received_postal"]
    c["resolved"] = part(c["received_total"], 0.7)
    c["resolved_late"] = rng.randint(0, c["resolved"] // 50)
    c["resolved_on_time"] = rng.randint(0, c["resolved"] - c["resolved_late"])
    c["resolved_early"] = c["resolved"] - c["resolved_late"] - c["resolved_on_time"]
    c["pending"] = c["received_total"] - c["resolved"]
    c["pending_overdue"] = rng.randint(0, c["pending"] // 20)
    c["pending_on_time"] = c["pending"] - c["pending_overdue"]
    c["results_returned"] = part(c["resolved"], 0.9)
    c["digitised_results"] = part(c["results_returned"])
    c["e_results"] = part(c["results_returned"])
    c["results_synced"] = part(c["resolved"], 0.9)
    c["digitised_components"] = part(c["received_new"])
    c["reused_dossiers"] = part(c["received_new"], 0.1)
    c["payment_transactions"] = part(c["received_new"], 0.2)
    c["payment_online"] = part(c["payment_transactions"], 0.2)
    c["feedback_received"] = rng.randint(0, 5)
    c["feedback_handled"] = part(c["feedback_received"])
    c["feedback_on_time"] = part(c["feedback_handled"])
    c["satisfaction_responses"] = part(c["received_new"], 0.2)
    c["satisfied_responses"] = part(c["satisfaction_responses"], 0.8)
    return c


def _month(rng: random.Random, n_units: int) -> str:
    rows = [(f"xã Số {i}", _unit_counts(rng)) for i in range(n_units)]
    metrics = list(rows[0][1])
    lines = ["Đơn vị;" + ";".join(metrics)]
    for name, counts in rows:
        lines.append(name + ";" + ";".join(f"{counts[m]:,}".replace(",", ".") for m in metrics))
    return "\n".join(lines) + "\n"


def bench_score(months: int = 12, units: int = 200, seed: int = 1) -> dict[str, float]:
    """Generate the files, run ``tthc score`` (JSON to memory) and return its figures."""
    from tthc_cli.cli.score_run import ScoreRequest, build_report
    from tthc_cli.report.score_formats import ScoreFormat, render_score

    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / ".git").mkdir()
        plan, registry = _plan(units)
        (folder / "plan.yaml").write_text(plan, "utf-8")
        (folder / "units.yaml").write_text(registry, "utf-8")
        for m in range(1, months + 1):
            (folder / f"2024-{m:02d}.csv").write_text(_month(rng, units), "utf-8")
        start = time.perf_counter()
        report = build_report(ScoreRequest(counts=[str(folder / "2024-*.csv")], plan=folder / "plan.yaml"))
        scored = time.perf_counter()
        render_score(report, ScoreFormat.JSON)
        rendered = time.perf_counter()
    cells = sum(len(row) for p in report.periods for row in p.cells)
    assert not report.findings, report.findings[:3]
    return {
        "months": months,
        "units": units,
        "cells": cells,
        "score_s": scored - start,
        "json_s": rendered - scored,
        "total_s": rendered - start,
    }


def main(argv: list[str] | None = None) -> int:
    """Print the figures of one run."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--months", type=int, default=12)
    parser.add_argument("--units", type=int, default=200)
    args = parser.parse_args(argv)
    r = bench_score(args.months, args.units)
    print(
        f"tthc score: {r['months']:.0f} tệp tháng × {r['units']:.0f} đơn vị, {r['cells']:.0f} ô chỉ tiêu: "
        f"đọc + chấm {r['score_s']:.2f} s, xuất JSON {r['json_s']:.2f} s, tổng {r['total_s']:.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
