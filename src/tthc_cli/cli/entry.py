"""The console-script entry point: answers ``tthc validate`` from the cache before loading the CLI at all.

When every file named by a ``tthc validate`` call is unchanged since it was last checked (see
:mod:`tthc_cli.lint.cache`), the findings are printed straight from the cache, without importing typer,
Pydantic or the rules; this is what makes re-running validate in pre-commit hooks and CI instant. Any option
this small reader does not know (``--help``, ``--no-cache``, a misspelt flag), or a cache miss, hands the
whole command line to the real CLI, so the two paths cannot disagree on anything but speed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_FORMATS = ("auto", "text", "json", "github", "sarif")


def _parse_validate(args: list[str]) -> tuple[list[str], str, bool, Path | None] | None:
    """(paths, format, strict, config) of a plain ``validate`` call, or ``None`` to let the CLI parse it."""
    paths: list[str] = []
    fmt, strict, config = "auto", False, None
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--strict":
            strict = True
        elif arg in ("-f", "--format", "--config") and i + 1 < len(args):
            i += 1
            if arg == "--config":
                config = Path(args[i])
            else:
                fmt = args[i]
        elif arg.startswith("--format="):
            fmt = arg.split("=", 1)[1]
        elif arg.startswith("-"):
            return None
        else:
            paths.append(arg)
        i += 1
    if not paths or fmt not in _FORMATS:
        return None
    return paths, fmt, strict, config


def _cached_validate(args: list[str]) -> int | None:
    parsed = _parse_validate(args)
    if parsed is None or os.environ.get("TTHC_NO_CACHE"):
        return None
    paths, fmt, strict, config = parsed
    from tthc_cli.lint.cache import cached_report

    hit = cached_report(paths, config)
    if hit is None:
        return None
    from tthc_cli.report.lint_formats import LintFormat, write_report

    report, cfg_strict = hit
    write_report(report, LintFormat(fmt), sys.stdout)
    return report.exit_code(strict or cfg_strict)


def run() -> None:
    """Run ``tthc``: the cached answer of an unchanged ``validate``, else the full CLI."""
    from tthc_cli.cli.streams import utf8_streams

    utf8_streams()
    if len(sys.argv) > 1 and sys.argv[1] == "validate":
        code = _cached_validate(sys.argv[2:])
        if code is not None:
            sys.stdout.flush()
            sys.exit(code)
    from tthc_cli.cli.main import run as run_cli

    run_cli()
