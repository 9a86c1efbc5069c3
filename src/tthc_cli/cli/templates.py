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
    from tthc_cli.report.templates_formats import TemplateCheck, TemplatesFormat, templates_reporter

    checks = [TemplateCheck(path, tuple(check_template(path))) for path in templates_to_check(folder)]
    typer.echo(templates_reporter(TemplatesFormat.TEXT)(checks), nl=False)
    errors = sum(p.severity == "error" for check in checks for p in check.problems)
    raise typer.Exit(1 if errors else 0)


def register(app: typer.Typer) -> None:
    """Add the ``templates`` group to the application."""
    app.add_typer(templates_app, name="templates")
