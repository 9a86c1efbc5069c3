"""Evaluating a formula on one unit's counts, exactly (fractions), and reading a formula as a ratio."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

from tthc_cli.formula.language import BinOp, Call, Neg, Node, Num, Ref, metric_ids

Counts = Mapping[str, Fraction]
"""One unit's counts for one period, by metric id."""


@dataclass(frozen=True)
class Evaluation:
    """The value of a formula on some counts, or why there is none."""

    value: Fraction | None
    """The exact value; ``None`` when a count is missing or a denominator is 0."""
    missing: tuple[str, ...] = ()
    """Metric ids the formula needs that the counts do not have."""
    zero_division: bool = False
    """True when a denominator was 0 ("không có dữ liệu", neither 0% nor 100%)."""


class _ZeroDivision(Exception):
    pass


def evaluate(node: Node, counts: Counts, *, needs: tuple[str, ...] | None = None) -> Evaluation:
    """Evaluate ``node`` on ``counts``; ``needs``: its :func:`metric_ids`, when the caller has them already
    (scoring thousands of units with one formula)."""
    missing = tuple(m for m in (metric_ids(node) if needs is None else needs) if m not in counts)
    if missing:
        return Evaluation(None, missing)
    try:
        return Evaluation(_eval(node, counts))
    except _ZeroDivision:
        return Evaluation(None, zero_division=True)


def _eval(node: Node, counts: Counts) -> Fraction:
    if isinstance(node, Num):
        return node.value
    if isinstance(node, Ref):
        return counts[node.name]
    if isinstance(node, Neg):
        return -_eval(node.operand, counts)
    if isinstance(node, Call):
        return sum((_eval(a, counts) for a in node.args), Fraction(0))
    left, right = _eval(node.left, counts), _eval(node.right, counts)
    if node.op == "+":
        return left + right
    if node.op == "-":
        return left - right
    if node.op == "*":
        return left * right
    if right == 0:
        raise _ZeroDivision
    return left / right


@dataclass(frozen=True)
class Ratio:
    """A formula read as ``numerator / denominator × scale`` (scale 100 for a percentage)."""

    numerator: Node
    denominator: Node
    scale: Fraction


def split_ratio(node: Node) -> Ratio | None:
    """Read ``N / D * k``, ``(N / D) * k``, ``k * N / D``, ``N * k / D`` or ``N / D`` as a ratio."""
    if isinstance(node, BinOp) and node.op == "*":
        for inner, k in ((node.left, node.right), (node.right, node.left)):
            if isinstance(k, Num) and isinstance(inner, BinOp) and inner.op == "/":
                return Ratio(inner.left, inner.right, k.value)
        return None
    if isinstance(node, BinOp) and node.op == "/":
        top = node.left
        if isinstance(top, BinOp) and top.op == "*":
            if isinstance(top.right, Num):
                return Ratio(top.left, node.right, top.right.value)
            if isinstance(top.left, Num):
                return Ratio(top.right, node.right, top.left.value)
        return Ratio(top, node.right, Fraction(1))
    return None


def ratio_parts(ratio: Ratio, counts: Counts) -> tuple[Fraction, Fraction] | None:
    """The numerator and denominator of ``ratio`` on ``counts`` (``None`` when a count is missing)."""
    num, den = evaluate(ratio.numerator, counts), evaluate(ratio.denominator, counts)
    if num.value is None or den.value is None:
        return None
    return num.value, den.value
