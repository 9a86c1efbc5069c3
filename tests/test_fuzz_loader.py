"""Hypothesis mutates real plans: loading and validating never raises, whatever the bytes."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import DATA, ROOT
from tthc_cli.errors import InputError
from tthc_cli.lint.engine import _Checker
from tthc_cli.load.source import decode_source
from tthc_cli.load.yaml_loader import load_yaml
from tthc_cli.model.config import Config
from tthc_cli.workspace import Workspace

SOURCES = sorted((ROOT / "plans").glob("*/2024.yaml")) or [DATA / "core" / "plan.yaml"]
TEXTS = [p.read_text(encoding="utf-8") for p in SOURCES]
SNIPPETS = [
    "\n",
    ":",
    "- ",
    "  ",
    "\t",
    "&a ",
    "*a",
    "!!python/object ",
    "'",
    '"',
    "[",
    "{",
    "---\n",
    "no",
    "#",
    "\ufeff",
    "\x00",
    "ọ",
    "stt: ",
    "items:\n",
    "~",
    "0x",
    "1e9",
]


@st.composite
def mutated(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(TEXTS))
    for _ in range(draw(st.integers(1, 6))):
        pos = draw(st.integers(0, len(text)))
        op = draw(st.sampled_from(["insert", "delete", "swap"]))
        if op == "insert":
            text = text[:pos] + draw(st.sampled_from(SNIPPETS) | st.text(max_size=5)) + text[pos:]
        elif op == "delete":
            text = text[:pos] + text[pos + draw(st.integers(1, 40)) :]
        else:
            other = draw(st.integers(0, len(text)))
            a, b = sorted((pos, other))
            text = text[:a] + text[b:] + text[a:b]
    return text


def check_text(tmp: Path, text: str) -> None:
    path = tmp / "plan.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    checker = _Checker(Workspace(Config(root=str(tmp))))
    try:
        diags = checker.check_plan(path, "plan.yaml")
    except InputError:
        return  # a binary-looking file: the one-line error the CLI prints
    for d in diags:
        assert d.line >= 1 and d.column >= 1
        assert d.code.startswith("TT") and d.code != "TT999", d


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=mutated())
def test_mutated_plans_never_raise(tmp_path: Path, text: str) -> None:
    check_text(tmp_path, text.encode("utf-8", errors="replace").decode("utf-8"))


@settings(max_examples=200, deadline=None)
@given(raw=st.binary(max_size=300))
def test_arbitrary_bytes_never_crash_the_loader(raw: bytes) -> None:
    try:
        source = decode_source(raw)
    except Exception as exc:  # only the one-line input errors are allowed
        assert type(exc).__name__ == "InputError"
        return
    load_yaml(source.text)
