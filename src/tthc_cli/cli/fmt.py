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
    import difflib

    from tthc_cli.errors import TthcError
    from tthc_cli.lint.files import expand_paths
    from tthc_cli.load.source import read_source
    from tthc_cli.review.fmt import format_text
    from tthc_cli.review.fmt_write import write_formatted
    from tthc_cli.text.escape import visible

    changed: list[str] = []
    failed = False
    for path, _kind in expand_paths(paths):
        try:
            source = read_source(path)
            if source.decode_problem:
                p = source.decode_problem
                where = f"{path}:{p.line}:{p.column}"
                raise TthcError(f"{where}: không phải UTF-8 hợp lệ; không định dạng", hint=p.hint)
            if source.decoded_from:
                raise TthcError(f"{path}: tệp lưu bằng {source.decoded_from.label}; lưu lại bằng UTF-8 rồi định dạng")
            new = format_text(source.text, width=width, name=str(path))
        except TthcError as exc:
            typer.echo(visible(f"tthc: lỗi: {exc}"), err=True)
            failed = True
            continue
        if new == source.text and not source.had_bom and not source.mixed_newlines:
            continue
        changed.append(str(path))
        if diff and new == source.text:
            typer.echo(f"--- {path}: chỉ đổi kiểu xuống dòng hoặc bỏ BOM, nội dung giữ nguyên")
        elif diff:
            lines = difflib.unified_diff(
                source.text.splitlines(keepends=True),
                new.splitlines(keepends=True),
                fromfile=f"a/{path}",
                tofile=f"b/{path}",
            )
            typer.echo(visible("".join(lines), keep_newlines=True), nl=False)
        elif check:
            typer.echo(visible(f"cần định dạng lại: {path}"))
        else:
            try:
                write_formatted(path, source, new.replace("\n", source.newline), force=force)
            except TthcError as exc:
                typer.echo(visible(f"tthc: lỗi: {exc}"), err=True)
                failed = True
                continue
            typer.echo(visible(f"đã định dạng: {path}"), err=True)
    if (check or diff) and changed:
        typer.echo(visible(f"{len(changed)} tệp cần định dạng lại (chạy: tthc fmt {' '.join(changed)})"), err=True)
    if failed:
        raise typer.Exit(2)
    raise typer.Exit(1 if changed and (check or diff) else 0)


def register(app: typer.Typer) -> None:
    """Add the command to the application."""
    app.command("fmt")(fmt)
