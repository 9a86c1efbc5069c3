"""``tthc render`` writes only plans that ``tthc validate`` passes: a plan with errors (a '[cần điền: …]'
left in it, a file that is not UTF-8, a wrong citation) would end up in a signed document as it is.

The check is the linter's own, through the command's workspace, so render and validate can never disagree
about what is an error. ``--force`` writes anyway and says so on standard error.
"""

from __future__ import annotations

from pathlib import Path

import typer

from tthc_cli import codes
from tthc_cli.errors import InputError
from tthc_cli.findings import Severity
from tthc_cli.text.escape import visible
from tthc_cli.workspace import Workspace

SHOWN = 5
"""How many errors are listed before the refusal (the rest: ``tthc validate``)."""


def require_valid_plan(plan: Path, ws: Workspace, *, force: bool) -> None:
    """Refuse (one :class:`InputError`) a plan that has errors, unless ``force``; list them on stderr."""
    from tthc_cli.lint.engine import validate_paths

    report = validate_paths([str(plan)], ws)
    if report.failures:
        raise InputError(report.failures[0])
    errors = [d for d in report.diagnostics if d.severity is Severity.ERROR]
    if not errors:
        return
    for d in errors[:SHOWN]:
        typer.echo(f"{d.file}:{d.line}:{d.column}: {d.severity.label_vi} {visible(d.message)} [{d.code}]", err=True)
    if len(errors) > SHOWN:
        typer.echo(f"… và {len(errors) - SHOWN} lỗi khác", err=True)
    mojibake = next((d for d in errors if d.code == codes.YAML_ENCODING), None)
    if mojibake is not None:  # never written, even forced: every letter would be wrong
        raise InputError(f"{plan}: tệp không phải UTF-8 nên không xuất văn bản (kể cả với --force)", hint=mojibake.hint)
    if force:
        typer.echo(f"cảnh báo: vẫn xuất văn bản dù kế hoạch còn {len(errors)} lỗi (--force)", err=True)
        return
    raise InputError(
        f"{plan}: kế hoạch còn {len(errors)} lỗi nên không xuất văn bản",
        hint=f"xem mọi lỗi bằng 'tthc validate {plan}', sửa rồi xuất lại, hoặc thêm --force để vẫn xuất",
    )
