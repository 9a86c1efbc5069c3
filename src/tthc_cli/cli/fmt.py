"""``tthc fmt PATH…``: rewrite plans and units registries in the canonical form."""

from __future__ import annotations

import typer


def fmt(
    paths: list[str] = typer.Argument(..., help="Tệp, thư mục hoặc mẫu glob (ví dụ plans/)."),
    check: bool = typer.Option(
        False, "--check", help="Không ghi tệp; liệt kê các tệp cần định dạng lại và thoát với mã 1 nếu có."
    ),
    diff: bool = typer.Option(False, "--diff", help="Không ghi tệp; in thay đổi dưới dạng unified diff."),
    width: int = typer.Option(
        0, "--width", min=0, max=10000, help="Gấp văn bản dài hơn số cột này; 0 (mặc định): mỗi giá trị một dòng."
    ),
    force: bool = typer.Option(False, "--force", help="Ghi cả tệp chỉ đọc (mặc định: bỏ qua và báo lỗi)."),
) -> None:
    """Định dạng kế hoạch theo một dạng chuẩn: thứ tự khóa, thụt lề, dấu nháy, độ rộng dòng, Unicode NFC.

    Giữ nguyên mọi chú thích (# …) và dòng trống; không bao giờ đổi nội dung. Giữ kiểu xuống dòng của
    tệp (CRLF vẫn là CRLF, như khi git trên Windows lấy tệp ra). Tệp chỉ được ghi khi có thay đổi.
    Mã thoát: 0 không có gì phải sửa (hoặc đã ghi xong); 1 với --check/--diff khi có tệp cần định dạng
    lại; 2 khi không đọc hoặc không định dạng được một tệp.
    """
    import sys

    from tthc_cli.errors import TthcError
    from tthc_cli.lint.files import expand_paths
    from tthc_cli.report.fmt_formats import FmtFormat, fmt_reporter
    from tthc_cli.review.fmt_file import format_file
    from tthc_cli.review.fmt_write import write_formatted

    reporter = fmt_reporter(FmtFormat.TEXT, sys.stdout, sys.stderr)
    changed: list[str] = []
    failed = False
    for path, _kind in expand_paths(paths):
        try:
            file = format_file(path, width=width)
            if not file.changed:
                continue
            changed.append(str(path))
            if diff:
                reporter.diff(file)
            elif check:
                reporter.needs_format(path)
            else:
                write_formatted(path, file.source, file.new.replace("\n", file.source.newline), force=force)
                reporter.formatted(path)
        except TthcError as exc:
            reporter.failed(exc)
            failed = True
    if (check or diff) and changed:
        reporter.summary(changed)
    if failed:
        raise typer.Exit(2)
    raise typer.Exit(1 if changed and (check or diff) else 0)


def register(app: typer.Typer) -> None:
    """Add the command to the application."""
    app.command("fmt")(fmt)
