"""The formula language: arithmetic over metric ids, parsed by our own tokenizer and recursive descent.

Grammar (``×`` and ``÷`` are accepted for ``*`` and ``/``, ``−`` for ``-``)::

    expr    := term (("+" | "-") term)*
    term    := unary (("*" | "/") unary)*
    unary   := "-" unary | primary
    primary := NUMBER | NAME | "sum" "(" expr ("," expr)* ")" | "(" expr ")"

A NAME is a metric id (``received_online``); a NUMBER is written with the digits 0–9 only. Nothing is ever
passed to Python's ``eval``. Errors carry the 0-based character offset inside the formula text.

A formula is short arithmetic; one longer than :data:`MAX_CHARS`, with more than :data:`MAX_TOKENS` tokens,
nested deeper than :data:`MAX_NESTING` or with a literal longer than :data:`MAX_LITERAL` characters is a
:class:`FormulaError` (reported as TT605), never a recursion or conversion error.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction

from tthc_cli.text.digits import foreign_digit

FUNCTIONS = ("sum",)
"""Function names the language knows."""

MAX_CHARS = 2000
"""Longest formula text; the catalogue's longest is under 100 characters."""
MAX_TOKENS = 300
"""Most tokens (numbers, names, operators, brackets) in one formula."""
MAX_NESTING = 40
"""Deepest nesting of brackets, unary minus and calls."""
MAX_LITERAL = 30
"""Longest number literal, in characters."""

_OPS = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "/": "/", "÷": "/"}
_TOKEN = re.compile(r"\s*(?:(?P<num>[0-9]+(?:\.[0-9]+)?)|(?P<name>[A-Za-z_][A-Za-z0-9_]*)|(?P<sym>[-+*/()×÷−,]))")


class FormulaError(ValueError):
    """A formula that does not parse; ``offset`` is the 0-based position of the problem in the text."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.message = message
        self.offset = offset


@dataclass(frozen=True)
class Num:
    """A number literal, with its offset in the source text (not part of equality)."""

    value: Fraction
    offset: int = field(default=-1, compare=False)


@dataclass(frozen=True)
class Ref:
    """A metric id, with its offset in the source text (not part of equality)."""

    name: str
    offset: int = field(default=-1, compare=False)


@dataclass(frozen=True)
class Neg:
    """Unary minus."""

    operand: Node


@dataclass(frozen=True)
class BinOp:
    """A binary operation: ``op`` is one of ``+ - * /``."""

    op: str
    left: Node
    right: Node


@dataclass(frozen=True)
class Call:
    """A function call; only ``sum`` exists."""

    name: str
    args: tuple[Node, ...]


Node = Num | Ref | Neg | BinOp | Call
"""A node of the formula's syntax tree."""


@dataclass(frozen=True)
class _Tok:
    kind: str
    text: str
    offset: int


def tokenize(text: str) -> list[_Tok]:
    """Split ``text`` into tokens; raises :class:`FormulaError` at the first character that fits none."""
    if len(text) > MAX_CHARS:
        raise FormulaError(f"công thức quá dài ({len(text)} ký tự, tối đa {MAX_CHARS})", MAX_CHARS)
    out: list[_Tok] = []
    pos = 0
    end = len(text.rstrip())
    while pos < end:
        m = _TOKEN.match(text, pos)
        if not m:
            bad = pos + len(text[pos:]) - len(text[pos:].lstrip())
            foreign = foreign_digit(text[bad])
            if foreign is not None:
                raise FormulaError(f"chữ số {foreign[1]} không phải chữ số 0–9", bad)
            raise FormulaError(f"ký tự không hợp lệ '{text[bad]}'", bad)
        kind = m.lastgroup or "sym"
        if kind == "num" and len(m.group(kind)) > MAX_LITERAL:
            raise FormulaError(f"số quá dài ({len(m.group(kind))} ký tự, tối đa {MAX_LITERAL})", m.start(kind))
        out.append(_Tok(kind, m.group(kind), m.start(kind)))
        if len(out) > MAX_TOKENS:
            raise FormulaError(f"công thức quá dài (hơn {MAX_TOKENS} phần tử)", m.start(kind))
        pos = m.end()
    out.append(_Tok("end", "", len(text)))
    return out


class _Parser:
    def __init__(self, text: str) -> None:
        self.toks = tokenize(text)
        self.i = 0
        self.depth = 0

    def deeper(self) -> None:
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise FormulaError(f"công thức lồng nhau quá sâu (tối đa {MAX_NESTING} cấp)", self.peek().offset)

    def peek(self) -> _Tok:
        return self.toks[self.i]

    def take(self) -> _Tok:
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def expect(self, sym: str) -> None:
        tok = self.take()
        if tok.text != sym:
            found = f"'{tok.text}'" if tok.text else "hết công thức"
            raise FormulaError(f"thiếu '{sym}' (gặp {found})", tok.offset)

    def _binary(self, operand: Callable[[], Node], ops: tuple[str, str]) -> Node:
        """``operand (op operand)*`` for the operators ``ops``, left-associative."""
        node = operand()
        while self.peek().kind == "sym" and _OPS.get(self.peek().text) in ops:
            op = _OPS[self.take().text]
            node = BinOp(op, node, operand())
        return node

    def expr(self) -> Node:
        return self._binary(self.term, ("+", "-"))

    def term(self) -> Node:
        return self._binary(self.unary, ("*", "/"))

    def unary(self) -> Node:
        if self.peek().kind == "sym" and _OPS.get(self.peek().text) == "-":
            self.take()
            self.deeper()
            node = Neg(self.unary())
            self.depth -= 1
            return node
        return self.primary()

    def primary(self) -> Node:
        tok = self.take()
        if tok.kind == "num":
            return Num(Fraction(tok.text), tok.offset)
        if tok.kind == "name":
            if self.peek().text == "(":
                return self.call(tok)
            return Ref(tok.text, tok.offset)
        if tok.text == "(":
            self.deeper()
            node = self.expr()
            self.expect(")")
            self.depth -= 1
            return node
        if tok.kind == "end":
            raise FormulaError("công thức kết thúc giữa chừng", tok.offset)
        raise FormulaError(f"không mong đợi '{tok.text}'", tok.offset)

    def call(self, name: _Tok) -> Node:
        if name.text not in FUNCTIONS:
            raise FormulaError(f"hàm không được hỗ trợ '{name.text}' (chỉ có sum)", name.offset)
        self.expect("(")
        self.deeper()
        args = [self.expr()]
        while self.peek().text == ",":
            self.take()
            args.append(self.expr())
        self.expect(")")
        self.depth -= 1
        return Call(name.text, tuple(args))


def parse(text: str) -> Node:
    """Parse a formula; raises :class:`FormulaError` with the offset of the problem."""
    if not text.strip():
        raise FormulaError("công thức rỗng", 0)
    p = _Parser(text)
    node = p.expr()
    tok = p.peek()
    if tok.kind != "end":
        raise FormulaError(f"thừa '{tok.text}' sau biểu thức", tok.offset)
    return node


def refs(node: Node) -> list[Ref]:
    """Every metric reference in the formula, in reading order (with offsets)."""
    if isinstance(node, Ref):
        return [node]
    if isinstance(node, Neg):
        return refs(node.operand)
    if isinstance(node, BinOp):
        return refs(node.left) + refs(node.right)
    if isinstance(node, Call):
        return [r for a in node.args for r in refs(a)]
    return []


@functools.lru_cache(maxsize=4096)
def metric_ids(node: Node) -> tuple[str, ...]:
    """The distinct metric ids the formula uses, in reading order (remembered: trees are immutable)."""
    return tuple(dict.fromkeys(r.name for r in refs(node)))


_PREC = {"+": 1, "-": 1, "*": 2, "/": 2}


def to_text(node: Node) -> str:
    """Print a formula in canonical form; ``parse(to_text(n)) == n`` for every tree ``parse`` returns."""
    return _print(node, 0)


def _print(node: Node, ctx: int) -> str:
    if isinstance(node, Num):
        v = node.value
        text = str(v.numerator) if v.denominator == 1 else _decimal(v)
        return text
    if isinstance(node, Ref):
        return node.name
    if isinstance(node, Call):
        return f"{node.name}({', '.join(_print(a, 0) for a in node.args)})"
    if isinstance(node, Neg):
        return "-" + _print(node.operand, 3)
    prec = _PREC[node.op]
    text = f"{_print(node.left, prec)} {node.op} {_print(node.right, prec + 1)}"
    return f"({text})" if prec < ctx else text


def _decimal(v: Fraction) -> str:
    """A literal's exact decimal text (literals come from decimal text, so the expansion terminates)."""
    rest, digits = v.denominator, 0
    for factor in (2, 5):
        count = 0
        while rest % factor == 0:
            rest //= factor
            count += 1
        digits = max(digits, count)
    if rest != 1:  # not from a literal: keep it exact as a quotient
        return f"({v.numerator} / {v.denominator})"
    whole = str(abs(v.numerator * 10**digits // v.denominator)).rjust(digits + 1, "0")
    sign = "-" if v < 0 else ""
    return f"{sign}{whole[:-digits]}.{whole[-digits:]}"


def literal_zero_divisions(node: Node) -> list[int]:
    """Offsets of the literal zeros a formula divides by (``x / 0``, ``x / (0)``), always "no data"."""
    out: list[int] = []
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, BinOp):
            right = n.right.operand if isinstance(n.right, Neg) else n.right
            if n.op == "/" and isinstance(right, Num) and right.value == 0:
                out.append(right.offset)
            stack += [n.left, n.right]
        elif isinstance(n, Neg):
            stack.append(n.operand)
        elif isinstance(n, Call):
            stack += list(n.args)
    return sorted(out)


@functools.lru_cache(maxsize=1024)
def parse_cached(text: str) -> Node:
    """:func:`parse`, remembered: trees are immutable, and the same formulas are evaluated per unit."""
    return parse(text)
