"""``tthc site PLAN --counts FILE… -o DIR``: a static HTML site of the results of ``tthc score``."""

from __future__ import annotations

from pathlib import Path

import typer

from tthc_cli.cli.options import config_option, counts_given, counts_option


def site(
    plan: Path = typer.Argument(..., metavar="KẾ_HOẠCH", help="Tệp kế hoạch có các chỉ tiêu."),
    counts: list[str] = counts_option(),
    output: Path = typer.Option(Path("site"), "--output", "-o", help="Thư mục ghi trang (mặc định: site/)."),
    encoding: str | None = typer.Option(None, "--encoding", metavar="BẢNG_MÃ", help="Bảng mã của tệp CSV."),
    sheet: str | None = typer.Option(None, "--sheet", metavar="TRANG", help="Trang tính trong tệp XLSX."),
    config: Path | None = config_option(),
) -> None:
    """Tạo trang web tĩnh công khai kết quả chỉ tiêu: toàn địa bàn, từng đơn vị, từng kỳ, Bộ chỉ số 766.

    Số liệu giống hệt 'tthc score'; biểu đồ SVG nằm ngay trong trang, có bảng số liệu đi kèm; không tải gì
    từ mạng, mở được từ ổ đĩa chung. Mã thoát: 0 bình thường; 1 số liệu có lỗi; 2 sai cách dùng hoặc đầu vào.
    """
    from tthc_cli.cli.score_run import ScoreRequest, build_report
    from tthc_cli.site.build import write_site

    report = build_report(
        ScoreRequest(counts=counts_given(counts), plan=plan, encoding=encoding, sheet=sheet, config=config)
    )
    written = write_site(report, output)
    typer.echo(f"đã ghi {len(written)} trang vào {output}", err=True)
    raise typer.Exit(1 if report.has_errors else 0)


def register(app: typer.Typer) -> None:
    """Add the command to the application."""
    app.command("site")(site)
