"""``tthc score --counts FILE…``: indicator values, status and gaps from monthly counts."""

from __future__ import annotations

import enum
import sys
from pathlib import Path

import typer

from tthc_cli.cli.options import config_option, counts_given, counts_option, more_counts_argument
from tthc_cli.report.score_formats import ScoreFormat


class FailOn(str, enum.Enum):
    """What makes the exit code 1 besides errors in the counts."""

    CHUA_DAT = "chua-dat"


def score(
    files: list[str] | None = more_counts_argument(),
    counts: list[str] = counts_option(),
    plan: Path | None = typer.Option(
        None, "--plan", "-p", help="Tệp kế hoạch; mặc định theo cấu hình, hoặc kế hoạch duy nhất trong plans/."
    ),
    fmt: ScoreFormat = typer.Option(ScoreFormat.TABLE, "--format", "-f", help="Định dạng kết quả."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Ghi kết quả vào tệp (bắt buộc với xlsx)."),
    fail_on: FailOn | None = typer.Option(
        None, "--fail-on", help="chua-dat: mã thoát 1 khi có chỉ tiêu chưa đạt (dùng trong CI)."
    ),
    encoding: str | None = typer.Option(
        None, "--encoding", metavar="BẢNG_MÃ", help="Bảng mã của tệp CSV (utf-8, utf-16, cp1258); mặc định tự nhận."
    ),
    sheet: str | None = typer.Option(
        None, "--sheet", metavar="TRANG", help="Tên trang tính trong tệp XLSX; mặc định trang đầu tiên."
    ),
    units: list[str] = typer.Option(
        [],
        "--unit",
        "-u",
        help="Chỉ hiện đơn vị này (mã hoặc tên); lặp lại được. Số toàn địa bàn vẫn tính trên mọi đơn vị.",
    ),
    config: Path | None = config_option(),
) -> None:
    """Chấm chỉ tiêu từ số liệu hằng tháng: giá trị, đạt/chưa đạt, khoảng thiếu, luỹ kế, Bộ chỉ số 766.

    Mã thoát: 0 bình thường; 1 số liệu có lỗi, hoặc có chỉ tiêu chưa đạt khi dùng --fail-on chua-dat;
    2 sai cách dùng hoặc không đọc được đầu vào.
    """
    from tthc_cli.cli.score_run import ScoreRequest, run_score

    request = ScoreRequest(
        counts=counts_given(counts, files),
        plan=plan,
        fmt=fmt.value,
        output=output,
        fail_on_missed=fail_on is FailOn.CHUA_DAT,
        encoding=encoding,
        sheet=sheet,
        units=units,
        config=config,
    )
    raise typer.Exit(run_score(request, sys.stdout))


def register(app: typer.Typer) -> None:
    """Add the command to the application."""
    app.command("score")(score)
