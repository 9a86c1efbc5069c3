"""``tthc due PLAN…``: what is due, overdue or done, per unit, from each task's deadline."""

from __future__ import annotations

import enum
import sys
from pathlib import Path

import typer

from tthc_cli.cli.options import config_option
from tthc_cli.report.due_formats import DueFormat


class FailOn(str, enum.Enum):
    """What makes the exit code 1."""

    OVERDUE = "overdue"


def due(
    plans: list[Path] = typer.Argument(..., metavar="KẾ_HOẠCH…", help="Một hoặc nhiều tệp kế hoạch."),
    on: str | None = typer.Option(None, "--on", metavar="NGÀY", help="Ngày tính (YYYY-MM-DD); mặc định hôm nay."),
    within: str | None = typer.Option(
        None, "--within", metavar="KHOẢNG", help="Liệt kê hạn trong khoảng này từ --on (30d, 2w); mặc định cả tháng."
    ),
    units: list[str] = typer.Option([], "--unit", "-u", help="Chỉ đơn vị này (mã hoặc tên); lặp lại được."),
    fmt: DueFormat = typer.Option(DueFormat.TEXT, "--format", "-f", help="Định dạng kết quả (ics: mọi hạn trong năm)."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Ghi kết quả vào tệp."),
    every: bool = typer.Option(False, "--all", help="Liệt kê mọi hạn trong năm của kế hoạch, không chỉ trong khoảng."),
    fail_on: FailOn | None = typer.Option(None, "--fail-on", help="overdue: mã thoát 1 khi có việc quá hạn (CI)."),
    config: Path | None = config_option(),
) -> None:
    """Việc đến hạn, quá hạn, đã xong của từng đơn vị chủ trì và phối hợp, theo thời hạn của nhiệm vụ.

    Hạn định kỳ (hằng tháng, định kỳ 06 tháng, 02 lần/năm …) thành từng lần trong năm; việc thường xuyên,
    theo sự kiện, theo yêu cầu được liệt kê riêng. Việc đã làm ghi ở khóa 'done' của nhiệm vụ.

    Mã thoát: 0 bình thường; 1 có việc quá hạn khi dùng --fail-on overdue; 2 sai cách dùng hoặc đầu vào.
    """
    from tthc_cli.cli.due_run import DueRequest, run_due

    request = DueRequest(
        plans=plans,
        on=on,
        within=within,
        units=units,
        fmt=fmt.value,
        output=output,
        fail_on_overdue=fail_on is FailOn.OVERDUE,
        every=every,
        config=config,
    )
    raise typer.Exit(run_due(request, sys.stdout))


def register(app: typer.Typer) -> None:
    """Add the command to the application."""
    app.command("due")(due)
