"""``tthc validate PATH…``: lint plans and units registries."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from tthc_cli.cli.options import config_option
from tthc_cli.report.lint_formats import LintFormat


def validate(
    paths: list[str] = typer.Argument(
        ..., metavar="ĐƯỜNG_DẪN…", help="Tệp, thư mục hoặc mẫu glob (ví dụ plans/ hoặc 'plans/*.yaml')."
    ),
    fmt: LintFormat = typer.Option(
        LintFormat.AUTO,
        "--format",
        "-f",
        help="Định dạng kết quả; auto chọn github khi chạy trong GitHub Actions.",
    ),
    strict: bool = typer.Option(False, "--strict", help="Cảnh báo cũng làm lệnh thất bại (mã thoát 1)."),
    no_cache: bool = typer.Option(
        False, "--no-cache", help="Kiểm tra lại mọi tệp, không dùng kết quả đã lưu trong .tthc_cache/."
    ),
    config: Path | None = config_option(),
) -> None:
    """Kiểm tra kế hoạch: lược đồ, tham chiếu, trích dẫn văn bản, đánh số, thời hạn, chỉ tiêu, chính tả.

    Mã thoát: 0 không có lỗi; 1 có lỗi (hoặc cảnh báo khi dùng --strict); 2 sai cách dùng hoặc không đọc
    được đầu vào.
    """
    import os

    from tthc_cli.lint.cache import cache_for
    from tthc_cli.lint.engine import validate_paths
    from tthc_cli.report.lint_formats import write_report
    from tthc_cli.workspace import Workspace

    # an all-cached call never gets here: tthc_cli.cli.entry answers it before loading the CLI
    use_cache = not no_cache and not os.environ.get("TTHC_NO_CACHE")
    ws = Workspace.open(config)
    report = validate_paths(paths, ws, cache=cache_for(config) if use_cache else None)
    strict = strict or ws.config.strict
    write_report(report, fmt, sys.stdout)
    raise typer.Exit(report.exit_code(strict))


def register(app: typer.Typer) -> None:
    """Add the command to the application."""
    app.command("validate")(validate)
