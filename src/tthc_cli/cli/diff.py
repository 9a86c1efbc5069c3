"""``tthc diff OLD NEW`` and ``tthc diff --rev main``: what changed in meaning between plan versions."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from tthc_cli.report.diff_formats import DiffFormat

if TYPE_CHECKING:
    from tthc_cli.review.changes import PlanDiff


def diff(
    sides: list[str] = typer.Argument(
        None,
        help="OLD NEW: hai tệp, hoặc REV:đường-dẫn đọc từ git (ví dụ main:plans/tri-ton/2024.yaml). "
        "Git gọi lệnh với 7 đối số khi dùng làm diff driver.",
        show_default=False,
    ),
    rev: str | None = typer.Option(
        None, "--rev", help="So sánh mọi kế hoạch đã đổi kể từ REV (ví dụ main) với thư mục làm việc."
    ),
    fmt: DiffFormat = typer.Option(DiffFormat.TEXT, "--format", "-f", help="Định dạng kết quả."),
    color: bool | None = typer.Option(None, "--color/--no-color", help="Tô màu (mặc định: khi in ra terminal)."),
) -> None:
    """So sánh ngữ nghĩa hai phiên bản kế hoạch: chỉ tiêu nâng/hạ, thời hạn, đơn vị, nội dung, dòng thêm/bớt/chuyển.

    Mã thoát: 0 cùng nội dung (kể cả khi chỉ khác định dạng hoặc chú thích); 1 khác nội dung; 2 lỗi.
    """
    from tthc_cli.errors import InputError
    from tthc_cli.review.gitsrc import changed_plans, read_side
    from tthc_cli.review.semantic import diff_texts

    sides = sides or []
    external = len(sides) == 7
    results: list[PlanDiff] = []
    if rev is not None:
        if sides:
            raise InputError("dùng --rev hoặc OLD NEW, không dùng cả hai")
        for name, old, new in changed_plans(rev):
            results.append(diff_texts(old, new, f"{rev}:{name}", name))
    elif external:
        name, old_file, new_file = sides[0], sides[1], sides[4]
        old_text = None if old_file == "/dev/null" else read_side(old_file)
        new_text = None if new_file == "/dev/null" else read_side(new_file)
        results.append(diff_texts(old_text, new_text, f"a/{name}", f"b/{name}"))
    elif len(sides) == 2:
        results.append(diff_texts(read_side(sides[0]), read_side(sides[1]), sides[0], sides[1]))
    else:
        raise InputError(
            "cần hai đối số OLD NEW, hoặc --rev REV", hint="ví dụ: tthc diff main:plans/2024.yaml plans/2024.yaml"
        )
    import sys

    from tthc_cli.report.diff_formats import diff_reporter

    diff_reporter(fmt, color=color)(results, sys.stdout)
    if external:
        raise typer.Exit(0)
    raise typer.Exit(1 if any(r.differs for r in results) else 0)


def register(app: typer.Typer) -> None:
    """Add the command to the application."""
    app.command("diff")(diff)
