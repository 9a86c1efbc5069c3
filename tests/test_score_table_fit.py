"""The score table fits the terminal: wide tables are printed in parts that repeat the unit column, and say so."""

from __future__ import annotations

import dataclasses
import io
import re
from pathlib import Path

import pytest
from rich.cells import cell_len

from conftest import ROOT
from tthc_cli.cli.score_run import ScoreRequest, build_report
from tthc_cli.report.plain_table import MAX_BOXED_ROWS
from tthc_cli.report.score_common import indicator_label
from tthc_cli.report.score_table import write_table
from tthc_cli.report.table_fit import min_width, part_title, split_columns
from tthc_cli.score.result import PeriodResult, ScoreReport, UnitInfo


@pytest.fixture(scope="module")
def report() -> ScoreReport:
    counts = [str(p) for p in sorted((ROOT / "examples" / "counts" / "series").glob("*.csv"))]
    return build_report(ScoreRequest(counts=counts, plan=ROOT / "examples" / "lap-vo" / "plan.yaml"))


def _table(report: ScoreReport, width: int) -> list[str]:
    buf = io.StringIO()
    write_table(report, buf, width=width, color=False)
    return buf.getvalue().splitlines()


@pytest.mark.parametrize("width", [60, 80])
def test_every_indicator_is_shown_within_the_width(report: ScoreReport, width: int) -> None:
    lines = _table(report, width)
    assert max(cell_len(line) for line in lines) <= width
    text = " ".join(" ".join(lines).split())
    for spec in report.indicators:
        number = indicator_label(spec).split()[0]
        assert f"┃ {number}" in text or f" {number} " in text, (width, number)
    parts = [line for line in lines if line.startswith("Kết quả chỉ tiêu kỳ")]
    assert len(parts) > 1 and "rộng hơn màn hình" in lines[0] and "không bỏ cột nào" in text
    assert re.search(r"\(chỉ tiêu 1–\d trong 5\)", text)


def test_a_table_that_fits_is_one_part(report: ScoreReport) -> None:
    lines = _table(report, 200)
    assert sum(line.startswith("Kết quả chỉ tiêu kỳ") for line in lines) == 1
    assert not any("rộng hơn màn hình" in line for line in lines)


def test_split_columns() -> None:
    assert split_columns(10, [20, 20, 20], 200) == [range(0, 3)]
    # 1 + (10 + 3) + (20 + 3) = 37: one 20-wide column per part in 40 cells, two in 60
    assert split_columns(10, [20, 20, 20], 40) == [range(0, 1), range(1, 2), range(2, 3)]
    assert split_columns(10, [20, 20, 20], 60) == [range(0, 2), range(2, 3)]
    assert split_columns(10, [90], 40) == [range(0, 1)]
    assert min_width(["một hai", "Tỷ_lệ_dài"], 4) == 9 and min_width([], 12) == 12
    assert part_title("T", range(0, 3), 3, "chỉ tiêu") == "T"
    assert part_title("T", range(3, 4), 9, "chỉ tiêu") == "T (chỉ tiêu 4 trong 9)"


def test_cli_pipe_uses_columns(tmp_path: Path) -> None:
    from conftest import run_tthc

    args = ("score", "--plan", "examples/lap-vo/plan.yaml", "--counts", "examples/counts/series/*.csv")
    result = run_tthc(*args, env={"COLUMNS": "90"})
    assert result.code == 0 and "rộng hơn màn hình (" in result.out


def _long(report: ScoreReport, n: int) -> ScoreReport:
    """The example's report with ``n`` units, each with the cells of its first unit."""
    first = report.units[0].id
    ids = [f"xa-{i}" for i in range(n)]

    def cells(period: PeriodResult) -> PeriodResult:
        return dataclasses.replace(period, cells=[{**row, **{u: row[first] for u in ids}} for row in period.cells])

    return dataclasses.replace(
        report,
        units=[UnitInfo(u, f"xã Số {i}") for i, u in enumerate(ids)],
        periods=[cells(p) for p in report.periods],
        ytd=cells(report.ytd) if report.ytd else None,
        index766=[dataclasses.replace(report.index766[0], unit=u) for u in ids] if report.index766 else [],
    )


def test_a_long_table_is_printed_in_plain_columns_with_every_row_and_column(report: ScoreReport) -> None:
    long = _long(report, MAX_BOXED_ROWS + 1)
    lines = _table(long, 100)
    assert lines[0].startswith(f"Bảng có {MAX_BOXED_ROWS + 2} dòng: in thành cột, không kẻ khung")
    assert not any(c in "\n".join(lines) for c in "┏┃┡╇")  # no boxes
    assert max(cell_len(line) for line in lines) <= 100  # the parts still fit the width
    text = "\n".join(lines)
    parts = [line for line in lines if line.startswith(("Kết quả chỉ tiêu kỳ", "Luỹ kế", "Bộ chỉ số 766"))]
    assert len(parts) >= 3
    for i in (0, MAX_BOXED_ROWS // 2, MAX_BOXED_ROWS):
        assert text.count(f"\nxã Số {i} ") == len(parts)  # a line in every part of every table
    for spec in report.indicators:
        assert indicator_label(spec).split()[0] in text
    assert lines[-1].startswith("Kỳ 2024-03:")


def test_a_table_of_up_to_the_limit_is_boxed(report: ScoreReport) -> None:
    lines = _table(_long(report, MAX_BOXED_ROWS - 1), 200)
    assert any("┃" in line for line in lines) and "không kẻ khung" not in lines[0]
