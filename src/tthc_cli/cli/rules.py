"""``tthc rules [CODE]``: list the rules, or print one rule's documentation."""

from __future__ import annotations

import typer


def rules(
    code: str | None = typer.Argument(None, help="Mã (TT702) hoặc tên (text.doubled-word) của quy tắc."),
) -> None:
    """Liệt kê các quy tắc kiểm tra, hoặc in tài liệu của một quy tắc kèm ví dụ sai và đúng."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from tthc_cli.errors import InputError
    from tthc_cli.lint.registry import all_rules, lookup

    console = Console(highlight=False)
    if code is None:
        table = Table("Mã", "Tên", "Mức", "Mô tả", box=None, pad_edge=False)
        for info in all_rules():
            table.add_row(info.code, info.name, info.severity.label_vi, escape(info.summary))
        console.print(table)
        return
    found = lookup(code)
    if found is None:
        raise InputError(f"không có quy tắc '{code}'", hint="xem danh sách bằng 'tthc rules'")
    info = found
    console.print(f"[bold]{info.code}[/bold] {info.name} ({info.severity.label_vi})")
    if info.aliases:
        console.print(f"Tên cũ: {', '.join(info.aliases)}")
    console.print()
    console.print(escape(info.doc.strip()))


def register(app: typer.Typer) -> None:
    """Add the command to the application."""
    app.command("rules")(rules)
