"""The real plans: every authoring error kept in ``examples/as-issued`` is reported at its line, and the
corrected plans in ``plans/`` validate clean.

The manifests ``tests/data/as_issued/<place>.yaml`` list each kept error (line, kind, text, fix). Kinds this
project promises a rule for must be found. The kind ``other`` (errors no rule is required to catch) states
what happens exactly: ``found_by: CODE`` when a rule reports it, no ``found_by`` when none does; either way
the test fails when that changes and the manifest does not.
"""

from __future__ import annotations

import os
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from tthc_cli.findings import Diagnostic
from tthc_cli.lint.engine import validate_plan
from tthc_cli.lint.registry import lookup
from tthc_cli.load.yaml_loader import load_yaml

ROOT = Path(__file__).resolve().parent.parent
MANIFESTS = sorted((ROOT / "tests/data/as_issued").glob("*.yaml"))
KIND_RULES = {
    "doubled-word": "text.doubled-word",
    "misspelling": "text.misspelling",
    "wrong-word": "text.wrong-word",
    "agency-two-names": "text.agency-two-names",
    "stray-space": "text.stray-space",
    "numbering-gap": "numbering.gap",
    "numbering-start": "numbering.gap",
    "citation-conflicting-dates": "citation.conflicting-dates",
    "citation-date-mismatch": "citation.date-mismatch",
    "citation-number-format": "citation.number-format",
}


@cache
def _diagnostics(place: str) -> tuple[Diagnostic, ...]:
    return tuple(validate_plan(ROOT / "examples/as-issued" / place / "2024.yaml").diagnostics)


def _entries() -> list[Any]:
    params = []
    for manifest in MANIFESTS:
        place = manifest.stem
        for entry in load_yaml(manifest.read_text(encoding="utf-8")).data:
            kind = entry["kind"]
            assert kind == "other" or kind in KIND_RULES, f"{manifest.name}: unknown kind {kind}"
            name = f"{place}:{entry['line']}:{kind}"
            params.append(pytest.param(place, entry, _expected_code(entry), id=name))
    return params


def _expected_code(entry: dict[str, Any]) -> str | None:
    """The code that must report ``entry``: its kind's rule, or its ``found_by``; ``None`` for none."""
    if entry["kind"] == "other":
        found_by: str | None = entry.get("found_by")
        return found_by
    info = lookup(KIND_RULES[entry["kind"]])
    assert info is not None, f"no rule registered for kind {entry['kind']}"
    return info.code


@cache
def _manifest(place: str) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = load_yaml((ROOT / "tests/data/as_issued" / f"{place}.yaml").read_text("utf-8")).data
    return data


@pytest.mark.parametrize(("place", "entry", "code"), _entries())
def test_manifest_entry_is_reported_at_its_line(place: str, entry: dict[str, Any], code: str | None) -> None:
    at_line = {d.code for d in _diagnostics(place) if d.line == entry["line"]}
    if code is not None:
        assert code in at_line, f"{code} not reported at line {entry['line']} ({entry['text']!r})"
        return
    siblings = {_expected_code(e) for e in _manifest(place) if e["line"] == entry["line"] and e is not entry}
    unexplained = at_line - siblings
    assert not unexplained, f"{sorted(unexplained)} now report line {entry['line']} ({entry['text']!r}): set found_by"


def test_repeated_entries_are_reported_as_often_as_listed() -> None:
    for manifest in MANIFESTS:
        place = manifest.stem
        listed: dict[tuple[int, str], int] = {}
        for entry in load_yaml(manifest.read_text(encoding="utf-8")).data:
            if entry["kind"] in {"doubled-word", "stray-space", "misspelling", "wrong-word", "agency-two-names"}:
                key = (entry["line"], entry["kind"])
                listed[key] = listed.get(key, 0) + 1
        for (line, kind), count in listed.items():
            info = lookup(KIND_RULES[kind])
            assert info is not None
            found = [d for d in _diagnostics(place) if d.line == line and d.code == info.code]
            assert len(found) >= count, (place, line, kind)


def test_corrected_plans_validate_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tthc_cli", "validate", "plans/"],
        cwd=ROOT,
        capture_output=True,
        encoding="utf-8",
        # Python on Windows cannot start without SYSTEMROOT
        env={"NO_COLOR": "1", "PATH": "", **{k: v for k, v in os.environ.items() if k.upper() == "SYSTEMROOT"}},
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
