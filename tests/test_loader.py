"""The YAML loader: safe scalars, positions, and the hygiene issues it reports."""

from __future__ import annotations

import pytest

from tthc_cli.load.source import decode_source
from tthc_cli.load.yaml_loader import load_yaml


def codes(text: str) -> list[tuple[str, int, int]]:
    return [(i.rule, i.line, i.column) for i in load_yaml(text).issues]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: 2024-02-16", "2024-02-16"),
        ("a: '01'", "01"),
        ("a: 01", "01"),
        ("a: 752", 752),
        ("a: 1.5", 1.5),
        ("a: true", True),
        ("a: no", "no"),
        ("a: ~", None),
        ("a:", None),
        ("a: 0x1f", 31),
        ("a: !!str 12", "12"),
        ("a: Tối thiểu 45", "Tối thiểu 45"),
    ],
)
def test_scalars_follow_yaml_1_2_core_and_keep_codes(text: str, expected: object) -> None:
    assert load_yaml(text).data == {"a": expected}


def test_positions_are_one_based_for_values_and_keys() -> None:
    r = load_yaml("document:\n  title: Về việc\n  items:\n    - x\n    - y\n")
    assert (r.values[("document", "title")].line, r.values[("document", "title")].column) == (2, 10)
    assert (r.keys[("document", "title")].line, r.keys[("document", "title")].column) == (2, 3)
    assert r.values[("document", "items", 1)].line == 5
    assert r.span(("document", "missing", 3)).line == 2  # the nearest ancestor, document's value


def test_duplicate_key_reported_at_second_key() -> None:
    assert codes("a: 1\nb: 2\na: 3\n") == [("TT002", 3, 1)]
    assert load_yaml("a: 1\na: 3\n").data == {"a": 3}


def test_yaml11_boolean_value_reported_but_not_as_key() -> None:
    assert codes("no: 1\nx: off\n") == [("TT006", 2, 4)]


def test_alias_reported_once_and_bomb_refused() -> None:
    assert codes("a: &x [1]\nb: *x\n") == [("TT005", 2, 1)]
    levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i, name in enumerate("bcdefghi"):
        prev = "abcdefghi"[i]
        levels.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    r = load_yaml("\n".join(levels))
    assert not r.ok
    assert any(i.rule == "TT005" and i.fatal for i in r.issues)


def test_deep_nesting_is_refused_before_parsing() -> None:
    r = load_yaml("a: " + "[" * 100_000 + "]" * 100_000)
    assert not r.ok and r.issues[0].rule == "TT007"
    r = load_yaml("a: " + "[" * 80 + "1" + "]" * 80)
    assert not r.ok and r.issues[0].rule == "TT007"


def test_syntax_error_has_position() -> None:
    r = load_yaml("a: 1\nb: [1, 2\nc: 3\n")
    assert not r.ok
    (issue,) = r.issues
    assert issue.rule == "TT001" and (issue.line, issue.column) == (2, 4)
    assert "dòng 2" in issue.message and "dừng ở dòng 3" in issue.message


def test_tab_indentation() -> None:
    r = load_yaml("a:\n\tb: 1\n")
    assert [i.rule for i in r.issues] == ["TT003"]


def test_multi_document_keeps_first() -> None:
    r = load_yaml("a: 1\n---\na: 2\n")
    assert r.data == {"a": 1}
    assert [(i.rule, i.line) for i in r.issues] == [("TT004", 3)]


def test_unsafe_tag_is_reported_and_not_constructed() -> None:
    r = load_yaml("a: !!python/object/apply:os.system [echo hi]\n")
    assert [i.rule for i in r.issues] == ["TT009"]
    assert r.data == {"a": ["echo hi"]}


def test_decode_bom_crlf_and_bad_bytes() -> None:
    s = decode_source(b"\xef\xbb\xbfa: 1\r\nb: 2\r\n")
    assert s.had_bom and s.had_crlf and s.text == "a: 1\nb: 2\n"
    assert s.newline == "\r\n" and not s.mixed_newlines
    for raw, newline, mixed in (
        (b"a: 1\nb: 2\n", "\n", False),
        (b"a: 1\r\nb: 2\r\nc: 3\n", "\r\n", True),
        (b"a: 1\rb: 2\r", "\n", True),
        (b"a: 1", "\n", False),
    ):
        s = decode_source(raw)
        assert (s.newline, s.mixed_newlines) == (newline, mixed), raw
    s = decode_source(b"a: 1\nb: Tri T" + b"\xf4n\n")
    assert s.decode_problem is not None
    assert (s.decode_problem.line, s.decode_problem.column) == (2, 9)
