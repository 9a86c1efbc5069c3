"""What the formula rules (TT605–TT607) share: the catalogue in force for a plan and its formulas."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from pathlib import Path

from tthc_cli.errors import InputError
from tthc_cli.findings import YamlPath
from tthc_cli.lint.context import PlanContext
from tthc_cli.model.metrics import MetricCatalogue, build_catalogue
from tthc_cli.score.formula import FormulaError, parse

_KEY = "formulas.catalogue"


_BUILT: dict[tuple[str | None, str | None], MetricCatalogue] = {}


def catalogue(ctx: PlanContext) -> MetricCatalogue:
    """The configured catalogue (the shipped one overlaid by the repository's ``metrics``/``indicators``).

    Built once per process for each configuration: every plan of a ``tthc validate plans/`` run shares it.
    """
    if _KEY not in ctx.extra:
        cfg = ctx.config
        metrics = str(cfg.resolve(cfg.metrics)) if cfg.metrics else None
        indicators = str(cfg.resolve(cfg.indicators)) if cfg.indicators else None
        if (metrics, indicators) not in _BUILT:
            # a configured file that cannot be read stops the run (TthcError): never a quiet shipped default
            built = build_catalogue(Path(metrics) if metrics else None, Path(indicators) if indicators else None)
            check_repository_formulas(built)
            _BUILT[(metrics, indicators)] = built
        ctx.extra[_KEY] = _BUILT[(metrics, indicators)]
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
