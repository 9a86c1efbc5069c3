"""``tthc render``: the official .docx of a plan (``tthc render PLAN`` or ``tthc render plan PLAN``) and
the monthly báo cáo (``tthc render report``).

``render`` is a group whose default command is ``plan``: an argument that is not a sub-command name is
taken as a plan file, so ``tthc render plans/2024.yaml -o out/`` works as the issue asks while
``tthc render report …`` stays unambiguous (a plan file literally named ``report`` is written ``./report``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from typer.core import TyperGroup

from tthc_cli.cli.options import config_option, counts_given, counts_option, more_counts_argument


class _PlanByDefault(TyperGroup):
    """A group that runs ``plan`` when the first argument is not one of its commands."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """Insert ``plan`` in front of arguments that do not start with a sub-command."""
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help"):
            args = ["plan", *args]
        return list(super().parse_args(ctx, args))


render_app = typer.Typer(
    cls=_PlanByDefault,
    help=(
        "Xuất văn bản .docx theo Nghị định 30/2020/NĐ-CP: quyết định/kế hoạch kèm phụ lục "
        "(tthc render KẾ_HOẠCH -o out/) hoặc báo cáo tháng (tthc render report)."
    ),
    no_args_is_help=True,
    suggest_commands=False,
)

_OUT_HELP = (
    "Thư mục để ghi (được tạo nếu chưa có), hoặc tên tệp .docx; tên tệp .pdf thì ghi tệp .docx cùng tên "
    "rồi chuyển sang PDF như --pdf."
)
_PDF_HELP = "Chuyển thêm sang PDF bằng LibreOffice (soffice) nếu đã cài."
_TPL_HELP = "Thư mục chứa mẫu .docx (mặc định: templates/ của kho, rồi mẫu đi kèm tthc)."
_FORCE_HELP = "Vẫn xuất khi kế hoạch còn lỗi (tthc validate báo lỗi); các lỗi được in ra stderr."


def _mkdir(folder: Path) -> None:
    from tthc_cli.errors import OutputError, os_reason

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{folder}: không tạo được thư mục ({os_reason(exc)})") from None


def _target(out: Path, default_name: str) -> Path:
    """The .docx to write: ``out`` itself when it names a .docx (or a .pdf: the .docx beside it), else
    ``default_name`` in the folder ``out``; missing folders are created."""
    if out.suffix.lower() in (".docx", ".pdf"):
        _mkdir(out.parent)
        return out.with_suffix(".docx")
    if out.exists() and not out.is_dir():
        from tthc_cli.errors import OutputError

        raise OutputError(f"{out}: đã có một tệp trùng tên; hãy chỉ định một thư mục hoặc tệp .docx")
    _mkdir(out)
    return out / default_name


def _is_pdf(out: Path) -> bool:
    return out.suffix.lower() == ".pdf"


def _write(path: Path, data: bytes, pdf: bool) -> None:
    from tthc_cli.output.atomic import atomic_write_bytes

    atomic_write_bytes(path, data)
    typer.echo(f"đã ghi {path}")
    if pdf:
        from tthc_cli.render.pdf import convert_to_pdf

        typer.echo(f"đã ghi {convert_to_pdf(path)}")


@render_app.command("plan")
def render_plan_cmd(
    plan: Path = typer.Argument(..., metavar="KẾ_HOẠCH", help="Tệp kế hoạch (.yaml)."),
    out: Path = typer.Option(Path("out"), "--output", "-o", help=_OUT_HELP),
    only: str | None = typer.Option(
        None, "--only", metavar="PHỤ_LỤC", help="Chỉ xuất một phụ lục, theo id (ví dụ phu-luc)."
    ),
    pdf: bool = typer.Option(False, "--pdf", help=_PDF_HELP),
    templates: Path | None = typer.Option(None, "--templates", help=_TPL_HELP),
    config: Path | None = config_option(),
    force: bool = typer.Option(False, "--force", help=_FORCE_HELP),
) -> None:
    """Xuất quyết định (hoặc kế hoạch) kèm phụ lục thành một tệp .docx."""
    from tthc_cli.cli.render_gate import require_valid_plan
    from tthc_cli.render.plan_doc import render_plan
    from tthc_cli.render.plan_file import load_plan
    from tthc_cli.workspace import Workspace

    ws = Workspace.open(config)
    require_valid_plan(plan, ws, force=force)
    loaded = load_plan(plan, ws)
    name = f"{loaded.plan.id}-{only}.docx" if only else f"{loaded.plan.id}.docx"
    _write(_target(out, name), render_plan(loaded, only=only, template_dir=templates), pdf or _is_pdf(out))


@render_app.command("report")
def render_report_cmd(
    files: list[str] | None = more_counts_argument(),
    counts: list[str] = counts_option(
        "Tệp số liệu CSV/XLSX; nhiều tệp (hoặc mẫu glob) tạo thành một chuỗi kỳ, báo cáo kỳ mới nhất."
    ),
    plan: Path = typer.Option(..., "--plan", "-p", help="Kế hoạch có các chỉ tiêu để đối chiếu."),
    out: Path = typer.Option(Path("out"), "--output", "-o", help=_OUT_HELP),
    number: str | None = typer.Option(None, "--number", help="Số của báo cáo (để trống nếu chưa có số)."),
    date: str | None = typer.Option(None, "--date", help="Ngày báo cáo, YYYY-MM-DD hoặc YYYY-MM."),
    pdf: bool = typer.Option(False, "--pdf", help=_PDF_HELP),
    templates: Path | None = typer.Option(None, "--templates", help=_TPL_HELP),
    config: Path | None = config_option(),
    report: Path | None = typer.Option(
        None,
        "--report",
        "-r",
        metavar="TỆP",
        help="Tệp báo cáo (.yaml): lời mở đầu, các phần I, II…, nhóm đơn vị, người ký, nơi nhận.",
    ),
    force: bool = typer.Option(False, "--force", help=_FORCE_HELP),
) -> None:
    """Xuất báo cáo tháng từ số liệu: hồ sơ tiếp nhận, giải quyết, số hóa, PAKN và bảng chỉ tiêu."""
    from tthc_cli.cli.render_gate import require_valid_plan
    from tthc_cli.render.plan_file import load_plan
    from tthc_cli.render.report_doc import render_report
    from tthc_cli.render.report_file import load_report
    from tthc_cli.render.report_input import report_input
    from tthc_cli.workspace import Workspace

    named = counts_given(counts, files)
    ws = Workspace.open(config)
    require_valid_plan(plan, ws, force=force)
    loaded = load_plan(plan, ws)
    words = load_report(report, ws) if report is not None else None
    data = report_input(ws, loaded, [Path(p) for p in named])
    name = f"bao-cao-{loaded.plan.id}-{data.period}.docx"
    doc = render_report(loaded, data, number=number, date=date, template_dir=templates, report=words)
    _write(_target(out, name), doc, pdf or _is_pdf(out))


def register(app: typer.Typer) -> None:
    """Add the ``render`` group to the application."""
    app.add_typer(render_app, name="render")
