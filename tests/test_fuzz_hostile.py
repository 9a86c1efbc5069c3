"""Fuzzing the readers users feed: the YAML loader, the counts reader with every output format, the formula
parser, the template environment. Each ends in findings or the one error type its command reports.

In the suite the examples are few and derandomised (the ``ci`` profile of ``conftest``); ``TTHC_FUZZ=1``
runs fifty times as many, at random, for a longer local session.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jinja2 import TemplateError

from conftest import fuzz_examples
from tthc_cli.formula.language import FormulaError, parse, to_text
from tthc_cli.load.catalogues import build_catalogue, shipped_index766
from tthc_cli.load.counts import read_counts
from tthc_cli.load.yaml_loader import load_yaml
from tthc_cli.render.engine import RUNTIME_ERRORS, make_env
from tthc_cli.render.sample import sample_plan
from tthc_cli.report.score_formats import ScoreFormat, render_score
from tthc_cli.score.engine import score
from tthc_cli.score.plan_indicators import indicator_specs

CAT = build_catalogue()
PLAN = sample_plan().plan
PRINTABLE = st.characters(blacklist_categories=("Cc", "Cs"))
"""Control characters are left to the output-escaping tests: here the readers and the arithmetic."""
YAML_PARTS = st.sampled_from(
    ["a:", " b", "- ", "[", "]", "{", "}", "'", "&x ", "*x", "\n", "9" * 31, "\t", "#", "!!x "]
)
TOKENS = ["9" * 40, "٣", "３", "-", "1.886", "60,67", "1,886", " ", "", "x", "1e999", "0", "00", "\u200b", "Ð"]


def budget(ci: int) -> settings:
    """The settings of one fuzz test: ``ci`` examples in the suite (see :func:`conftest.fuzz_examples`)."""
    return settings(
        max_examples=fuzz_examples(ci),
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


@budget(60)
@given(st.lists(YAML_PARTS | st.text(PRINTABLE, max_size=8), max_size=40))
def test_yaml_loader_returns_issues_never_raises(parts: list[str]) -> None:
    loaded = load_yaml("".join(parts))
    assert all(i.line >= 1 and i.column >= 1 and i.rule.startswith("TT") for i in loaded.issues)


cell = st.one_of(st.sampled_from(TOKENS), st.integers(-10, 10**6).map(str), st.text(PRINTABLE, max_size=6))
metric = st.sampled_from(["received_new", "received_online", "resolved", "resolved_early", "period", "Đơn vị", "x"])


@budget(25)
@given(
    header=st.lists(metric, min_size=1, max_size=5),
    rows=st.lists(st.tuples(st.text(PRINTABLE, min_size=1, max_size=8), st.lists(cell, max_size=5)), max_size=6),
    sep=st.sampled_from([",", ";", "\t"]),
)
def test_counts_reader_and_every_output_format(tmp_path: Path, header: list[str], rows: list, sep: str) -> None:  # type: ignore[type-arg]
    path = tmp_path / "2024-03.csv"
    lines = [sep.join(["unit", *header])] + [sep.join([u.replace(sep, " "), *(c.replace(sep, " ") for c in cs)])
                                              for u, cs in rows]  # fmt: skip
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    read = read_counts([path], CAT, None)
    assert all(d.line >= 1 and d.column >= 1 and d.code.startswith("TT8") for d in read.findings)
    report = score(indicator_specs(PLAN, CAT), read.series, CAT, shipped_index766(), findings=read.findings)
    for fmt in ScoreFormat:
        assert render_score(report, fmt)


FORMULA_ALPHABET = st.sampled_from(
    [*"()+-*/,×÷−", " ", "sum", "received_new", "resolved", "0", "7", "0.5", "٣", "1" * 31, "x", "_"]
)


@budget(200)
@given(st.lists(FORMULA_ALPHABET, max_size=60).map("".join) | st.text(max_size=30))
def test_formula_parser_raises_only_formula_errors_and_prints_back(text: str) -> None:
    try:
        node = parse(text)
    except FormulaError as exc:
        assert 0 <= exc.offset <= len(text) and exc.message
        return
    assert parse(to_text(node)) == node


TEMPLATE_PARTS = st.sampled_from(
    ["{{ x }}", "{{ x.y }}", "{{ 1/0 }}", "{{ 'a' * 9 }}", "{% for i in range(3) %}", "{% endfor %}", "{% if x %}",
     "{% endif %}", "{{ x | center(5) }}", "{{ [1][2] }}", "{{ 2 ** 99 }}", "{% set x = 2 %}", "{{ x.__class__ }}",
     "{% include 'a' %}", "{{", "}}", "{%", "text", "{{ range(10**7) | list }}"]
)  # fmt: skip


@budget(150)
@given(st.lists(TEMPLATE_PARTS, max_size=12).map("".join))
def test_template_environment_raises_only_what_render_reports(source: str) -> None:
    try:
        make_env().from_string(source).render(x={"y": "z"})
    except (TemplateError, *RUNTIME_ERRORS):  # type: ignore[misc]  # a starred tuple of exception classes
        pass  # render_docx turns each of these into one line naming the template
