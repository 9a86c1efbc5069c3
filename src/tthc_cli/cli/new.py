"""``tthc new``: next year's plan from this year's, or a fresh plan from a built-in skeleton."""

from __future__ import annotations

from pathlib import Path

import typer


def new(
    source: Path | None = typer.Option(None, "--from", help="Kế hoạch năm trước làm gốc (ví dụ plans/x/2024.yaml)."),
    year: int = typer.Option(..., "--year", min=2000, max=2100, help="Năm của kế hoạch mới."),
    level: str | None = typer.Option(None, "--level", help="Cấp khi tạo từ khung: tinh, huyen hoặc xa."),
    kind: str = typer.Option("quyet-dinh", "--kind", help="Loại khi tạo từ khung: quyet-dinh hoặc ke-hoach."),
    locality: str = typer.Option(
        "[cần điền: địa bàn]", "--locality", help="Địa bàn khi tạo từ khung, ví dụ 'xã An Tức'."
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Tệp ghi ra (mặc định: <năm>.yaml cạnh tệp gốc); thư mục được tạo nếu chưa có."
    ),
    force: bool = typer.Option(False, "--force", help="Ghi đè tệp đã có."),
) -> None:
    """Tạo kế hoạch mới: từ kế hoạch năm trước (--from … --year …) hoặc từ khung (--level … --kind …).

    In danh sách những chỗ cần người xem lại (trích dẫn văn bản năm cũ, số và ngày, chỉ tiêu, người ký …).
    """
    from tthc_cli.errors import InputError, OutputError, os_reason
    from tthc_cli.load.source import read_source
    from tthc_cli.output.atomic import atomic_write_text
    from tthc_cli.review.newplan import next_year_plan, skeleton_plan
    from tthc_cli.text.escape import visible

    if (source is None) == (level is None):
        raise InputError("dùng --from TỆP hoặc --level CẤP (một trong hai)")
    if source is not None:
        plan = next_year_plan(read_source(source, what="--from").text, year, str(source))
        if output is None:
            if not source.stem.isdigit():
                raise InputError(f"{source}: tên tệp không phải năm; hãy chỉ định -o TỆP")
            output = source.with_name(f"{year}{source.suffix}")
    else:
        assert level is not None
        plan = skeleton_plan(level, kind, year, locality)
        if output is None:
            raise InputError("hãy chỉ định tệp ghi ra: -o plans/<địa-bàn>/<năm>.yaml")
    if output.exists() and not force:
        raise OutputError(f"{output}: tệp đã có (dùng --force để ghi đè)")
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{output.parent}: không tạo được thư mục ({os_reason(exc)})") from None
    atomic_write_text(output, plan.text)
    typer.echo(f"đã tạo: {output}")
    if plan.review:
        typer.echo(f"Cần xem lại {len(plan.review)} chỗ:")
        for item in plan.review:
            typer.echo(visible(f"  - {item.path}: {item.message}"))


def register(app: typer.Typer) -> None:
    """Add the command to the application."""
    app.command("new")(new)
