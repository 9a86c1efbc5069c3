"""``tthc templates check [THƯ_MỤC]``: check .docx templates before an office relies on them."""

from __future__ import annotations

from pathlib import Path

import typer

templates_app = typer.Typer(
    help="Mẫu văn bản .docx dùng cho tthc render.", no_args_is_help=True, suggest_commands=False
)


@templates_app.command("check")
def check(
    folder: Path | None = typer.Argument(
        None, metavar="THƯ_MỤC", help="Thư mục chứa mẫu .docx (mặc định: các mẫu tthc render sẽ dùng ở đây)."
    ),
) -> None:
    """Kiểm tra mẫu: biến không có, thẻ bị Word tách, lỗi cú pháp Jinja. Mã thoát 1 khi có lỗi."""
    from tthc_cli.render.check import check_template, templates_to_check
    from tthc_cli.text.escape import visible

    paths = templates_to_check(folder)
    if not paths:
        typer.echo("không có mẫu .docx nào để kiểm tra")
        raise typer.Exit(0)
    errors = 0
    for path in paths:
        problems = check_template(path)
        for p in problems:
            typer.echo(visible(p.line()))
        errors += sum(p.severity == "error" for p in problems)
        if not problems:
            typer.echo(f"{path}: tốt")
    raise typer.Exit(1 if errors else 0)


def register(app: typer.Typer) -> None:
    """Add the ``templates`` group to the application."""
    app.add_typer(templates_app, name="templates")
