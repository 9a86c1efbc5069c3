"""Every member of every output-format enum has a reporter that renders a real result.

Parametrized over the enums themselves, so a format added without a reporter fails here (and in mypy, through
the ``assert_never`` at the end of each dispatch).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from conftest import ROOT
from tthc_cli.errors import TthcError
from tthc_cli.findings import Diagnostic, Report, Severity
from tthc_cli.lint.registry import all_rules
from tthc_cli.load.source import decode_source
from tthc_cli.render.check import TemplateProblem
from tthc_cli.report.diff_formats import DiffFormat, diff_reporter
from tthc_cli.report.due_formats import DueFormat, render_due
from tthc_cli.report.fmt_formats import FmtFormat, fmt_reporter
from tthc_cli.report.formats import assert_never
from tthc_cli.report.lint_formats import LintFormat, write_report
from tthc_cli.report.rules_formats import RuleListing, RulesFormat, rules_reporter
from tthc_cli.report.score_formats import ScoreFormat, render_score
from tthc_cli.report.templates_formats import TemplateCheck, TemplatesFormat, templates_reporter
from tthc_cli.review.fmt_file import FormattedFile
from tthc_cli.review.semantic import diff_texts
from tthc_cli.score.result import ScoreReport

PLAN = ROOT / "examples" / "lap-vo" / "plan.yaml"
COUNTS = ROOT / "examples" / "counts" / "2024-03-huyen-xa.csv"
FINDING = Diagnostic(
    code="TT702", name="text.doubled-word", severity=Severity.WARNING, message="từ lặp", file="p.yaml", line=3, column=5
)


@pytest.fixture(scope="module")
def scored() -> ScoreReport:
    from tthc_cli.score.pipeline import score_plan
    from tthc_cli.workspace import Workspace

    return score_plan(Workspace.open(None), PLAN, [COUNTS]).report


@pytest.mark.parametrize("fmt", list(LintFormat))
def test_every_lint_format_renders(fmt: LintFormat) -> None:
    out = io.StringIO()
    write_report(Report(diagnostics=[FINDING], files=["p.yaml"]), fmt, out)
    assert "TT702" in out.getvalue()


@pytest.mark.parametrize("fmt", list(ScoreFormat))
def test_every_score_format_renders(fmt: ScoreFormat, scored: ScoreReport) -> None:
    out = render_score(scored, fmt)
    assert len(out) > 100


@pytest.mark.parametrize("fmt", list(DueFormat))
def test_every_due_format_renders(fmt: DueFormat) -> None:
    from tthc_cli.cli.due_run import DueRequest, build_due

    report = build_due(DueRequest(plans=[ROOT / "tests" / "data" / "due" / "plan.yaml"], on="2024-06-30"))
    assert report.occurrences and len(render_due(report, fmt)) > 100


@pytest.mark.parametrize("fmt", list(DiffFormat))
def test_every_diff_format_renders(fmt: DiffFormat) -> None:
    old = PLAN.read_text(encoding="utf-8")
    result = diff_texts(old, old.replace("2024", "2025"), "a/plan.yaml", "b/plan.yaml")
    out = io.StringIO()
    diff_reporter(fmt, color=False)([result], out)
    assert "2025" in out.getvalue()


@pytest.mark.parametrize("fmt", list(RulesFormat))
@pytest.mark.parametrize("detail", [False, True])
def test_every_rules_format_renders(fmt: RulesFormat, detail: bool) -> None:
    rules = tuple(all_rules())
    listing = RuleListing(rules[:1] if detail else rules, detail=detail)
    out = io.StringIO()
    rules_reporter(fmt)(listing, out)
    text = out.getvalue()
    assert all(info.code in text for info in listing.rules) and ("Ví dụ sai" in text) is detail


@pytest.mark.parametrize("fmt", list(TemplatesFormat))
def test_every_templates_format_renders(fmt: TemplatesFormat) -> None:
    problem = TemplateProblem("a.docx", "error", "biến không có: \x1b[31mx")
    out = templates_reporter(fmt)([TemplateCheck(Path("a.docx"), (problem,)), TemplateCheck(Path("b.docx"), ())])
    assert "a.docx: lỗi:" in out and "b.docx: tốt" in out and "\x1b" not in out


@pytest.mark.parametrize("fmt", list(FmtFormat))
def test_every_fmt_format_renders(fmt: FmtFormat) -> None:
    out, err = io.StringIO(), io.StringIO()
    reporter = fmt_reporter(fmt, out, err)
    source = decode_source(b"title:   x\n")
    reporter.diff(FormattedFile(Path("p.yaml"), source, "title: x\n"))
    reporter.needs_format(Path("q.yaml"))
    reporter.formatted(Path("r.yaml"))
    reporter.failed(TthcError("s.yaml: hỏng \x1b[2J"))
    reporter.summary(["p.yaml", "q.yaml"])
    assert "+title: x" in out.getvalue() and "q.yaml" in out.getvalue()
    assert "r.yaml" in err.getvalue() and "s.yaml" in err.getvalue() and "2 tệp" in err.getvalue()
    assert "\x1b" not in out.getvalue() + err.getvalue()


def test_assert_never_refuses_what_a_dispatch_missed() -> None:
    with pytest.raises(AssertionError, match="without a reporter"):
        assert_never("pdf")  # type: ignore[arg-type]
