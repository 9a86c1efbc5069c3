"""``tthc import FILE.docx -o plans/2025.yaml``: an office's Word plan becomes a plan YAML."""

from __future__ import annotations

from pathlib import Path

import typer

from tthc_cli.cli.options import config_option

MAX_SHOWN = 40
"""How many notes and findings are printed before "… và N chỗ khác"."""


def import_(
    source: Path = typer.Argument(
        ...,
        help="Văn bản Word: .docx (hoặc .doc, .odt khi có LibreOffice).",
        metavar="VĂN_BẢN",
        show_default=False,
    ),
    output: Path = typer.Option(..., "--output", "-o", help="Tệp kế hoạch ghi ra, ví dụ plans/2025.yaml."),
    units: Path | None = typer.Option(
        None, "--units", help="Danh sách đơn vị (units.yaml) để đối chiếu tên đơn vị (mặc định: units.yaml gần nhất)."
    ),
    column: list[str] = typer.Option(
        [],
        "--column",
        help='Gán cột theo tiêu đề: "Tiêu đề cột=khóa", ví dụ "Thời hạn=deadline"; khóa skip để bỏ qua cột.',
    ),
    force: bool = typer.Option(False, "--force", help="Ghi đè tệp đã có."),
    config: Path | None = config_option(),
) -> None:
    """Nhập quyết định hoặc kế hoạch (kèm phụ lục) từ tệp Word thành tệp kế hoạch YAML.

    Chỗ chương trình đoán (cách gán cột, tên đơn vị chưa có trong danh sách, thời hạn và chỉ tiêu không đọc được,
    chữ chưa xếp được) được ghi chú "tthc import:" trong tệp và liệt kê khi chạy; tệp được kiểm tra như
    tthc validate. Mã thoát: 0 đã ghi và hợp lệ; 1 đã ghi nhưng còn lỗi cần sửa; 2 không nhập được.
    """
    from tthc_cli.errors import InputError, OutputError
    from tthc_cli.importer import ImportOptions, import_document
    from tthc_cli.importer.columns import parse_overrides
    from tthc_cli.lint.engine import validate_paths
    from tthc_cli.output.atomic import atomic_write_text
    from tthc_cli.workspace import Workspace

    if output.exists() and not force:
        raise OutputError(f"{output}: tệp đã có (dùng --force để ghi đè)")
    if units is not None and not units.is_file():
        raise InputError(f"{units}: không có tệp danh sách đơn vị")
    ws = Workspace.open(config)
    overrides = {**parse_overrides(ws.config.import_columns), **parse_overrides(column)}
    result = import_document(source, ImportOptions(output=output, columns=overrides, units=units, workspace=ws))
    atomic_write_text(output, result.text)
    typer.echo(f"đã ghi {output}" + (" (văn bản do tthc xuất: giữ id và mã chỉ tiêu)" if result.from_tthc else ""))
    notes = [f"- {note.where}: {note.message}" for note in result.notes]
    _print_some(f"Cần xem lại {len(notes)} chỗ (ghi chú 'tthc import:' trong tệp):", notes, "chỗ")
    report = validate_paths([str(output)], ws)
    found = [str(d) for d in report.diagnostics]
    _print_some(f"Kiểm tra (tthc validate): {len(found)} phát hiện:", found, "phát hiện")
    raise typer.Exit(min(report.exit_code(), 1))


def _print_some(title: str, lines: list[str], noun: str) -> None:
    """``title`` and the first :data:`MAX_SHOWN` lines (input text shown safely), then how many more."""
    from tthc_cli.text.escape import visible

    if not lines:
        return
    typer.echo(title)
    for line in lines[:MAX_SHOWN]:
        typer.echo(visible(f"  {line}"))
    if len(lines) > MAX_SHOWN:
        typer.echo(f"  … và {len(lines) - MAX_SHOWN} {noun} khác")


def register(app: typer.Typer) -> None:
    """Add the command to the application."""
    app.command("import")(import_)
