"""The output formats of ``tthc rules``: the list of rules, or one rule with its documentation."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

from tthc_cli.report.formats import StreamReporter, assert_never

if TYPE_CHECKING:
    from tthc_cli.lint.registry import RuleInfo


class RulesFormat(str, enum.Enum):
    """Output formats of ``tthc rules``."""

    TEXT = "text"
    JSON = "json"


@dataclass(frozen=True)
class RuleListing:
    """What ``tthc rules`` shows."""

    rules: tuple[RuleInfo, ...]
    """The rules, in code order."""
    detail: bool
    """One rule asked for by code or name: show its documentation (with examples) and old names."""


def _write_text(listing: RuleListing, out: TextIO) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console(file=out, highlight=False)
    if not listing.detail:
        table = Table("Mã", "Tên", "Mức", "Mô tả", box=None, pad_edge=False)
        for info in listing.rules:
            table.add_row(info.code, info.name, info.severity.label_vi, escape(info.summary))
        console.print(table)
        return
    for info in listing.rules:
        console.print(f"[bold]{info.code}[/bold] {info.name} ({info.severity.label_vi})")
        if info.aliases:
            console.print(f"Tên cũ: {', '.join(info.aliases)}")
        console.print()
        console.print(escape(info.doc.strip()))


def _write_json(listing: RuleListing, out: TextIO) -> None:
    import json

    from tthc_cli.text.escape import json_text

    rows = [
        {
            "code": info.code,
            "name": info.name,
            "severity": info.severity.value,
            "family": info.family,
            "aliases": list(info.aliases),
            "summary": info.summary,
            **({"doc": info.doc.strip()} if listing.detail else {}),
        }
        for info in listing.rules
    ]
    out.write(json_text(json.dumps(rows, ensure_ascii=False, indent=2)) + "\n")


def rules_reporter(fmt: RulesFormat) -> StreamReporter[RuleListing]:
    """The reporter of ``fmt``."""
    match fmt:
        case RulesFormat.TEXT:
            return _write_text
        case RulesFormat.JSON:
            return _write_json
        case _:
            assert_never(fmt)
