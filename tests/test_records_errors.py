"""Bad records files and periods: one Vietnamese line naming the column or line, exit code 2, no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import DATA, run_tthc
from tthc_cli.errors import InputError
from tthc_cli.records.count import count_records, parse_period

RECORDS = DATA / "records" / "hoso.csv"
LINES = RECORDS.read_text(encoding="utf-8").splitlines()


def with_line(tmp_path: Path, line_no: int, new: str) -> Path:
    """The hand-made records with 1-based line ``line_no`` replaced by ``new``."""
    lines = list(LINES)
    lines[line_no - 1] = new
    target = tmp_path / "hoso.csv"
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def error_of(path: Path, period: str = "2024-03") -> str:
    with pytest.raises(InputError) as caught:
        count_records(path, parse_period(period))
    return str(caught.value)


def test_missing_file(tmp_path: Path) -> None:
    assert "không tìm thấy tệp" in error_of(tmp_path / "khong-co.csv")


def test_missing_required_column(tmp_path: Path) -> None:
    target = tmp_path / "hoso.csv"
    target.write_text("\n".join(line.rsplit(",", 12)[0] for line in LINES) + "\n", encoding="utf-8")
    message = error_of(target)
    assert "thiếu cột due_at, finished_at" in message


def test_unparsable_date_names_line_and_column(tmp_path: Path) -> None:
    bad = with_line(tmp_path, 3, LINES[2].replace("2024-03-10", "10/03/2024", 1))
    message = error_of(bad)
    assert "dòng 3, cột due_at" in message
    assert "'10/03/2024'" in message


def test_wrong_flag_value_names_line_and_column(tmp_path: Path) -> None:
    bad = with_line(tmp_path, 2, LINES[1][:-1] + "có")
    assert "dòng 2, cột synced: không đọc được 'có' thành giá trị 0/1" in error_of(bad)


def test_row_with_too_many_cells(tmp_path: Path) -> None:
    bad = with_line(tmp_path, 3, LINES[2] + ",thừa")
    assert "dòng 3: có 16 cột, dòng tiêu đề có 15 cột" in error_of(bad)


def test_empty_unit_in_the_period_names_a_dossier(tmp_path: Path) -> None:
    bad = with_line(tmp_path, 6, LINES[5].replace("UBND xã An Hảo", ""))
    message = error_of(bad)
    assert "cột unit trống ở 1 hồ sơ" in message
    assert "ví dụ hồ sơ A5" in message


def test_empty_due_date_in_the_period(tmp_path: Path) -> None:
    bad = with_line(tmp_path, 9, LINES[8].replace("2024-03-31", ""))
    assert "cột due_at (hạn giải quyết) trống ở 1 hồ sơ" in error_of(bad)


def test_empty_due_date_outside_the_period_is_fine(tmp_path: Path) -> None:
    ok = with_line(tmp_path, 4, LINES[3].replace("2024-02-20", ""))  # A3, closed in February
    # A3 touches nothing of March, so the figures are those of the file with its due date
    assert count_records(ok, parse_period("2024-03")).rows == count_records(RECORDS, parse_period("2024-03")).rows


def test_unknown_channel(tmp_path: Path) -> None:
    bad = with_line(tmp_path, 6, LINES[5].replace("truc-tuyen", "email"))
    message = error_of(bad)
    assert "cột channel có giá trị không nhận ra: 'email' (1 hồ sơ)" in message
    assert "truc-tuyen, truc-tiep hoặc buu-chinh" in message


def test_channel_spellings_are_accepted(tmp_path: Path) -> None:
    ok = with_line(tmp_path, 6, LINES[5].replace("truc-tuyen", "Trực tuyến"))
    an_hao = dict(count_records(ok, parse_period("2024-03")).rows)["UBND xã An Hảo"]
    assert an_hao["received_online"] == 2


def test_utf16_file(tmp_path: Path) -> None:
    target = tmp_path / "hoso.csv"
    target.write_bytes(RECORDS.read_text(encoding="utf-8").encode("utf-16"))
    assert "UTF-16" in error_of(target)


def test_empty_file(tmp_path: Path) -> None:
    target = tmp_path / "hoso.csv"
    target.write_bytes(b"")
    assert "tệp rỗng" in error_of(target)


def test_not_parquet(tmp_path: Path) -> None:
    target = tmp_path / "hoso.parquet"
    target.write_bytes(b"PAR1 this is not really parquet")
    assert "không phải tệp Parquet hợp lệ" in error_of(target)


@pytest.mark.parametrize("text", ["2024-13", "2024-Q5", "Quý I", "2024-03-12..2024-02-15", "2024-02-30..2024-03-01"])
def test_bad_period(text: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_period(text)
    assert f"kỳ báo cáo '{text}'" in str(caught.value)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--records", "khong-co.csv", "--period", "2024-03"], "khong-co.csv: không tìm thấy tệp"),
        (["--records", str(RECORDS), "--period", "thang-3"], "kỳ báo cáo 'thang-3' không hợp lệ"),
    ],
)
def test_cli_one_line_exit_2(args: list[str], expected: str) -> None:
    result = run_tthc("counts", *args)
    assert result.code == 2
    assert result.out == ""
    assert result.err.count("\n") == 1
    assert "Traceback" not in result.err
    assert expected in result.err


def test_cli_bad_date_one_line(tmp_path: Path) -> None:
    bad = with_line(tmp_path, 3, LINES[2].replace("2024-03-10", "10/03/2024", 1))
    result = run_tthc("counts", "--records", str(bad), "--period", "2024-03", "-o", str(tmp_path / "out.csv"))
    assert result.code == 2
    assert result.err.startswith("tthc: lỗi: ") and result.err.count("\n") == 1
    assert "dòng 3, cột due_at" in result.err
    assert not (tmp_path / "out.csv").exists()
