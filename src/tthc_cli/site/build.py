"""Writing the site: every page rendered in memory first, then written, so a failure leaves no half site."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tthc_cli.errors import InputError, OutputError, os_reason
from tthc_cli.output.atomic import atomic_write_text
from tthc_cli.report.score_common import num
from tthc_cli.score.result import ScoreReport
from tthc_cli.site.view import navigation, pages


def _env() -> Any:
    from jinja2 import PackageLoader

    from tthc_cli.render.engine import make_env

    env = make_env()
    env.loader = PackageLoader("tthc_cli.site", "templates")
    env.filters["num"] = num
    return env


MAX_UNITS = 4_000
"""Units a site may show: a page each, all held in memory until they are written (4.000 units, several times
the communes of any province: about 35 MB of pages, under 5 s)."""


def render_site(report: ScoreReport) -> dict[str, str]:
    """The site's files by name (HTML text); a page past the template limits is a one-line error."""
    from tthc_cli.render.sandbox import TemplateLimitError

    if len(report.units) > MAX_UNITS:
        raise InputError(
            f"số liệu có {len(report.units)} đơn vị, quá giới hạn {MAX_UNITS} đơn vị của một trang công khai",
            hint="tạo trang cho từng huyện hoặc từng cấp (lọc số liệu theo đơn vị)",
        )

    env = _env()
    nav = navigation(report)
    names = [Path(f).name for f in report.counts_files]
    common = {"nav": nav, "plan_file": Path(report.plan_file).name, "counts_files": names}
    files: dict[str, str] = {}
    for p in pages(report):
        env.new_rendering()  # each page has the whole budget: a site has a page per unit
        try:
            files[p.file] = env.get_template(p.template).render(page=p, **common)
        except TemplateLimitError as exc:
            raise InputError(
                f"trang {p.file}: {exc}", hint="số đơn vị hoặc số kỳ quá lớn cho một trang; chia số liệu theo cấp"
            ) from None
    return files


def write_site(report: ScoreReport, out: Path) -> list[Path]:
    """Render and write the site into ``out`` (created if needed); returns the files written."""
    files = render_site(report)
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out}: đã có một tệp cùng tên, cần một thư mục")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{out}: không tạo được thư mục ({os_reason(exc)})") from None
    written = []
    for name, text in files.items():
        atomic_write_text(out / name, text)
        written.append(out / name)
    return written
