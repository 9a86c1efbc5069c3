"""``tthc rules [CODE]``: list the rules, or print one rule's documentation."""

from __future__ import annotations

import typer

from tthc_cli.report.rules_formats import RulesFormat


def rules(
    code: str | None = typer.Argument(None, help="Mã (TT702) hoặc tên (text.doubled-word) của quy tắc."),
    fmt: RulesFormat = typer.Option(RulesFormat.TEXT, "--format", "-f", help="Định dạng kết quả."),
) -> None:
    """Liệt kê các quy tắc kiểm tra, hoặc in tài liệu của một quy tắc kèm ví dụ sai và đúng."""
    import sys

    from tthc_cli.errors import InputError
    from tthc_cli.lint.registry import all_rules, lookup
    from tthc_cli.report.rules_formats import RuleListing, rules_reporter

    if code is None:
        listing = RuleListing(tuple(all_rules()), detail=False)
    elif (found := lookup(code)) is not None:
        listing = RuleListing((found,), detail=True)
    else:
        raise InputError(f"không có quy tắc '{code}'", hint="xem danh sách bằng 'tthc rules'")
    rules_reporter(fmt)(listing, sys.stdout)


def register(app: typer.Typer) -> None:
    """Add the command to the application."""
    app.command("rules")(rules)
