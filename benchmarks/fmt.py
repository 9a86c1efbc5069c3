"""Benchmark of ``tthc fmt`` on generated plans, as whole processes.

Run: ``python benchmarks/fmt.py`` (``--quick`` for fewer repetitions and no 20.000-row plan). For plans of
5.000 and 20.000 rows it times ``tthc fmt --check`` on a file already in the canonical form (the usual case
in pre-commit and CI) and ``tthc fmt`` on the same plan written the way an office writes it (values in
quotes, ``stt`` before ``id``, trailing spaces), and prints each time as a ratio to the floor: a Python
process that only imports pydantic and ruamel.yaml, timed in the same run. It also times the round-trip
formatter alone (the fast path off) on the 5.000-row plan, in this process, as the baseline the fast
path replaces. Targets (issue 9): 5.000 rows in under 2 s, 20.000 rows in under 5 s.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from validate import generated_plan, timed

ROOT = Path(__file__).resolve().parent.parent


def office_written(canonical: str) -> str:
    """The plan as offices write it: quoted values, ``stt`` before ``id``, trailing spaces."""
    out: list[str] = []
    lines = canonical.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        row = re.match(r"^(\s*)- id: (t\d+)$", line)
        if row and i + 1 < len(lines) and lines[i + 1].strip().startswith("stt:"):
            out += [f"{row.group(1)}- {lines[i + 1].strip()}   ", f'{row.group(1)}  id: "{row.group(2)}"']
            i += 2
            continue
        cell = re.match(r"^(\s*)(content|lead|deadline): (.+)$", line)
        out.append(f"{cell.group(1)}{cell.group(2)}: '{cell.group(3)}'" if cell else line)
        i += 1
    return "\n".join(out)


def timed_write(cmd: list[str], path: Path, text: str, reps: int) -> float:
    """Median wall time of ``cmd`` formatting ``path``, written afresh with ``text`` before each run."""
    times = []
    for _ in range(reps):
        path.write_text(text, encoding="utf-8")
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def round_trip_seconds(text: str) -> float:
    """The round-trip formatter alone, in this process: what ``fmt`` cost before the fast path."""
    from tthc_cli.review.fmt import format_text

    start = time.perf_counter()
    format_text(text, fast=False)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, 5.000 rows only (smoke test)")
    parser.add_argument("--rows", type=int, nargs="*", help="plan sizes (default: 5000 20000)")
    args = parser.parse_args()
    reps = 1 if args.quick else 5
    sizes = args.rows or ([5000] if args.quick else [5000, 20000])
    py = sys.executable
    floor = timed([py, "-c", "import pydantic, ruamel.yaml"], reps)
    print(f"Sàn: python -c 'import pydantic, ruamel.yaml' = {floor * 1000:.0f} ms (trung vị {reps} lần)")
    print(f"{'phép đo':<44} {'thời gian':>10} {'so với sàn':>11}  mục tiêu  kết quả")
    results: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            canonical = generated_plan(n)
            path = Path(tmp) / f"kế hoạch {n}.yaml"
            path.write_text(canonical, encoding="utf-8")
            check = timed([py, "-m", "tthc_cli", "fmt", "--check", str(path)], reps)
            write = timed_write([py, "-m", "tthc_cli", "fmt", str(path)], path, office_written(canonical), reps)
            same = path.read_text(encoding="utf-8") == canonical
            limit = 2.0 if n <= 5000 else 5.0 * n / 20000
            label = f"{n:,}".replace(",", ".")
            runs = ((f"fmt --check, {label} dòng, đã chuẩn", check), (f"fmt, {label} dòng, cần định dạng", write))
            for name, t in runs:
                verdict = "đạt" if t < limit else "CHƯA ĐẠT"
                print(f"{name:<44} {t * 1000:>8.0f} ms {t / floor:>10.2f}×  < {limit:.0f} s    {verdict}")
            if not same:
                print(f"  CẢNH BÁO: kết quả định dạng {label} dòng khác dạng chuẩn")
            results[n] = write
    first = sizes[0]
    baseline = round_trip_seconds(office_written(generated_plan(first)))
    label = f"{first:,}".replace(",", ".")
    print(
        f"Bộ định dạng round-trip (không có đường nhanh), {label} dòng, trong tiến trình: {baseline * 1000:.0f} ms; "
        f"fmt cả tiến trình nhanh hơn {baseline / results[first]:.1f} lần"
    )


if __name__ == "__main__":
    main()
