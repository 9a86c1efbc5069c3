"""``tthc cascade PARENT --results COUNTS --units units.yaml -o CHILD.yaml``: targets for each sub-unit."""

from __future__ import annotations

import enum
import sys
from pathlib import Path

import typer

from tthc_cli.cli.options import config_option


class RuleName(str, enum.Enum):
    """The rules (mirrors :data:`tthc_cli.cascade.rules.RuleName`, kept here so ``--help`` stays light)."""

    FROM_RESULTS = "from-results"
    AS_PARENT = "as-parent"
    PARENT_PLUS = "parent-plus"
    MAX_PARENT_RESULTS = "max-parent-results"


class IncreaseMode(str, enum.Enum):
    """How "tăng thêm 10%" is read."""

    POINTS = "points"
    PERCENT = "percent"


def cascade(
    parent: Path = typer.Argument(..., metavar="KẾ_HOẠCH_CẤP_TRÊN", help="Kế hoạch có các chỉ tiêu được giao."),
    results: list[str] = typer.Option(
        ...,
        "--results",
        "-r",
        metavar="TỆP",
        help="Số liệu năm trước của các đơn vị (CSV/XLSX; nhiều tệp thành luỹ kế).",
    ),
    units: Path = typer.Option(..., "--units", metavar="UNITS.YAML", help="Danh mục đơn vị cấp dưới."),
    output: Path = typer.Option(..., "--output", "-o", help="Tệp kế hoạch ghi ra (chỉ tiêu giao từng đơn vị)."),
    rules: Path | None = typer.Option(None, "--rules", help="Tệp quy tắc theo từng chỉ tiêu (xem docs/cascade.md)."),
    rule: RuleName | None = typer.Option(None, "--rule", help="Quy tắc mặc định; mặc định from-results."),
    increase_mode: IncreaseMode | None = typer.Option(
        None, "--increase-mode", help="points: cộng 10 điểm % (mặc định); percent: nhân 1,1."
    ),
    config: Path | None = config_option(),
) -> None:
    """Giao chỉ tiêu cho từng đơn vị cấp dưới từ chỉ tiêu cấp trên và kết quả năm trước.

    Quy tắc mặc định (from-results): kết quả năm trước thấp hơn chỉ tiêu cấp trên thì giao bằng cấp trên;
    ngược lại giao bằng kết quả năm trước cộng 10, không thấp hơn cấp trên. In bảng cách tính từng chỉ tiêu.
    """
    from tthc_cli.cli.cascade_run import CascadeRequest, run_cascade

    request = CascadeRequest(
        parent=parent,
        results=results,
        units=units,
        output=output,
        rules=rules,
        rule=rule.value if rule else None,
        increase_mode=increase_mode.value if increase_mode else None,
        config=config,
    )
    raise typer.Exit(run_cascade(request, sys.stdout))


def register(app: typer.Typer) -> None:
    """Add the command to the application."""
    app.command("cascade")(cascade)
