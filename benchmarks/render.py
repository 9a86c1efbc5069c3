"""Benchmark ``tthc render``: each plan in plans/, a generated plan with 1.000 appendix rows, and the same
table built cell by cell with plain python-docx as the baseline.

    python benchmarks/render.py            # full run (target: 1.000 rows < 1,5 s, ≥ 1,5× baseline)
    python benchmarks/render.py --rows 50  # quick run (the smoke test uses this)
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
COLUMNS = [
    ("stt", "STT"),
    ("content", "Nội dung, nhiệm vụ"),
    ("directive", "Văn bản chỉ đạo"),
    ("lead", "Đơn vị thực hiện"),
    ("support", "Đơn vị phối hợp"),
    ("deadline", "Thời gian hoàn thành"),
    ("measure", "Đơn vị tính"),
    ("target", "Chỉ tiêu phấn đấu"),
]


def generated_plan(rows: int) -> dict[str, Any]:
    """A plan whose phụ lục has ``rows`` task rows in sections of 50."""
    sections = []
    for s in range(0, rows, 50):
        items = [
            {
                "stt": i + 1,
                "content": f"Nhiệm vụ số {i + 1}: rà soát, đơn giản hóa thủ tục hành chính & công khai kết quả",
                "directive": "Nghị quyết số 01/NQ-CP",
                "lead": "Các ngành huyện, UBND các xã, thị trấn",
                "support": "Văn phòng HĐND và UBND huyện",
                "deadline": "Quý I/2024",
                "measure": "%",
                "target": "Tối thiểu 50",
            }
            for i in range(s, min(rows, s + 50))
        ]
        sections.append({"stt": f"S{s // 50 + 1}", "title": f"Nhóm nhiệm vụ {s // 50 + 1}", "items": items})
    return {
        "id": "bench",
        "year": 2024,
        "level": "huyen",
        "locality": "huyện Thử",
        "document": {
            "kind": "quyet-dinh",
            "issuer": {"name": "Ủy ban nhân dân huyện Thử"},
            "place": "Thử",
            "symbol": "QĐ-UBND",
            "date": "2024-02",
            "title": "Về việc thử",
            "articles": ["Thử."],
        },
        "appendices": [
            {
                "id": "phu-luc",
                "title": "Phụ lục thử",
                "blocks": [{"table": {"columns": [{"key": k, "header": h} for k, h in COLUMNS], "sections": sections}}],
            }
        ],
    }


def baseline(plan: dict[str, Any]) -> bytes:
    """The same table built cell by cell with plain python-docx."""
    from docx import Document

    doc = Document()
    table = doc.add_table(rows=1, cols=len(COLUMNS))
    for cell, (_, header) in zip(table.rows[0].cells, COLUMNS, strict=True):
        cell.text = header
    for section in plan["appendices"][0]["blocks"][0]["table"]["sections"]:
        row = table.add_row()
        row.cells[0].text = section["stt"]
        row.cells[1].text = section["title"]
        for item in section["items"]:
            cells = table.add_row().cells
            for cell, (key, _) in zip(cells, COLUMNS, strict=True):
                cell.text = str(item.get(key, ""))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def timed(fn: Any, *args: Any, repeat: int = 3) -> float:
    """Best wall time of ``repeat`` calls, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn(*args)
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    """Print the figures; exit 1 when the 1.000-row targets are missed on a full run."""
    from tthc_cli.model.plan import Plan
    from tthc_cli.render.plan_doc import render_plan
    from tthc_cli.render.plan_file import LoadedPlan, load_plan

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    for path in sorted(ROOT.glob("plans/*/*.yaml")):
        if path.name == "units.yaml":
            continue
        try:
            loaded = load_plan(path)
        except Exception as exc:
            print(f"{path.relative_to(ROOT)}: bỏ qua ({exc})")
            continue
        print(f"{path.relative_to(ROOT)}: {timed(render_plan, loaded, repeat=args.repeat):.3f} s")

    data = generated_plan(args.rows)
    loaded = LoadedPlan(Plan.model_validate(data), Path("bench.yaml"))
    ours = timed(render_plan, loaded, repeat=args.repeat)
    base = timed(baseline, data, repeat=args.repeat)
    print(f"kế hoạch sinh ra, {args.rows} dòng phụ lục: tthc render {ours:.3f} s")
    print(f"cùng bảng dựng từng ô bằng python-docx: {base:.3f} s")
    print(f"nhanh hơn {base / ours:.1f} lần")
    if args.rows >= 1000 and (ours >= 1.5 or base / ours < 1.5):
        print("KHÔNG ĐẠT mục tiêu: dưới 1,5 s và nhanh hơn ít nhất 1,5 lần")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
