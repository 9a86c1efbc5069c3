"""Without a unit column, the first text column before the counts labels the rows; totals rows are not units."""

from __future__ import annotations

from pathlib import Path

from tthc_cli.load.catalogues import build_catalogue
from tthc_cli.load.counts import read_counts

CAT = build_catalogue()


def _read(tmp_path: Path, text: str) -> tuple[list[str], list[str]]:
    path = tmp_path / "2024-06.csv"
    path.write_text(text, "utf-8")
    read = read_counts([path], CAT, None)
    units = [u for p in read.series.periods for u in p.units]
    return units, [d.code for d in read.findings]


def test_first_text_column_is_the_row_label(tmp_path: Path) -> None:
    units, codes = _read(
        tmp_path,
        "STT,Mức độ,Đã xử lý,Trước hạn,Đúng hạn,Trễ hạn\n1,Toàn trình,10,5,4,1\n2,Một phần,20,10,9,1\n"
        ",Toàn thành phố,30,15,13,2\n",
    )
    assert units == ["toàn-trình", "một-phần"] and codes == []


def test_a_wrong_totals_row_is_still_reported(tmp_path: Path) -> None:
    units, codes = _read(tmp_path, "Lĩnh vực,Đã xử lý,Trước hạn\nĐất đai,10,5\nHộ tịch,20,10\nCộng,31,15\n")
    assert units == ["đất-đai", "hộ-tịch"] and codes == ["TT806"]


def test_no_text_column_and_no_unit_column_is_still_no_header(tmp_path: Path) -> None:
    _, codes = _read(tmp_path, "Đã xử lý,Trước hạn\n10,5\n")
    assert codes == ["TT808"]
