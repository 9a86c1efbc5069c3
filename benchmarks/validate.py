"""Benchmark of ``tthc validate`` and of start-up, as whole processes.

Run: ``python benchmarks/validate.py`` (``--quick`` for fewer repetitions). It prints, for each
measurement, the median wall time over several runs and its ratio to the floor: a Python process that only
imports pydantic and ruamel.yaml, timed on the same machine in the same run. Targets (issue 2):
``tthc --help`` within 1,6× the floor, ``tthc validate plans/`` within 2× the floor, and a generated plan
with 5.000 tasks validated in under 2 s. ``validate plans/`` is measured twice: checking every file
(``--no-cache``) and answering from the cache of unchanged files (the usual case in pre-commit and CI
re-runs); the 5.000-task plan is always checked in full.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tthc_cli.render.vnformat import roman

ROOT = Path(__file__).resolve().parent.parent


def timed(cmd: list[str], reps: int, cwd: Path = ROOT) -> float:
    """Median wall time of ``cmd`` over ``reps`` runs (after one warm-up run)."""
    subprocess.run(cmd, cwd=cwd, capture_output=True, check=False)
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def generated_plan(n_tasks: int) -> str:
    """A valid plan with ``n_tasks`` tasks in sections of 50."""
    lines = [
        "schema_version: 1",
        "id: bench",
        "year: 2024",
        "level: huyen",
        "locality: huyện Mẫu",
        "document:",
        "  kind: quyet-dinh",
        "  issuer: {name: Ủy ban nhân dân huyện Mẫu}",
        "  place: Mẫu",
        "  symbol: QĐ-UBND",
        "  date: 2024-02-16",
        "  title: Về việc ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2024",
        "appendices:",
        "  - id: phu-luc",
        "    title: PHỤ LỤC",
        "    blocks:",
        "      - table:",
        "          columns:",
        "            - {key: stt, header: STT}",
        "            - {key: content, header: Nội dung}",
        "            - {key: lead, header: Cơ quan chủ trì}",
        "            - {key: deadline, header: Thời gian hoàn thành}",
        "            - {key: result, header: Kết quả}",
        "          sections:",
    ]
    per_section = 50
    n_sections = (n_tasks + per_section - 1) // per_section
    task = 0
    for s in range(n_sections):
        no = roman(s + 1)
        lines += [
            f"            - id: s{s + 1}",
            f"              stt: {no}",
            f"              title: Nhóm nhiệm vụ {s + 1}",
            "              items:",
        ]
        for _ in range(min(per_section, n_tasks - task)):
            task += 1
            lines += [
                f"                - id: t{task}",
                f"                  stt: {task}",
                f"                  content: Thực hiện rà soát, đánh giá thủ tục hành chính thuộc lĩnh vực số {task}",
                "                  lead: Văn phòng HĐND và UBND huyện",
                "                  deadline: Quý II/2024",
                "                  result: Báo cáo kết quả rà soát",
            ]
    return "\n".join(lines) + "\n"


UNITS = """schema_version: 1
units:
  - {id: vp, name: Văn phòng HĐND và UBND huyện, kind: phong-ban}
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (smoke test)")
    parser.add_argument("--tasks", type=int, default=5000, help="tasks in the generated plan")
    args = parser.parse_args()
    reps = 3 if args.quick else 10
    py = sys.executable
    tthc = [py, "-m", "tthc_cli"]
    floor = timed([py, "-c", "import pydantic, ruamel.yaml"], reps)
    rows: list[tuple[str, float, float | None, str]] = []
    help_t = timed([*tthc, "--help"], reps)
    rows.append(("tthc --help", help_t, 1.6, "≤ 1,6× sàn"))
    cold_t = timed([*tthc, "validate", "--no-cache", "plans/"], reps)
    rows.append(("tthc validate --no-cache plans/", cold_t, 2.0, "≤ 2× sàn"))
    warm_t = timed([*tthc, "validate", "plans/"], reps)  # the warm-up run fills .tthc_cache/
    rows.append(("tthc validate plans/ (kết quả đã cache)", warm_t, 2.0, "≤ 2× sàn"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "plan.yaml").write_text(generated_plan(args.tasks), encoding="utf-8")
        (folder / "units.yaml").write_text(UNITS, encoding="utf-8")
        check = subprocess.run(
            [*tthc, "validate", "--no-cache", "plan.yaml"], cwd=folder, capture_output=True, text=True
        )
        big_t = timed([*tthc, "validate", "--no-cache", "plan.yaml"], max(1, reps // 3), cwd=folder)
    rows.append((f"tthc validate (kế hoạch {args.tasks:,} nhiệm vụ)".replace(",", "."), big_t, None, "< 2 s"))

    print(f"Sàn: python -c 'import pydantic, ruamel.yaml' = {floor * 1000:.0f} ms (trung vị {reps} lần)")
    print(f"{'phép đo':<42} {'thời gian':>10} {'so với sàn':>11}  mục tiêu      kết quả")
    for name, t, limit, goal in rows:
        ratio = t / floor
        met = ratio <= limit if limit is not None else t < 2.0
        print(f"{name:<42} {t * 1000:>8.0f} ms {ratio:>10.2f}×  {goal:<12}  {'đạt' if met else 'CHƯA ĐẠT'}")
    last_line = check.stdout.strip().splitlines()[-1] if check.stdout.strip() else check.stderr.strip()
    print(f"(kế hoạch sinh ra: {last_line})")


if __name__ == "__main__":
    main()
