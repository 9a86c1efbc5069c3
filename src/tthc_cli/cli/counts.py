"""``tthc counts --records hoso.csv --period 2024-03``: counts per unit from dossier-level records."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from tthc_cli.cli.options import config_option

if TYPE_CHECKING:
    from tthc_cli.model.units import UnitsFile


def counts(
    records: Path = typer.Option(
        ..., "--records", "-r", help="Tệp hồ sơ: CSV (UTF-8, có thể nén .gz) hoặc Parquet, mỗi dòng một hồ sơ."
    ),
    period: str = typer.Option(
        ..., "--period", "-p", help="Kỳ báo cáo: 2024-03, 2024-Q1, 2024-H1, 2024 hoặc 2024-02-15..2024-03-12."
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Ghi bảng số liệu vào tệp CSV này (mặc định: in ra màn hình)."
    ),
    units: Path | None = typer.Option(
        None,
        "--units",
        help="Danh mục đơn vị (units.yaml): đổi tên đơn vị trong hồ sơ thành mã đơn vị; mặc định theo cấu hình.",
    ),
    threads: int = typer.Option(2, "--threads", min=1, max=64, help="Số luồng xử lý."),
    memory_limit: str = typer.Option(
        "700MB", "--memory-limit", help="Giới hạn bộ nhớ cho bộ máy truy vấn (ví dụ 700MB, 2GB)."
    ),
    config: Path | None = config_option(),
) -> None:
    """Tính số liệu hồ sơ theo đơn vị cho một kỳ, từ dữ liệu từng hồ sơ (để dùng với tthc score --counts).

    Cách tính hồ sơ kỳ trước chuyển qua, đúng hạn, trễ hạn, quá hạn: xem docs/counts-records.md.
    Mã thoát: 0 thành công; 1 có hồ sơ không được tính (trùng mã, ngày không hợp lý; bảng vẫn được ghi);
    2 không đọc được đầu vào.
    """
    from tthc_cli.output.atomic import atomic_write_text
    from tthc_cli.records.count import count_records, parse_period
    from tthc_cli.text.escape import visible

    chosen = parse_period(period)
    registry = _registry(units, config)
    with _progress() as on_progress:
        result = count_records(
            records, chosen, units=registry, on_progress=on_progress, threads=threads, memory_limit=memory_limit
        )
    if result.unknown_units:
        shown = ", ".join(f"'{u}'" for u in result.unknown_units[:5])
        more = f" và {len(result.unknown_units) - 5} đơn vị khác" if len(result.unknown_units) > 5 else ""
        typer.echo(visible(f"tthc: cảnh báo: đơn vị không có trong {units}: {shown}{more}"), err=True)
    for excluded in result.excluded:
        typer.echo(visible(f"tthc: lỗi: {records}: {excluded.message}"), err=True)
    text = result.to_csv()
    if output is None:
        sys.stdout.write(text)
    else:
        atomic_write_text(output, text)
        typer.echo(f"Đã ghi {len(result.rows)} đơn vị, kỳ {result.period.label} vào {output}", err=True)
    if result.excluded:
        left_out = sum(e.count for e in result.excluded)
        typer.echo(f"tthc: {left_out} hồ sơ không được tính (xem các dòng lỗi ở trên)", err=True)
        raise typer.Exit(1)


def _registry(units: Path | None, config: Path | None) -> UnitsFile | None:
    """``--units``, else the configured registry; without either, names in the records are the units."""
    from tthc_cli.load.config_files import find_config

    if units is None and config is None and "units" not in find_config(None).table:
        return None  # nothing to read: spare the run pydantic and the YAML loader
    from tthc_cli.model.units import UnitsFile
    from tthc_cli.workspace import Workspace

    ws = Workspace.open(config)
    path = units or (ws.config.resolve(ws.config.units) if ws.config.units else None)
    return ws.require(path, UnitsFile, named_by="--units" if units else "units") if path is not None else None


@contextmanager
def _progress() -> Iterator[Callable[[float], None] | None]:
    """A transient progress bar on stderr when it is a terminal; no callback otherwise."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn

    bar = Progress(
        TextColumn("Đang đọc hồ sơ"),
        BarColumn(),
        TaskProgressColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    task = bar.add_task("records", total=1.0)
    with bar:
        yield lambda fraction: bar.update(task, completed=fraction)


def register(app: typer.Typer) -> None:
    """Add the command to the application."""
    app.command("counts")(counts)
