"""The formula language: parsing, errors with offsets, canonical printing, evaluation."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tthc_cli.formula.language import BinOp, Call, FormulaError, Neg, Node, Num, Ref, metric_ids, parse, refs, to_text
from tthc_cli.score.evaluate import evaluate, split_ratio


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("received_online / received_new * 100", "received_online / received_new * 100"),
        ("(resolved_early+resolved_on_time)/resolved*100", "(resolved_early + resolved_on_time) / resolved * 100"),
        ("a × 100 ÷ b", "a * 100 / b"),
        ("100 − (a + b) / c * 100", "100 - (a + b) / c * 100"),
        ("sum(a, b, c) / d", "sum(a, b, c) / d"),
        ("a - (b - c)", "a - (b - c)"),
        ("(a - b) - c", "a - b - c"),
        ("a / (b * c)", "a / (b * c)"),
        ("-a * 2.50", "-a * 2.5"),
        ("  a  ", "a"),
    ],
)
def test_canonical_text(text: str, canonical: str) -> None:
    assert to_text(parse(text)) == canonical


@pytest.mark.parametrize(
    ("text", "offset", "words"),
    [
        ("a +", 3, "kết thúc giữa chừng"),
        ("a $ b", 2, "ký tự không hợp lệ '$'"),
        ("foo(a)", 0, "hàm không được hỗ trợ 'foo'"),
        ("(a + b", 6, "thiếu ')'"),
        ("a b", 2, "thừa 'b'"),
        ("", 0, "công thức rỗng"),
        ("a / / b", 4, "không mong đợi '/'"),
        ("sum(a,)", 6, "không mong đợi ')'"),
        ("__import__('os')", 11, "ký tự không hợp lệ"),
    ],
)
def test_errors_carry_offset(text: str, offset: int, words: str) -> None:
    with pytest.raises(FormulaError) as info:
        parse(text)
    assert info.value.offset == offset
    assert words in info.value.message


def test_refs_have_offsets_and_ids_are_distinct() -> None:
    node = parse("a / b + a")
    assert [(r.name, r.offset) for r in refs(node)] == [("a", 0), ("b", 4), ("a", 8)]
    assert metric_ids(node) == ("a", "b")


def test_evaluation_is_exact_and_reports_missing_and_zero() -> None:
    node = parse("(x + y) / z * 100")
    assert evaluate(node, {"x": Fraction(198), "y": Fraction(22), "z": Fraction(225)}).value == Fraction(8800, 90)
    missing = evaluate(node, {"x": Fraction(1)})
    assert missing.value is None and missing.missing == ("y", "z")
    zero = evaluate(node, {"x": Fraction(0), "y": Fraction(0), "z": Fraction(0)})
    assert zero.value is None and zero.zero_division
    assert evaluate(parse("sum(a, b) - -c"), {"a": Fraction(1), "b": Fraction(2), "c": Fraction(3)}).value == 6


@pytest.mark.parametrize(
    ("text", "num", "den", "scale"),
    [
        ("a / b * 100", "a", "b", 100),
        ("100 * (a / b)", "a", "b", 100),
        ("a * 100 / b", "a", "b", 100),
        ("(a + c) / b", "a + c", "b", 1),
    ],
)
def test_split_ratio(text: str, num: str, den: str, scale: int) -> None:
    ratio = split_ratio(parse(text))
    assert ratio is not None
    assert (to_text(ratio.numerator), to_text(ratio.denominator), ratio.scale) == (num, den, Fraction(scale))


def test_split_ratio_refuses_other_shapes() -> None:
    assert split_ratio(parse("100 - a / b * 100")) is None
    assert split_ratio(parse("a + b")) is None


_names = st.sampled_from(["a", "b", "received_new", "x_1"])


def _trees() -> st.SearchStrategy[Node]:
    leaves = st.one_of(
        _names.map(Ref),
        st.integers(0, 1000).map(lambda n: Num(Fraction(n))),
        st.decimals("0", "100", places=2).map(lambda d: Num(Fraction(str(d)))),
    )
    return st.recursive(
        leaves,
        lambda kids: st.one_of(
            st.tuples(st.sampled_from("+-*/"), kids, kids).map(lambda t: BinOp(*t)),
            kids.map(Neg),
            st.lists(kids, min_size=1, max_size=3).map(lambda a: Call("sum", tuple(a))),
        ),
        max_leaves=12,
    )


@given(_trees())
def test_print_parse_round_trip(tree: Node) -> None:
    text = to_text(tree)
    assert parse(text) == tree
    assert to_text(parse(text)) == text


@given(st.text(alphabet="ab1+-*/×÷()., s_um", max_size=20))
def test_parser_never_crashes(text: str) -> None:
    try:
        node = parse(text)
    except FormulaError as exc:
        assert 0 <= exc.offset <= len(text)
    else:
        assert parse(to_text(node)) == node
