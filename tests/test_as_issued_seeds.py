"""The transcribed seed plans: as issued (errors kept) and corrected, their units and error manifests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tthc_cli.load.yaml_loader import load_yaml
from tthc_cli.model.plan import Group, Plan, Section
from tthc_cli.model.units import UnitsFile

ROOT = Path(__file__).resolve().parent.parent
PLACES = ["thap-muoi", "di-lang", "tri-ton"]
KINDS = {
    "doubled-word",
    "misspelling",
    "wrong-word",
    "agency-two-names",
    "numbering-gap",
    "numbering-start",
    "citation-conflicting-dates",
    "citation-date-mismatch",
    "citation-number-format",
    "stray-space",
    "other",
}


def _load(path: Path) -> Any:
    loaded = load_yaml(path.read_text(encoding="utf-8"))
    assert loaded.issues == [], loaded.issues
    return loaded.data


def _plan(path: Path) -> Plan:
    return Plan.model_validate(_load(path))


def _row_ids(plan: Plan) -> list[str | None]:
    ids: list[str | None] = []

    def rows(items: list[Any]) -> None:
        for row in items:
            ids.append(row.id)
            if isinstance(row, Group):
                rows(row.items)

    def sections(secs: list[Section]) -> None:
        for sec in secs:
            ids.append(sec.id)
            rows(sec.items)
            sections(sec.sections)

    for appendix in plan.appendices:
        ids.append(appendix.id)
        for block in appendix.blocks:
            ids.append(block.id)
            if block.table:
                rows(block.table.items)
                sections(block.table.sections)
    return ids


@pytest.mark.parametrize("place", PLACES)
def test_plans_load_and_validate(place: str) -> None:
    as_issued = _plan(ROOT / "examples/as-issued" / place / "2024.yaml")
    corrected = _plan(ROOT / "plans" / place / "2024.yaml")
    assert as_issued.id == corrected.id


@pytest.mark.parametrize("place", PLACES)
def test_row_ids_are_unique_and_shared(place: str) -> None:
    as_issued = _row_ids(_plan(ROOT / "examples/as-issued" / place / "2024.yaml"))
    corrected = _row_ids(_plan(ROOT / "plans" / place / "2024.yaml"))
    assert None not in as_issued
    assert len(set(as_issued)) == len(as_issued)
    assert as_issued == corrected


@pytest.mark.parametrize("place", PLACES)
def test_units_registries_are_identical_copies(place: str) -> None:
    plans_units = ROOT / "plans" / place / "units.yaml"
    example_units = ROOT / "examples/as-issued" / place / "units.yaml"
    UnitsFile.model_validate(_load(plans_units))
    assert plans_units.read_bytes() == example_units.read_bytes()


@pytest.mark.parametrize("place", PLACES)
def test_manifest_points_at_the_error(place: str) -> None:
    lines = (ROOT / "examples/as-issued" / place / "2024.yaml").read_text(encoding="utf-8").split("\n")
    corrected = (ROOT / "plans" / place / "2024.yaml").read_text(encoding="utf-8").split("\n")
    # The corrected plan without the comments that record what the original had.
    code = "\n".join(line.split("  # ")[0] for line in corrected if not line.lstrip().startswith("#"))
    entries = _load(ROOT / "tests/data/as_issued" / f"{place}.yaml")
    assert entries
    for entry in entries:
        extra = {"found_by"} if entry["kind"] == "other" else set()
        assert {"line", "kind", "text", "fix"} <= set(entry) <= {"line", "kind", "text", "fix"} | extra, entry
        assert entry["kind"] in KINDS, entry
        assert entry["text"] in lines[entry["line"] - 1], entry
        assert entry["text"] != entry["fix"], entry
        if entry["kind"] in {"doubled-word", "stray-space", "misspelling", "wrong-word", "agency-two-names"} | {
            "citation-number-format"
        }:
            assert entry["text"] not in code, entry
