"""The formatter's fast path writes what the round-trip formatter writes, and is the path real plans take."""

from __future__ import annotations

import difflib
import json
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tthc_cli.errors import InputError
from tthc_cli.load.yaml_loader import load_yaml
from tthc_cli.review import fmt
from tthc_cli.review.fmt_fast import _SAFE_BLOCK, _SAFE_FLOW, _analysis, format_fast
from tthc_cli.review.keyorder import root_model

REPO = Path(__file__).parent.parent
YAML_FILES = sorted(
    p
    for folder in ("plans", "examples", "src/tthc_cli/data", "tests/data", "tests/rules", "benchmarks")
    for p in (REPO / folder).glob("**/*.yaml")
)

sys.path.insert(0, str(REPO / "benchmarks"))
from validate import generated_plan  # noqa: E402


def _formatted(text: str, *, fast: bool = True) -> str | None:
    try:
        return fmt.format_text(text, fast=fast)
    except InputError:
        return None


def _slow(text: str) -> str | None:
    """The round-trip formatter alone: the reference the fast path is compared with."""
    return _formatted(text, fast=False)


def _fast_result(text: str) -> str | None:
    """What the fast path alone writes, or ``None`` when it leaves the file to the round-trip formatter."""
    nfc = unicodedata.normalize("NFC", text)
    loaded = load_yaml(nfc, keep_nodes=True)
    return format_fast(nfc, loaded.root, root_model(loaded.data)) if loaded.ok else None


def _agrees(slow: str, fast: str, source: str) -> bool:
    """The same text, except lines the round-trip formatter drops (see the fast path's docstring): blank
    lines and comment lines of the source."""
    if slow == fast:
        return True
    written = set(source.split("\n"))
    fast_lines = fast.split("\n")
    matcher = difflib.SequenceMatcher(None, slow.split("\n"), fast_lines, autojunk=False)
    for tag, _i1, _i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        added = fast_lines[j1:j2]
        if tag != "insert" or not all(x == "" or (x.lstrip().startswith("#") and x in written) for x in added):
            return False
    return True


def _assert_same_as_round_trip(text: str) -> None:
    """The formatter (fast path on) writes what the round-trip formatter writes, or refuses as it does."""
    out = _formatted(text)
    slow = _slow(text)
    if out is None or slow is None:
        assert out == slow, "one path refused the file and the other formatted it"
        return
    assert _agrees(slow, out, text), "".join(difflib.unified_diff(slow.splitlines(True), out.splitlines(True)))
    assert fmt.format_text(out) == out, "the result is not settled"


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: str(p.relative_to(REPO)))
def test_repository_files_format_the_same_on_both_paths(path: Path) -> None:
    _assert_same_as_round_trip(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", sorted((REPO / "plans").glob("*/*.yaml")), ids=lambda p: str(p.relative_to(REPO)))
def test_real_plans_take_the_fast_path(path: Path) -> None:
    assert _fast_result(path.read_text(encoding="utf-8")) is not None


def test_a_generated_plan_of_five_thousand_rows_takes_the_fast_path() -> None:
    text = generated_plan(5000)
    assert _fast_result(text) == text


def test_a_comment_after_a_list_items_block_header_is_kept() -> None:
    # the round-trip formatter loses "# ghi chú" here too
    text = "result:\n  - |-  # ghi chú\n    - dòng một\n    - dòng hai\n"
    assert fmt.format_text(text) == text
    assert "# ghi chú" not in fmt.format_text(text, fast=False)


def test_a_comment_before_a_flow_item_with_its_own_comment_is_kept() -> None:
    # the round-trip formatter loses "# ghi chú" here; the fast path keeps every comment line
    text = "columns:\n  - {key: stt, header: Stt}\n  # ghi chú\n  - {key: content, header: Nội dung}  # cuối\n"
    assert fmt.format_text(text) == text
    assert "# ghi chú" not in fmt.format_text(text, fast=False)


@pytest.mark.parametrize(
    "text",
    [
        "a: &x 1\nb: *x\n",  # an alias
        "a: !!str 12\n",  # a tag
        "a: >-\n  gấp\n  dòng\n",  # a folded block
        "a:\n  dòng một\n  dòng hai\n",  # a plain scalar over two lines
        "a:\n  - - lồng\n",  # a list inside a list
        "a: 0x1F\nb: +5\n",  # numbers the dumper rewrites
        "a:\tb\n",  # a tab
        "---\na: 1\n",  # a document marker
    ],
)
def test_shapes_the_fast_path_leaves_to_the_round_trip_formatter(text: str) -> None:
    assert _fast_result(text) is None
    assert _formatted(text) == _slow(text)


@given(st.from_regex(_SAFE_BLOCK, fullmatch=True))
def test_text_the_shortcut_leaves_plain_in_a_block_is_plain_for_the_emitter(value: str) -> None:
    assert _analysis(value).allow_block_plain


@given(st.from_regex(_SAFE_FLOW, fullmatch=True))
def test_text_the_shortcut_leaves_plain_in_a_flow_is_plain_for_the_emitter(value: str) -> None:
    assert _analysis(value).allow_flow_plain


# --- generated files in the shapes offices write ---------------------------------------------------------

_KEYS = ["id", "stt", "content", "lead", "deadline", "title", "kind", "items", "note", "year", "document", "khác"]
_WORDS = st.sampled_from(["Văn phòng", "UBND xã", "Quý II/2024", "rà soát", "a: b", "#1", "it's", "- gạch", " ", ""])
_TOKENS = st.sampled_from(["1", "007", "1.50", "true", "True", "yes", "no", "~", "null", "2024-02-16", "1e3", "+5"])


@st.composite
def _scalar(draw: st.DrawFn) -> str:
    """A scalar as an office might write it: plain, single or double quoted, or a typed token."""
    if draw(st.booleans()):
        return draw(_TOKENS)
    value = "".join(draw(st.lists(_WORDS, min_size=1, max_size=3)))
    style = draw(st.sampled_from(["plain", "single", "double"]))
    if style == "plain" and value and value == value.strip() and _SAFE_BLOCK.fullmatch(value):
        return value
    if style == "double":
        return json.dumps(value, ensure_ascii=False)
    return "'" + value.replace("'", "''") + "'"


@st.composite
def _mapping_lines(draw: st.DrawFn, indent: int, step: int, depth: int) -> list[str]:
    keys = draw(st.lists(st.sampled_from(_KEYS), min_size=1, max_size=5, unique=True))
    lines: list[str] = []
    pad = " " * indent
    for key in keys:
        if draw(st.integers(0, 9)) == 0:
            lines.append(" " * draw(st.integers(0, 8)) + "# ghi chú")
        if draw(st.integers(0, 12)) == 0:
            lines.append("")
        kinds = ["scalar", "scalar", "flow", "literal", "map", "list"] if depth < 3 else ["scalar"]
        kind = draw(st.sampled_from(kinds))
        end = draw(st.sampled_from(["", "", "", "  # cuối dòng"]))
        if kind == "scalar":
            lines.append(f"{pad}{key}: {draw(_scalar())}{end}")
        elif kind == "flow":
            items = draw(st.lists(st.sampled_from(["stt", "'Stt'", "1", '"a, b"', "x y"]), max_size=3))
            lines.append(f"{pad}{key}: {{k: [{', '.join(items)}], h: {draw(_scalar())}}}{end}")
        elif kind == "literal":
            rows = draw(st.lists(st.sampled_from(["- dòng một", "- dòng: hai", "ba # không chú thích"]), min_size=1))
            lines.append(f"{pad}{key}: |-{end}")
            lines += [" " * (indent + step) + r for r in rows]
        elif kind == "map":
            lines.append(f"{pad}{key}:{end}")
            lines += draw(_mapping_lines(indent + step, step, depth + 1))
        else:
            lines.append(f"{pad}{key}:{end}")
            dash = indent + draw(st.sampled_from([0, step]))
            for _ in range(draw(st.integers(1, 3))):
                item = draw(_mapping_lines(dash + 2, step, depth + 1))
                first = next(i for i, x in enumerate(item) if x[dash + 2 : dash + 3].isalpha())
                item[first] = " " * dash + "- " + item[first][dash + 2 :]
                lines += item
    return lines


@given(st.integers(2, 4).flatmap(lambda step: _mapping_lines(0, step, 0)))
def test_generated_files_format_the_same_on_both_paths(lines: list[str]) -> None:
    text = "\n".join(lines) + "\n"
    loaded = load_yaml(text)
    if not loaded.ok or any(i.fatal for i in loaded.issues):
        return
    _assert_same_as_round_trip(text)
