"""The unit resolver finds names by dictionary, in time that does not grow with the registry, and finds what
a search with one word-boundary pattern per name (longest first) finds."""

from __future__ import annotations

import re
import time

from hypothesis import given
from hypothesis import strategies as st

from tthc_cli.model.units import UnitsFile
from tthc_cli.text.normalize import fold, fold_with_offsets
from tthc_cli.units.resolve import UnitResolver

_MASK = "\x00"


def _reference(registry: UnitsFile, text: str) -> list[tuple[int, int, str]]:
    """Every name tried longest first with its own pattern; a place is taken when no longer name has it."""
    names: list[tuple[str, str]] = []
    seen: set[str] = set()
    for uid, written in [(u.id, n) for u in registry.units for n in (u.name, *u.aliases)] + [
        (g.id, n) for g in registry.groups for n in (g.name, *g.aliases)
    ]:
        key = fold(written)
        if key and key not in seen:
            seen.add(key)
            names.append((key, uid))
    names.sort(key=lambda item: -len(item[0]))
    norm, where = fold_with_offsets(text)
    chars = list(norm)
    found = []
    for key, uid in names:
        for m in re.finditer(rf"(?<!\w){re.escape(key)}(?!\w)", norm):
            if all(c != _MASK for c in chars[m.start() : m.end()]):
                found.append((m.start(), m.end(), uid))
                chars[m.start() : m.end()] = _MASK * (m.end() - m.start())
    return [(where[s], where[e - 1] + 1, uid) for s, e, uid in sorted(found)]


_WORDS = ["xã", "An", "Bình", "thị trấn", "Phòng", "Tư pháp", "UBND", "các", "(Tổ)", "Văn phòng – thống kê", "và"]


@st.composite
def _registry_and_cell(draw: st.DrawFn) -> tuple[UnitsFile, str]:
    names = draw(st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3).map(" ".join), max_size=8))
    units = [{"id": f"u{i}", "name": name, "kind": "xa"} for i, name in enumerate(names)]
    registry = UnitsFile.model_validate({"units": units})
    cell = draw(st.lists(st.sampled_from([*_WORDS, ",", ";", " ", "chủ trì"]), max_size=12).map(" ".join))
    return registry, cell


@given(_registry_and_cell())
def test_names_are_found_where_one_pattern_per_name_finds_them(case: tuple[UnitsFile, str]) -> None:
    registry, cell = case
    found = [(f.start, f.end, f.id) for f in UnitResolver(registry).resolve(cell).found]
    assert found == _reference(registry, cell)


def test_a_name_that_starts_with_punctuation_is_still_found() -> None:
    registry = UnitsFile.model_validate({"units": [{"id": "to", "name": "(Tổ) một cửa", "kind": "xa"}]})
    resolution = UnitResolver(registry).resolve("Bộ phận (Tổ) một cửa, xã A")
    assert [f.id for f in resolution.found] == ["to"]


def test_thirty_two_thousand_units_cost_a_cell_no_more_than_ten() -> None:
    n = 32_000
    registry = UnitsFile.model_validate(
        {"units": [{"id": f"u{i}", "name": f"xã Số {i}", "kind": "xa"} for i in range(n)]}
    )
    start = time.monotonic()
    resolver = UnitResolver(registry)
    cells = [f"UBND xã Số {i}, xã Số {i + 1} và xã Không Có {i}" for i in range(0, 3000, 3)]
    found = [resolver.resolve(c) for c in cells]
    assert time.monotonic() - start < 10  # one pattern per name took minutes
    assert [f.id for f in found[1].found] == ["u3", "u4"]
    assert resolver.lookup("XÃ SỐ 31999") == "u31999"
    assert resolver.suggest("xã Sô 20001") == "xã Số 20001"  # suggestions come from the closest names
