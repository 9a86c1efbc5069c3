"""Cross-check: DuckDB's counts equal a plain-Python reading of docs/counts-records.md on random records."""

from __future__ import annotations

import csv
import random
import tempfile
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tthc_cli.model.period import Period, parse_period
from tthc_cli.records.count import count_records
from tthc_cli.records.sql import RECORD_TYPES

COLUMNS = list(RECORD_TYPES)
FLAGS = COLUMNS[8:]
CHANNELS = {"truc-tuyen": "received_online", "truc-tiep": "received_direct", "buu-chinh": "received_postal"}
BASE = date(2024, 1, 15)


def reference(records: list[dict[str, object]], period: Period) -> dict[str, dict[str, int]]:
    """The counts, one record at a time, written as the documentation says."""
    s, e = period.start, period.end
    out: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in records:
        received = r["received_at"]
        assert isinstance(received, datetime)
        rd, dd = received.date(), r["due_at"]
        fd, td = r["finished_at"], r["returned_at"]
        assert isinstance(dd, date)
        assert (fd is None or isinstance(fd, date)) and (td is None or isinstance(td, date))
        closed = fd if fd is not None else td
        # "a unit has a row when at least one of its records touches the period", even if it counts nothing:
        # received by the end, and open at the start, closed in it, or its result handed back in it
        touches = rd <= e and (closed is None or closed >= s or (td is not None and td >= s))
        if not touches:
            continue
        c = out[str(r["unit"])]
        returned = r["status"] in ("tra-lai", "rut")
        flag = {f: r[f] == 1 for f in FLAGS}
        carried = rd < s and (closed is None or closed >= s)
        new = s <= rd <= e
        if td is not None and s <= td <= e and not returned:
            c["results_returned"] += 1
            c["digitised_results"] += flag["digitised_result"]
            c["e_results"] += flag["e_result"]
        if not (carried or new):
            continue
        c["carried_over"] += carried
        c["received_new"] += new
        c["received_total"] += 1
        if new:
            c[CHANNELS[str(r["channel"])]] += 1
            c["digitised_components"] += flag["digitised_components"]
            c["payment_transactions"] += flag["fee_required"]
            c["payment_online"] += flag["fee_required"] and flag["paid_online"]
            c["reused_dossiers"] += flag["reused_data"]
        c["due"] += s <= dd <= e
        if closed is not None and closed <= e:
            if returned:
                c["returned"] += 1
                continue
            c["resolved"] += 1
            c["resolved_early" if closed < dd else "resolved_on_time" if closed == dd else "resolved_late"] += 1
            c["results_synced"] += flag["synced"]
        else:
            c["pending"] += 1
            c["pending_overdue" if dd < e else "pending_on_time"] += 1
    return {unit: dict(values) for unit, values in out.items()}


def write_csv(records: list[dict[str, object]], folder: Path) -> Path:
    path = folder / "hoso.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS)
        writer.writeheader()
        for r in records:
            writer.writerow({k: "" if v is None else v for k, v in r.items()})
    return path


def check(records: list[dict[str, object]], period: Period) -> None:
    with tempfile.TemporaryDirectory() as folder:
        result = count_records(write_csv(records, Path(folder)), period)
    expected = reference(records, period)
    got = {unit: {m: v for m, v in values.items() if v} for unit, values in result.rows}
    assert got == {unit: {m: v for m, v in values.items() if v} for unit, values in expected.items()}


def record(
    i: int, unit: str, day: int, minute: int, span: int, took: int | None, handed: int | None, draw: dict[str, object]
) -> dict[str, object]:
    received = datetime.combine(BASE + timedelta(days=day), datetime.min.time()) + timedelta(minutes=minute)
    finished = None if took is None else received.date() + timedelta(days=took)
    back = None if handed is None else (finished or received.date()) + timedelta(days=handed)
    return {
        "dossier_id": f"HS{i:05d}",
        "unit": unit,
        "received_at": received,
        "due_at": received.date() + timedelta(days=span),
        "finished_at": finished,
        "returned_at": back,
        **draw,
    }


def draw_fields(rng: random.Random) -> dict[str, object]:
    return {
        "channel": rng.choice(list(CHANNELS)),
        "status": rng.choice(["", "", "", "tra-lai", "rut", "da-xu-ly"]),
        **{f: rng.randint(0, 1) for f in FLAGS},
    }


@st.composite
def records_strategy(draw: st.DrawFn) -> list[dict[str, object]]:
    rng = random.Random(draw(st.integers(0, 2**32)))
    n = draw(st.integers(1, 60))
    out = []
    for i in range(n):
        took = draw(st.none() | st.integers(0, 40))
        handed = draw(st.none() | st.integers(0, 5))
        unit = draw(st.sampled_from(["UBND xã A", "UBND xã B", "Phòng Tư pháp"]))
        out.append(
            record(
                i,
                unit,
                draw(st.integers(0, 90)),
                draw(st.integers(0, 1439)),
                draw(st.integers(0, 25)),
                took,
                handed,
                draw_fields(rng),
            )
        )
    return out


PERIODS = ["2024-02", "2024-03", "2024-Q1", "2024-02-15..2024-03-12", "2024-03-01..2024-03-01"]


@settings(max_examples=40, deadline=None)
@given(records_strategy(), st.sampled_from(PERIODS))
def test_matches_plain_python(records: list[dict[str, object]], period: str) -> None:
    check(records, parse_period(period))


def test_matches_plain_python_on_a_seeded_month() -> None:
    rng = random.Random(20240312)
    records = [
        record(
            i,
            f"Đơn vị {rng.randint(1, 12):02d}",
            rng.randint(0, 120),
            rng.randint(0, 1439),
            rng.randint(0, 30),
            rng.choice([None, rng.randint(0, 45)]),
            rng.choice([None, rng.randint(0, 7)]),
            draw_fields(rng),
        )
        for i in range(3000)
    ]
    for period in ("2024-03", "2024-02-15..2024-03-12"):
        check(records, parse_period(period))
