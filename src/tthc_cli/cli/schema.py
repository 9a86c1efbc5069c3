"""``tthc schema [-o DIR]``: write the JSON Schemas that editors use to complete and check plans."""

from __future__ import annotations

from pathlib import Path

import typer


def _default_folder() -> Path:
    """``schema/`` at the configuration's folder (tthc.toml or pyproject.toml with [tool.tthc]); without a
    configuration, at the root of the git work tree, where the plans' ``$schema`` lines point."""
    from tthc_cli.load.config_files import find_config

    source = find_config()
    if source.path is None:
        here = source.root
        root = next((f for f in (here, *here.parents) if (f / ".git").exists()), here)
        return root / "schema"
    return source.root / "schema"


def schema(
    out: Path | None = typer.Option(
        None,
        "--output",
        "-o",
        help="Thư mục ghi lược đồ (mặc định: schema/ ở thư mục cấu hình, hoặc ở gốc kho git).",
    ),
    check: bool = typer.Option(
        False, "--check", help="Không ghi; thoát với mã 1 nếu lược đồ trong thư mục đã cũ so với mô hình."
    ),
) -> None:
    """Ghi lược đồ JSON Schema của tệp kế hoạch (plan.schema.json) và tệp đơn vị (units.schema.json).

    Thêm dòng `# yaml-language-server: $schema=<đường dẫn>/plan.schema.json` ở đầu kế hoạch để VS Code
    (tiện ích YAML của Red Hat) gợi ý khóa và báo lỗi ngay khi gõ.
    """
    from tthc_cli.errors import OutputError, os_reason
    from tthc_cli.output.atomic import atomic_write_text
    from tthc_cli.review.schema import schema_texts

    if out is None:
        out = _default_folder()
    if not check:
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"{out}: không tạo được thư mục ({os_reason(exc)})") from None
    stale = []
    for name, text in schema_texts().items():
        path = out / name
        current = path.read_text(encoding="utf-8") if path.is_file() else None
        if current == text:
            continue
        stale.append(path)
        if check:
            typer.echo(f"lược đồ đã cũ: {path} (chạy: tthc schema -o {out})")
        else:
            atomic_write_text(path, text)
            typer.echo(f"đã ghi: {path}", err=True)
    raise typer.Exit(1 if check and stale else 0)


def register(app: typer.Typer) -> None:
    """Add the command to the application."""
    app.command("schema")(schema)
