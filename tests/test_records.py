"""``tthc counts``: counts from a small hand-made records file whose every figure was computed by hand.

``tests/data/records/hoso.csv`` (period 2024-03), what each record tests:

- A1 carried over (received 20/2, finished 4/3), resolved early (due 5/3), results handed back 6/3;
  its flags do not count as a new receipt's.
- A2 carried over, resolved on the due day; A3 closed in February: counts nowhere.
- A4 carried over, still open: pending overdue (due 29/2).
- A5 new on 1/3 08:00 (the first day), online, resolved late (20/3 > 15/3), every flag set.
- A6 new on 31/3 16:30 (the last day, with a time), postal, pending on time.
- A7 received 1/4 00:00: after the period, counts nowhere.
- A8 new, direct, still open and due on 31/3, the period's last day: pending *on time*.
- A9 new, online, returned (tra-lai) on 12/3: neither resolved nor pending.
- A10 carried over, finished 2/4: pending at the end of March, overdue (due 1/3).
- A11 finished in January, result handed back 2/3: only results_returned, with its digitised and
  electronic result (those two count among the results handed back in the period, not among resolved).
- B1 new, direct, resolved on time; B2 received 28/2 23:59:59, withdrawn (rut) on 1/3 with only
  returned_at: carried over and returned; B3 new, finished 2/4: pending on time; B4 open since 2023: overdue.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from conftest import DATA, run_tthc
from tthc_cli.records.count import RecordCounts, count_records, parse_period
from tthc_cli.records.units import assign_units

RECORDS = DATA / "records" / "hoso.csv"

HEADER = (
    "period,unit,carried_over,received_new,received_total,received_online,received_direct,received_postal,"
    "due,resolved,resolved_early,resolved_on_time,resolved_late,pending,pending_on_time,pending_overdue,"
    "returned,digitised_components,digitised_results,results_returned,e_results,results_synced,"
    "payment_transactions,payment_online,reused_dossiers\n"
)
MARCH = (
    HEADER
    + "2024-03,Phòng Tư pháp,2,2,4,1,1,0,2,1,0,1,0,2,1,1,1,1,0,1,1,1,1,1,1\n"
    + "2024-03,UBND xã An Hảo,4,4,8,2,1,1,6,3,1,1,1,4,2,2,1,2,3,3,2,2,2,1,1\n"
)


def to_parquet(csv_path: Path, target: Path) -> Path:
    """The same records as Parquet with native DATE / TIMESTAMP / BOOLEAN columns."""
    import duckdb

    con = duckdb.connect()
    con.execute(
        f"COPY (SELECT * FROM read_csv('{csv_path}', header = true, types = {{'status': 'VARCHAR'}})) "
        f"TO '{target}' (FORMAT parquet)"
    )
    con.close()
    return target


def counts_of(result: RecordCounts, unit: str) -> dict[str, int]:
    return dict(result.rows)[unit]


def test_march_counts_by_hand() -> None:
    assert count_records(RECORDS, parse_period("2024-03")).to_csv() == MARCH


def test_parquet_gives_the_same_csv(tmp_path: Path) -> None:
    parquet = to_parquet(RECORDS, tmp_path / "hoso.parquet")
    assert count_records(parquet, parse_period("2024-03")).to_csv() == MARCH


def test_parquet_timestamps_count_by_day(tmp_path: Path) -> None:
    import duckdb

    target = tmp_path / "hoso.parquet"
    con = duckdb.connect()
    con.execute(
        "COPY (SELECT * REPLACE (CAST(finished_at AS TIMESTAMP) + INTERVAL 15 HOUR AS finished_at, "
        "CAST(due_at AS TIMESTAMP) AS due_at, CAST(digitised_components AS INTEGER) AS digitised_components) "
        f"FROM read_csv('{RECORDS}', header = true, types = {{'status': 'VARCHAR'}})) TO '{target}' (FORMAT parquet)"
    )
    con.close()
    assert count_records(target, parse_period("2024-03")).to_csv() == MARCH


def test_range_of_days() -> None:
    result = count_records(RECORDS, parse_period("2024-03-01..2024-03-15"))
    assert result.period.label == "2024-03-01..2024-03-15"
    a = counts_of(result, "UBND xã An Hảo")
    # A5 is due on 15/3, the range's last day, and still open then: pending on time.
    assert {k: a[k] for k in ("carried_over", "received_new", "due", "resolved", "returned")} == {
        "carried_over": 4,
        "received_new": 3,
        "due": 4,
        "resolved": 2,
        "returned": 1,
    }
    assert (a["pending"], a["pending_on_time"], a["pending_overdue"]) == (4, 2, 2)


def test_totals_always_balance() -> None:
    for period in ("2024-02", "2024-03", "2024-Q1", "2024", "2024-02-28..2024-03-01"):
        for _, c in count_records(RECORDS, parse_period(period)).rows:
            assert c["received_total"] == c["resolved"] + c["returned"] + c["pending"]
            assert c["resolved"] == c["resolved_early"] + c["resolved_on_time"] + c["resolved_late"]
            assert c["pending"] == c["pending_on_time"] + c["pending_overdue"]


@pytest.mark.parametrize(
    ("text", "label", "start", "end"),
    [
        ("2024-03", "2024-03", date(2024, 3, 1), date(2024, 3, 31)),
        ("2024-2", "2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2024-Q1", "2024-Q1", date(2024, 1, 1), date(2024, 3, 31)),
        ("2023-q4", "2023-Q4", date(2023, 10, 1), date(2023, 12, 31)),
        ("2024", "2024", date(2024, 1, 1), date(2024, 12, 31)),
        ("2024-02-15..2024-03-12", "2024-02-15..2024-03-12", date(2024, 2, 15), date(2024, 3, 12)),
        ("15/02/2024..12/3/2024", "2024-02-15..2024-03-12", date(2024, 2, 15), date(2024, 3, 12)),
    ],
)
def test_period_syntax(text: str, label: str, start: date, end: date) -> None:
    period = parse_period(text)
    assert (period.label, period.start, period.end) == (label, start, end)


def test_missing_optional_columns_leave_their_metrics_out(tmp_path: Path) -> None:
    lines = RECORDS.read_text(encoding="utf-8").splitlines()
    slim = tmp_path / "slim.csv"
    # keep dossier_id..returned_at only (no channel, status or flags), with ';' as the separator
    slim.write_text("\n".join(";".join(line.split(",")[:6]) for line in lines) + "\n", encoding="utf-8")
    result = count_records(slim, parse_period("2024-03"))
    assert "received_online" not in result.metrics
    assert "returned" not in result.metrics
    assert "payment_online" not in result.metrics
    assert result.metrics[:3] == ("carried_over", "received_new", "received_total")
    # without a status, the withdrawn B2 counts as closed: resolved
    assert counts_of(result, "Phòng Tư pháp")["resolved"] == 2


def test_units_registry_names_units_by_id() -> None:
    from tthc_cli.model.units import UnitsFile

    registry = UnitsFile.model_validate(
        {
            "units": [
                {"id": "an-hao", "name": "UBND xã An Hảo", "kind": "xa"},
                {"id": "tu-phap", "name": "Phòng Tư pháp", "kind": "phong-ban"},
                {"id": "noi-vu", "name": "Phòng Nội vụ", "kind": "phong-ban"},
            ]
        }
    )
    counts = {"ubnd XÃ  an hảo": {"resolved": 1}, "UBND xã An Hảo": {"resolved": 2}, "Xã Lạ": {"resolved": 5}}
    full = {name: {**dict.fromkeys(("resolved",), 0), **c} for name, c in counts.items()}
    rows, unknown = assign_units(full, registry)
    assert [uid for uid, _ in rows] == ["an-hao", "Xã Lạ"]  # the registry's order; Phòng Nội vụ had no record
    assert rows[0][1]["resolved"] == 3
    assert unknown == ("Xã Lạ",)


def test_cli_writes_the_file_atomically_and_reads_units(tmp_path: Path) -> None:
    units = tmp_path / "units.yaml"
    units.write_text(
        "schema_version: 1\nunits:\n"
        "  - {id: an-hao, name: UBND xã An Hảo, kind: xa}\n"
        "  - {id: tu-phap, name: Phòng Tư pháp, kind: phong-ban}\n",
        encoding="utf-8",
    )
    out = tmp_path / "counts.csv"
    result = run_tthc("counts", "--records", str(RECORDS), "--period", "2024-03", "-o", str(out), "--units", str(units))
    assert result.code == 0, result.err
    assert result.out == ""
    pha, an = MARCH.splitlines()[1:]
    expected = HEADER + an.replace("UBND xã An Hảo", "an-hao") + "\n" + pha.replace("Phòng Tư pháp", "tu-phap") + "\n"
    assert out.read_text(encoding="utf-8") == expected  # the registry's order, ids for names
    assert sorted(p.name for p in tmp_path.iterdir()) == ["counts.csv", "units.yaml"]  # no temporary left


def test_cli_prints_to_stdout_without_output() -> None:
    result = run_tthc("counts", "--records", str(RECORDS), "--period", "2024-03")
    assert result.code == 0, result.err
    assert result.out == MARCH
    assert result.err == ""


def test_cli_warns_about_units_missing_from_the_registry(tmp_path: Path) -> None:
    units = tmp_path / "units.yaml"
    units.write_text("schema_version: 1\nunits:\n  - {id: an-hao, name: UBND xã An Hảo, kind: xa}\n", encoding="utf-8")
    result = run_tthc("counts", "--records", str(RECORDS), "--period", "2024-03", "--units", str(units))
    assert result.code == 0, result.err
    assert result.err == f"tthc: cảnh báo: đơn vị không có trong {units}: 'Phòng Tư pháp'\n"
    assert [line.split(",")[1] for line in result.out.splitlines()[1:]] == ["an-hao", "Phòng Tư pháp"]


def test_counts_csv_is_safe_from_formula_injection_and_read_back(tmp_path: Path) -> None:
    from tthc_cli.text.csvsafe import safe_text, unsafe_text

    for text in ('=HYPERLINK("x")', "+1", "-2", "@SUM(A1)", "xã An Tức"):
        assert unsafe_text(safe_text(text)) == text
        assert not safe_text(text).startswith(("=", "+", "-", "@"))
