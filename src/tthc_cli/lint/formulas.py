"""What the formula rules (TT605–TT607) share: the catalogue in force for a plan and its formulas."""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from tthc_cli.errors import TthcError
from tthc_cli.findings import YamlPath
from tthc_cli.lint.context import PlanContext
from tthc_cli.load.catalogues import build_catalogue
from tthc_cli.model.metrics import MetricCatalogue


def catalogue(ctx: PlanContext) -> MetricCatalogue:
    """The configured catalogue (shipped when the repository's files cannot be read: the configured files are
    checked on their own, and a formula is checked against what the run would use)."""
    try:
        return ctx.workspace.metrics()
    except TthcError:
        return build_catalogue()


def plan_formulas(ctx: PlanContext) -> Iterator[tuple[YamlPath, str]]:
    """Every formula written in the plan: its ``formulas:`` map, then indicator rows' ``formula:``."""
    if ctx.plan is None:
        return
    for key, text in ctx.plan.formulas.items():
        yield ("formulas", key), text
    for path, row in ctx.iter_indicators():
        if row.formula is not None:
            yield (*path, "formula"), row.formula


def did_you_mean(word: str, choices: list[str]) -> str | None:
    """A "có phải …?" hint with the closest choices, if any."""
    close = difflib.get_close_matches(word, choices, n=3, cutoff=0.6)
    return ("có phải: " + ", ".join(close) + "?") if close else None
