"""What the formula rules (TT605–TT607) share: the catalogue in force for a plan and its formulas."""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from tthc_cli.errors import InputError
from tthc_cli.findings import YamlPath
from tthc_cli.formula.language import FormulaError, parse
from tthc_cli.lint.context import PlanContext
from tthc_cli.model.metrics import MetricCatalogue

_KEY = "formulas.catalogue"


def catalogue(ctx: PlanContext) -> MetricCatalogue:
    """The configured catalogue (the shipped one overlaid by the repository's ``metrics``/``indicators``),
    its formulas checked once per plan run.

    A configured file that cannot be read stops the run (TthcError): never a quiet shipped default.
    """
    if _KEY not in ctx.extra:
        built = ctx.workspace.metrics()
        check_repository_formulas(built)
        ctx.extra[_KEY] = built
    found: MetricCatalogue = ctx.extra[_KEY]
    return found


def check_repository_formulas(built: MetricCatalogue) -> None:
    """Raise :class:`InputError` for a formula of the repository's ``indicators.yaml`` that does not parse:
    ``tthc score`` would refuse it, so ``tthc validate`` must not pass it."""
    for key, indicator in built.indicators.items():
        origin = built.formula_origin.get(key, "shipped")
        if indicator.formula is None or origin in ("shipped", "plan"):
            continue
        try:
            parse(indicator.formula)
        except FormulaError as exc:
            raise InputError(
                f"{origin}: chỉ tiêu '{key}': công thức sai cú pháp: {exc.message} (ký tự thứ {exc.offset + 1})"
            ) from None


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
