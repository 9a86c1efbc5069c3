"""Building plan files for rule tests: rule cases (tests/rules/*.yaml) and rule documentation examples.

A case gives one of:

- ``plan``: a whole plan file; expected positions are its own lines and columns;
- ``text``: a file checked as is, even if it is no valid plan (for rules that run on raw YAML);
- ``rows`` (a list of rows) or ``table`` (``items``/``sections``, optionally ``columns``): a fragment embedded
  in ``tests/rules/_base.yaml``; expected positions count from the fragment's first line and column 1;
- optionally ``root``: top-level keys appended to the base plan (``parent``, ``units``, ``plan`` …); an
  expectation ``[code, root, line, col]`` counts from the first line of ``root``, and
  ``[code, base, line, col]`` is a finding in the base plan itself (before the fragment);
- optionally ``units`` (written as ``units.yaml`` next to the plan) and ``files`` (name → text) written next
  to it (a ``tthc.toml`` among them is used as the configuration); every ``tests/data/rules`` file is
  available by name (the parent plan ``tinh-2024.yaml``).
"""

from __future__ import annotations

import shutil
import textwrap
from dataclasses import dataclass
from io import StringIO
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from tthc_cli.findings import Diagnostic
from tthc_cli.lint.engine import validate_plan
from tthc_cli.load.config import load_config
from tthc_cli.load.yaml_loader import load_yaml
from tthc_cli.model.config import Config

TESTS = Path(__file__).resolve().parent
BASE = TESTS / "rules" / "_base.yaml"
DATA = TESTS / "data" / "rules"
ROOT_KEYS = {"schema_version", "id", "year", "level", "locality", "units", "parent", "document", "plan"}
ROOT_KEYS |= {"appendices", "formulas", "rounding"}
TABLE_KEYS = {"items", "sections", "columns"}


@dataclass(frozen=True)
class Built:
    """A plan file written for a case, with where its fragments start."""

    path: Path
    body: tuple[int, int] = (1, 1)
    """1-based line and column of the body fragment's first character (``(1, 1)`` for whole files)."""
    root: tuple[int, int] | None = None


def _indent(text: str, width: int) -> list[str]:
    return [(" " * width + line) if line.strip() else "" for line in textwrap.dedent(text).rstrip("\n").split("\n")]


def _base_lines(keep_columns: bool) -> list[str]:
    lines = BASE.read_text(encoding="utf-8").rstrip("\n").split("\n")
    start = next(i for i, line in enumerate(lines) if line.strip() == "# @columns")
    end = next(i for i, line in enumerate(lines) if line.strip() == "# @end-columns")
    return lines if keep_columns else lines[:start] + lines[end + 1 :]


def build(case: dict[str, Any], folder: Path) -> Built:
    """Write the case's plan (and its companion files) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for extra in DATA.iterdir():
        if extra.suffix == ".yaml" and extra.name != "units.yaml":
            shutil.copy(extra, folder / extra.name)
    if case.get("units") is not None:
        (folder / "units.yaml").write_text(str(case["units"]), encoding="utf-8")
    for name, text in (case.get("files") or {}).items():
        (folder / name).write_text(str(text), encoding="utf-8")
    path = folder / "plan.yaml"
    if "plan" in case or "text" in case:
        path.write_text(str(case.get("plan", case.get("text"))), encoding="utf-8")
        return Built(path)
    fragment = str(case.get("rows") or case.get("table") or "")
    has_columns = "table" in case and "columns" in (load_yaml(fragment).data or {})
    lines = _base_lines(keep_columns=not has_columns)
    if "rows" in case:
        lines.append(" " * 10 + "items:")
        body = (len(lines) + 1, 13)
        lines += _indent(fragment, 12)
    else:
        body = (len(lines) + 1, 11)
        lines += _indent(fragment, 10)
    root = None
    if case.get("root"):
        root = (len(lines) + 1, 1)
        lines += _indent(str(case["root"]), 0)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Built(path, body, root)


def run(built: Built) -> list[Diagnostic]:
    """Every finding for the written plan (configuration rooted in its folder)."""
    toml = built.path.parent / "tthc.toml"
    config = load_config(toml) if toml.is_file() else Config(root=str(built.path.parent))
    return validate_plan(built.path, config).diagnostics


def positions(built: Built, diagnostics: list[Diagnostic], codes: set[str]) -> list[list[Any]]:
    """The findings of ``codes`` as ``[code, line, col]`` relative to the case's fragments."""
    out: list[list[Any]] = []
    for d in diagnostics:
        if d.code not in codes:
            continue
        if built.root and d.line >= built.root[0]:
            out.append([d.code, "root", d.line - built.root[0] + 1, d.column])
        elif d.line < built.body[0]:
            out.append([d.code, "base", d.line, d.column])
        else:
            line, col = d.line - built.body[0] + 1, d.column - built.body[1] + 1
            out.append([d.code, line, col])
    return sorted(out, key=str)


def _deep_merge(base: dict[str, Any], extra: dict[str, Any]) -> None:
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            _deep_merge(base[key], value)
        else:
            base[key] = value


def merged_plan(fragment: Any, *, replace: bool = False) -> str:
    """The base plan with a documentation example merged in as data (positions do not matter there).

    A list becomes the table's rows; ``items``/``sections``/``columns`` go into the table; top-level plan
    keys are merged into the base's (or replace them with ``replace``, for examples of schema errors that
    show a whole node); the remaining keys make one row (a task "Nhiệm vụ" unless they say otherwise).
    """
    base = load_yaml(BASE.read_text(encoding="utf-8")).data
    table = base["appendices"][0]["blocks"][0]["table"]
    if isinstance(fragment, list):
        table["items"] = fragment
    elif isinstance(fragment, dict):
        row = {k: v for k, v in fragment.items() if k not in TABLE_KEYS | ROOT_KEYS}
        for key in set(fragment) & TABLE_KEYS:
            table[key] = fragment[key]
        top = {k: v for k, v in fragment.items() if k in ROOT_KEYS}
        if replace:
            base.update(top)
        else:
            _deep_merge(base, top)
        if row:
            if not {"content", "indicator", "group"} & set(row):
                row = {"content": "Nhiệm vụ", **row}
            table["items"] = [row]
    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    out = StringIO()
    yaml.dump(base, out)
    return out.getvalue()
