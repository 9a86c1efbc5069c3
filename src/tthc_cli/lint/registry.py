"""The rule registry: every rule is a module under ``tthc_cli.lint.rules`` documented by its docstring.

A rule module defines, at module level::

    CODE = codes.TEXT_DOUBLED_WORD       # the constant of tthc_cli.codes: name and default severity are there
    FAMILY = "text"                      # optional: the first part of the name
    NEEDS_MODEL = True                   # optional; False: runs on the raw YAML data even if the schema fails
    PHASE = "check"                      # optional: "load" for codes below TT200 (the loader and the schema
                                         # step emit them), "counts" for counts.* codes (the counts readers;
                                         # their examples are counts files, not YAML), else "check"

    def check(ctx: PlanContext) -> Iterator[Finding]: ...   # for "check" rules

The module docstring is the rule's documentation (``tthc rules CODE`` prints it): what the rule finds, why,
a failing example under a line ``Ví dụ sai:`` and a passing one under ``Ví dụ đúng:``, each an indented
YAML block.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING

from tthc_cli import codes
from tthc_cli.findings import Severity

if TYPE_CHECKING:
    from tthc_cli.lint.context import Finding, PlanContext

CheckFn = Callable[["PlanContext"], Iterator["Finding"]]


@dataclass(frozen=True)
class RuleInfo:
    """What the registry knows about one rule."""

    code: str
    name: str
    severity: Severity
    family: str
    doc: str
    phase: str = "check"
    needs_model: bool = True
    aliases: tuple[str, ...] = ()
    check: CheckFn | None = field(default=None, compare=False)
    enabled_by_default: bool = True

    @property
    def summary(self) -> str:
        """The first line of the documentation."""
        return self.doc.strip().splitlines()[0].strip() if self.doc.strip() else self.name


def _default_phase(code: str, name: str) -> str:
    """Codes below TT200 come from the loader and the schema step, ``counts.*`` codes from the counts
    readers; every other rule checks a loaded plan."""
    if code < "TT200":
        return "load"
    return "counts" if name.startswith("counts.") else "check"


def _info(module: ModuleType) -> RuleInfo:
    spec = codes.spec(module.CODE)
    return RuleInfo(
        code=module.CODE,
        name=spec.name,
        severity=spec.severity,
        family=getattr(module, "FAMILY", spec.name.split(".")[0]),
        doc=module.__doc__ or "",
        phase=getattr(module, "PHASE", _default_phase(module.CODE, spec.name)),
        needs_model=getattr(module, "NEEDS_MODEL", _default_phase(module.CODE, spec.name) == "check"),
        aliases=spec.aliases,
        check=getattr(module, "check", None),
        enabled_by_default=spec.enabled,
    )


@cache
def all_rules() -> tuple[RuleInfo, ...]:
    """Every registered rule, sorted by code."""
    from tthc_cli.lint.rules import RULE_MODULES

    infos = [_info(importlib.import_module(f"tthc_cli.lint.rules.{name}")) for name in RULE_MODULES]
    listed = [i.code for i in infos]
    dupes = {c for c in listed if listed.count(c) > 1}
    if dupes:
        raise RuntimeError(f"duplicate rule codes: {sorted(dupes)}")
    return tuple(sorted(infos, key=lambda i: i.code))


@cache
def by_code() -> dict[str, RuleInfo]:
    """Rules by code."""
    return {info.code: info for info in all_rules()}


def lookup(code_or_name: str) -> RuleInfo | None:
    """Find a rule by code, name or alias (case-insensitive)."""
    code = codes.lookup(code_or_name)
    return by_code().get(code) if code else None
