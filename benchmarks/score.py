"""Benchmark of ``tthc counts --records`` against plain pandas, and of ``tthc score`` on a year of files.

One command: ``python benchmarks/score.py [--sizes 1e6,1e7,5e7] [--quick]``.

1. Generates 1, 10 and 50 million dossier records (a province's year is about 1 million, the country's
   about 50 million) with DuckDB into ``benchmarks/_data/`` (git-ignored) as CSV and Parquet, reusing files
   that already exist. Records are written in order of receipt, as one-stop systems number them.
2. For each size and format runs ``tthc counts`` as a subprocess (the whole command is measured: start-up,
   reading, counting, writing) and the same counts written plainly with pandas (``read_csv`` /
   ``read_parquet`` + boolean columns + ``groupby``) as another subprocess; reports wall time, records per
   second and peak memory (``wait4`` of each child), checks that both give the same figures, and the ratio.
3. Times ``tthc score`` on 12 monthly files for 200 units (``benchmarks/score_table.py``).
4. Prints the targets of issue 3 and whether they are met.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "_data"
GIB = 1024**3
FLAGS = ("digitised_components", "digitised_result", "e_result", "fee_required", "paid_online", "reused_data", "synced")


def generate_sql(n: int) -> str:
    """``n`` records over December 2023 – December 2024, in order of receipt, with realistic shares."""
    units = max(200, min(10_000, n // 5_000))
    flag_cols = ", ".join(
        f"CAST((hash(i, {k + 10}) % 100) < {share} AS TINYINT) AS {name}"
        for k, (name, share) in enumerate(zip(FLAGS, (80, 75, 60, 40, 30, 20, 90), strict=True))
    )
    return f"""
WITH b AS (
  SELECT i, hash(i, 1) % 100 AS p, hash(i, 2) % 100 AS q, CAST(1 + hash(i, 3) % 22 AS INTEGER) AS span,
    TIMESTAMP '2023-12-01 07:00:00' + to_seconds(CAST(i * (397 * 86400) // {n} AS BIGINT))
      + to_seconds(CAST(hash(i, 4) % 36000 AS BIGINT)) AS ra
  FROM range({n}) t(i)
), c AS (
  SELECT *, CAST(ra AS DATE) AS rd,
    CAST(CASE WHEN q < 70 THEN hash(i, 5) % span WHEN q < 85 THEN span ELSE span + 1 + hash(i, 5) % 10 END
      AS INTEGER) AS took
  FROM b
), d AS (
  SELECT *, CASE WHEN rd + took <= DATE '2024-12-31' THEN rd + took END AS fd FROM c
)
SELECT
  'HS' || lpad(CAST(i AS VARCHAR), 10, '0') AS dossier_id,
  'UBND xã Số ' || lpad(CAST(hash(i, 6) % {units} AS VARCHAR), 5, '0') AS unit,
  ra AS received_at,
  rd + span AS due_at,
  fd AS finished_at,
  CASE WHEN p < 90 AND fd + CAST(hash(i, 7) % 4 AS INTEGER) <= DATE '2024-12-31'
       THEN fd + CAST(hash(i, 7) % 4 AS INTEGER) END AS returned_at,
  CASE WHEN hash(i, 8) % 100 < 60 THEN 'truc-tuyen' WHEN hash(i, 8) % 100 < 97 THEN 'truc-tiep'
       ELSE 'buu-chinh' END AS channel,
  CASE WHEN p >= 98 THEN 'tra-lai' WHEN p = 97 THEN 'rut' END AS status,
  {flag_cols}
FROM d
"""


def ensure_data(n: int, folder: Path) -> tuple[Path, Path]:
    """The CSV and Parquet files of ``n`` records, generated unless they already exist."""
    import duckdb

    folder.mkdir(parents=True, exist_ok=True)
    parquet, csv = folder / f"records-{n}.parquet", folder / f"records-{n}.csv"
    con = duckdb.connect()
    con.execute("SET threads = 2; SET preserve_insertion_order = true; SET memory_limit = '4GB'")
    con.execute("SET enable_progress_bar = false")
    for target, options, source in (
        (parquet, "FORMAT parquet", f"({generate_sql(n)})"),
        (csv, "FORMAT csv, HEADER", f"(SELECT * FROM read_parquet('{parquet}'))"),
    ):
        if target.exists():
            continue
        started = time.perf_counter()
        partial = target.with_suffix(target.suffix + ".part")
        con.execute(f"COPY {source} TO '{partial}' ({options})")
        partial.replace(target)
        size = target.stat().st_size / 1e6
        print(f"  tạo {target.name}: {size:,.0f} MB trong {time.perf_counter() - started:.1f} s", flush=True)
    con.close()
    return csv, parquet


@dataclass
class Run:
    """One measured subprocess."""

    seconds: float
    peak_bytes: int
    output: str
    error: str = ""
    cpu_seconds: float = 0.0
    """User + system CPU time of the child: comparable even when other programs share the machine."""


def measure(args: list[str]) -> Run:
    """Run ``args``; wall time and the child's own peak resident memory (``wait4`` on that child alone)."""
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out, tempfile.TemporaryFile("w+", encoding="utf-8") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(args, stdout=out, stderr=err, cwd=ROOT, text=True)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read().strip()
    peak = usage.ru_maxrss * 1024
    cpu = usage.ru_utime + usage.ru_stime
    if proc.returncode != 0:
        return Run(seconds, peak, "", stderr.splitlines()[-1] if stderr else f"mã thoát {proc.returncode}", cpu)
    return Run(seconds, peak, stdout, cpu_seconds=cpu)


def measure_median(args: list[str], repeat: int) -> Run:
    """``repeat`` runs: the one with the median wall time, with the highest peak memory of all of them."""
    runs = [measure(args) for _ in range(max(1, repeat))]
    failed = next((r for r in runs if r.error), None)
    if failed:
        return failed
    chosen = sorted(runs, key=lambda r: r.seconds)[len(runs) // 2]
    chosen.peak_bytes = max(r.peak_bytes for r in runs)
    return chosen


def available_memory() -> int:
    """MemAvailable from /proc/meminfo (bytes); a large number where unknown."""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 1 << 50


@dataclass
class Row:
    """The figures of one size and format."""

    size: int
    fmt: str
    tthc: Run
    pandas: Run | None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.pandas is None or self.pandas.error or self.tthc.error:
            return None
        return self.pandas.seconds / self.tthc.seconds


def _tthc_command() -> list[str]:
    """The ``tthc`` console script of the Python running this benchmark (the whole command is measured)."""
    script = Path(sys.executable).with_name("tthc")
    return [str(script)] if script.exists() else [sys.executable, "-m", "tthc_cli"]


TTHC = _tthc_command()


def bench_size(
    n: int, folder: Path, period: str, bounds: tuple[str, str], pandas_per_record: dict[str, float], repeat: int
) -> list[Row]:
    """``tthc counts`` and the pandas baseline on the CSV and Parquet of ``n`` records (median of runs)."""
    csv, parquet = ensure_data(n, folder)
    rows = []
    for fmt, path in (("CSV", csv), ("Parquet", parquet)):
        tthc_args = [*TTHC, "counts", "--records", str(path), "--period", period]
        tthc = measure_median(tthc_args, repeat)
        estimate = pandas_per_record.get(fmt, 0.0) * n
        note = ""
        pandas: Run | None = None
        if estimate > 0.7 * available_memory():
            note = f"bỏ qua pandas: ước tính cần {estimate / GIB:.1f} GiB, máy còn {available_memory() / GIB:.1f} GiB"
        else:
            script = str(ROOT / "benchmarks" / "counts_pandas.py")
            pandas = measure_median([sys.executable, script, str(path), *bounds, period], repeat)
            if not pandas.error:
                pandas_per_record[fmt] = max(pandas_per_record.get(fmt, 0.0), pandas.peak_bytes / n)
                if not tthc.error and pandas.output != tthc.output:
                    note = "KHÁC NHAU: số liệu pandas và tthc không khớp"
        rows.append(Row(n, fmt, tthc, pandas, note))
        print("  " + describe(rows[-1]), flush=True)
    return rows


def describe(row: Row) -> str:
    """One line of figures."""
    t = row.tthc
    if t.error:
        return f"{row.size:>12,} {row.fmt:<8} tthc lỗi: {t.error}"
    speed = row.size / t.seconds
    line = (
        f"{row.size:>12,} {row.fmt:<8} tthc {t.seconds:7.2f} s (CPU {t.cpu_seconds:6.1f} s) {speed:>12,.0f} hs/s "
        f"{t.peak_bytes / 2**20:5.0f} MiB"
    )
    p = row.pandas
    if p is not None and not p.error:
        line += (
            f" | pandas {p.seconds:7.2f} s (CPU {p.cpu_seconds:6.1f} s) {p.peak_bytes / 2**20:6.0f} MiB"
            f" | ×{row.ratio:.1f}"
        )
    elif p is not None:
        line += f" | pandas lỗi: {p.error}"
    return line + (f"  ({row.note})" if row.note else "")


def bench_score_table() -> tuple[str, float | None]:
    """``tthc score`` on 12 monthly files × 200 units, through the score helper's own benchmark."""
    script = ROOT / "benchmarks" / "score_table.py"
    if not script.exists():
        return "chưa có (benchmarks/score_table.py không tồn tại)", None
    run = measure([sys.executable, str(script), "--months", "12", "--units", "200"])
    if run.error:
        return f"chưa chạy được: {run.error}", None
    return run.output.strip().splitlines()[-1], run.seconds


def targets(rows: list[Row]) -> list[tuple[str, str, str]]:
    """(target, measured, verdict) for the targets of issue 3."""

    def one(size: int, fmt: str) -> Row | None:
        return next((r for r in rows if r.size == size and r.fmt == fmt and not r.tthc.error), None)

    def verdict(ok: bool | None) -> str:
        return "chưa đo" if ok is None else ("đạt" if ok else "CHƯA ĐẠT")

    out = []
    for fmt, need in (("CSV", 2.5), ("Parquet", 10.0)):
        ratios = [r.ratio for r in rows if r.fmt == fmt and r.ratio is not None]
        shown = ", ".join(f"×{x:.1f}" for x in ratios) or "-"
        out.append(
            (f"≥ {need:g}× pandas từ {fmt}".replace(".", ","), shown, verdict(min(ratios) >= need if ratios else None))
        )
    for size, fmt, limit in ((10_000_000, "CSV", 5.0), (10_000_000, "Parquet", 1.0), (50_000_000, "CSV", 25.0)):
        r = one(size, fmt)
        label = f"{size // 1_000_000} triệu hồ sơ từ {fmt} < {limit:g} s"
        out.append((label, f"{r.tthc.seconds:.2f} s" if r else "-", verdict(r.tthc.seconds < limit if r else None)))
    peaks = [r.tthc.peak_bytes for r in rows if not r.tthc.error]
    peak = f"{max(peaks) / 2**20:.0f} MiB" if peaks else "-"
    out.append(("Bộ nhớ đỉnh < 1 GiB ở mọi cỡ", peak, verdict(max(peaks) < GIB if peaks else None)))
    return out


def main(argv: list[str] | None = None) -> int:
    """Generate, measure, print."""
    parser = argparse.ArgumentParser(description="Đo tốc độ tthc counts / tthc score (xem docstring).")
    parser.add_argument("--sizes", default="1e6,1e7,5e7", help="số hồ sơ, cách nhau bởi dấu phẩy")
    parser.add_argument("--quick", action="store_true", help="chỉ 1 triệu hồ sơ")
    parser.add_argument("--period", default="2024-03", help="kỳ báo cáo đưa cho tthc counts")
    parser.add_argument("--data-dir", type=Path, default=DATA, help="thư mục dữ liệu sinh ra")
    parser.add_argument("--no-score", action="store_true", help="bỏ phần đo tthc score")
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="số lần chạy mỗi phép đo đến 10 triệu hồ sơ (lấy trung vị); 1 lần khi lớn hơn",
    )
    args = parser.parse_args(argv)
    sizes = [1_000_000] if args.quick else [int(float(x)) for x in args.sizes.split(",") if x.strip()]
    sys.path.insert(0, str(ROOT / "src"))
    from tthc_cli.model.period import parse_period

    period = parse_period(args.period)
    bounds = (period.start.isoformat(), period.end.isoformat())
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"Máy: {os.cpu_count()} lõi, {available_memory() / GIB:.1f} GiB trống, tải {load:.1f}; "
        f"kỳ {period.label}; dữ liệu ở {args.data_dir}",
        flush=True,
    )
    rows: list[Row] = []
    pandas_per_record: dict[str, float] = {}
    for n in sorted(sizes):
        print(f"{n:,} hồ sơ:", flush=True)
        repeat = args.repeat if n <= 10_000_000 else 1
        rows += bench_size(n, args.data_dir, period.label, bounds, pandas_per_record, repeat)
    print(
        f"\nKết quả (tthc counts so với pandas; cả lệnh, mỗi bên một tiến trình con; trung vị của {args.repeat} lần"
        " đến 10 triệu hồ sơ, 1 lần khi lớn hơn; bộ nhớ: đỉnh RSS):"
    )
    for row in rows:
        print("  " + describe(row))
    if not args.no_score:
        line, seconds = bench_score_table()
        timed = f" (tiến trình: {seconds:.2f} s)" if seconds is not None else ""
        print(f"\ntthc score, 12 tệp tháng × 200 đơn vị: {line}{timed}")
    print("\nMục tiêu (issue 3, máy 2 lõi):")
    for label, measured, verdict in targets(rows):
        print(f"  {label:<34} {measured:<24} {verdict}")
    return 1 if any(r.tthc.error for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
