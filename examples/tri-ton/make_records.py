"""Writes hoso-2024-q1.csv: 6.000 invented dossier records of huyện Tri Tôn's one-stop desks, January–March 2024.

The figures are invented (seeded, reproducible) in the proportions of seed 004's real March report: most
dossiers online, a few late, some carried over. Run ``python examples/tri-ton/make_records.py`` to regenerate.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

from tthc_cli.records.sql import RECORD_TYPES

UNITS = [
    ("Bộ phận Tiếp nhận và Trả kết quả cấp huyện", 1400),
    ("Phòng Tư pháp", 300),
    ("thị trấn Tri Tôn", 600),
    ("thị trấn Ba Chúc", 400),
    *(
        (f"xã {name}", 230)
        for name in (
            "An Tức",
            "Châu Lăng",
            "Cô Tô",
            "Lạc Quới",
            "Lê Trì",
            "Lương An Trà",
            "Lương Phi",
            "Núi Tô",
            "Ô Lâm",
            "Tà Đảnh",
            "Tân Tuyến",
            "Vĩnh Gia",
            "Vĩnh Phước",
        )
    ),
]
COLUMNS = list(RECORD_TYPES)


def main() -> None:
    rnd = random.Random(2024)
    start = dt.date(2023, 12, 15)
    rows = []
    n = 0
    for unit, count in UNITS:
        for _ in range(count):
            n += 1
            received = start + dt.timedelta(days=rnd.randrange(0, 107))
            due = received + dt.timedelta(days=rnd.choice([1, 3, 5, 7, 10, 15]))
            late = rnd.random() < 0.03
            finished: dt.date | None = (
                due + dt.timedelta(days=rnd.randint(1, 5))
                if late
                else received + dt.timedelta(days=rnd.randint(0, (due - received).days))
            )
            if finished > dt.date(2024, 3, 31) or rnd.random() < 0.02:
                finished = None
            status = "rut" if finished is not None and rnd.random() < 0.01 else ""
            returned = finished + dt.timedelta(days=rnd.randint(0, 2)) if finished and not status else None
            online = rnd.random() < (0.85 if unit.startswith(("xã", "thị trấn")) else 0.75)
            fee = rnd.random() < 0.4
            rows.append(
                [
                    f"TT-{n:05d}",
                    unit,
                    received.isoformat(),
                    due.isoformat(),
                    finished.isoformat() if finished else "",
                    returned.isoformat() if returned else "",
                    "truc-tuyen" if online else rnd.choice(["truc-tiep", "truc-tiep", "buu-chinh"]),
                    status,
                    int(rnd.random() < 0.9),
                    int(finished is not None and rnd.random() < 0.85),
                    int(finished is not None and rnd.random() < 0.8),
                    int(fee),
                    int(fee and rnd.random() < 0.55),
                    int(rnd.random() < 0.3),
                    int(finished is not None and rnd.random() < 0.97),
                ]
            )
    out = Path(__file__).with_name("hoso-2024-q1.csv")
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    print(f"đã ghi {out} ({len(rows)} hồ sơ)")


if __name__ == "__main__":
    main()
