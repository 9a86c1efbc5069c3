"""Hostile dossier records: repeated ids, impossible dates, wrong Parquet types, mixed line ends.

Every case is built from ``tests/data/records/hoso.csv`` (figures computed by hand in ``test_records``): a
record of the period that must not be counted is left out with an example id, and the counts equal those of
the clean file.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from conftest import DATA, run_tthc
from tthc_cli.errors import InputError
from tthc_cli.records.count import count_records, parse_period

RECORDS = DATA / "records" / "hoso.csv"
MARCH = parse_period("2024-03")
TODAY = date(2024, 6, 1)
LINES = RECORDS.read_text("utf-8").splitlines(keepends=True)
UNIT = LINES[1].split(",")[1]


def _write(tmp_path: Path, extra: list[str], name: str = "hoso.csv") -> Path:
    path = tmp_path / name
    path.write_text("".join(LINES) + "".join(extra), "utf-8")
    return path


def _row(ident: str, received: str, due: str, finished: str) -> str:
    cells = LINES[1].rstrip("\n").split(",")
    header = LINES[0].rstrip("\n").split(",")
    values = dict(zip(header, cells, strict=True))
    values.update(dossier_id=ident, unit=UNIT, received_at=received, due_at=due, finished_at=finished)
    values["returned_at"] = ""
    return ",".join(values[h] for h in header) + "\n"


CLEAN = count_records(RECORDS, MARCH, today=TODAY)


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ([LINES[1], LINES[2]], [("duplicate-id", 2, LINES[1].split(",")[0])]),
        ([_row("X-1", "2024-03-10", "2024-03-15", "2024-03-02")], [("finished-before-received", 1, "X-1")]),
        ([_row("X-2", "2024-03-10", "2024-03-15", "2024-07-02")], [("future-date", 1, "X-2")]),
        # received after the period: never counted in it, so not reported for it either
        ([_row("X-3", "2024-08-10", "2024-08-15", "")], []),
    ],
)
def test_records_that_must_not_count_are_left_out_with_an_example(
    tmp_path: Path, extra: list[str], expected: list[tuple[str, int, str]]
) -> None:
    result = count_records(_write(tmp_path, extra), MARCH, today=TODAY)
    assert [(e.code, e.count, e.example) for e in result.excluded] == expected
    assert result.rows == CLEAN.rows


def test_cli_says_what_was_excluded_and_exits_1(tmp_path: Path) -> None:
    path = _write(tmp_path, [LINES[1], _row("X-1", "2024-03-10", "2024-03-15", "2024-03-02")])
    result = run_tthc("counts", "--records", str(path), "--period", "2024-03", "-o", str(tmp_path / "out.csv"))
    ident = LINES[1].split(",")[0]
    assert result.code == 1
    assert result.err.splitlines() == [
        f"tthc: lỗi: {path}: bỏ qua 1 hồ sơ trùng mã dossier_id (chỉ tính bản đầu tiên) (ví dụ hồ sơ {ident})",
        f"tthc: lỗi: {path}: bỏ qua 1 hồ sơ có ngày giải quyết hoặc trả kết quả trước ngày tiếp nhận (ví dụ hồ sơ X-1)",
        f"Đã ghi 2 đơn vị, kỳ 2024-03 vào {tmp_path / 'out.csv'}",
        "tthc: 2 hồ sơ không được tính (xem các dòng lỗi ở trên)",
    ]


def test_mixed_crlf_and_lf_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"".join(line.encode().replace(b"\n", b"\r\n") for line in LINES) + LINES[1].encode())
    with pytest.raises(InputError, match=rf"dòng {len(LINES) + 1} kết thúc bằng LF, các dòng trước bằng CRLF"):
        count_records(path, MARCH, today=TODAY)


@pytest.mark.parametrize("sql_type", ["INTEGER", "DECIMAL(4,1)"])
def test_parquet_with_a_wrong_column_type_names_the_column(tmp_path: Path, sql_type: str) -> None:
    import duckdb

    path = tmp_path / "bad.parquet"
    con = duckdb.connect()
    con.execute(
        f"COPY (SELECT 'A' AS dossier_id, 'X' AS unit, DATE '2024-03-01' AS received_at, DATE '2024-03-05' AS due_at,"
        f" CAST(1 AS {sql_type}) AS finished_at) TO '{path}' (FORMAT parquet)"
    )
    con.close()
    with pytest.raises(InputError, match=rf"cột finished_at có kiểu {re.escape(sql_type)}, không đọc được thành ngày"):
        count_records(path, MARCH, today=TODAY)
