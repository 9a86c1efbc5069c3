"""Hostile numbers and periods: a located finding or one line, never a conversion error or a wrong figure."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from conftest import DATA, ROOT, run_tthc
from tthc_cli.errors import InputError
from tthc_cli.formula.language import FormulaError, Num, literal_zero_divisions, parse, to_text
from tthc_cli.lint.engine import validate_plan
from tthc_cli.load.catalogues import build_catalogue, shipped_index766
from tthc_cli.load.counts import read_counts
from tthc_cli.load.counts_numbers import BadNumber, parse_cell_number
from tthc_cli.load.yaml_loader import load_yaml
from tthc_cli.model.config import Config
from tthc_cli.model.counts import CountsSeries, PeriodCounts
from tthc_cli.model.period import parse_period
from tthc_cli.model.target import Target
from tthc_cli.review.fmt import format_text
from tthc_cli.score.engine import score
from tthc_cli.score.result import IndicatorSpec, Status

CAT = build_catalogue()
HUGE = "9" * 5000


def test_a_5000_digit_integer_in_yaml_is_a_located_finding() -> None:
    loaded = load_yaml(f"id: x\nyear: {HUGE}\n")
    assert [(i.rule, i.line, i.column) for i in loaded.issues] == [("TT011", 2, 7)]
    assert loaded.data["year"] == HUGE
    with pytest.raises(InputError, match=r"^<input>:2:7: không định dạng được: Số quá dài \(5000 ký tự"):
        format_text(f"id: x\nyear: {HUGE}\n")


def test_validate_reports_the_huge_integer_with_its_place(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text((DATA / "core" / "plan.yaml").read_text("utf-8").replace("year: 2024", f"year: {HUGE}"), "utf-8")
    found = {(d.code, d.path) for d in validate_plan(plan, Config(root=str(tmp_path))).diagnostics}
    assert ("TT011", ("year",)) in found


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        ("٣٠", "chữ số '٣' (U+0663, arabic-indic digit three) không phải chữ số 0–9"),
        ("３０", "chữ số '３' (U+FF13, fullwidth digit three) không phải chữ số 0–9"),
        (HUGE, "số quá dài (5000 ký tự, tối đa 30)"),
        (10**40, "số quá lớn (tối đa 30 chữ số)"),
    ],
)
def test_count_cells_take_ascii_digits_of_sane_length(cell: object, reason: str) -> None:
    with pytest.raises(BadNumber) as caught:
        parse_cell_number(cell)
    assert caught.value.reason == reason


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("(" * 1000 + "a" + ")" * 1000, "công thức quá dài (2001 ký tự, tối đa 2000)"),
        ("+".join(["a"] * 50_000), "công thức quá dài (99999 ký tự, tối đa 2000)"),
        ("a + " + "1" * 5000, "công thức quá dài (5004 ký tự, tối đa 2000)"),
        ("a * " + "1" * 40, "số quá dài (40 ký tự, tối đa 30)"),
        ("(" * 41 + "a" + ")" * 41, "công thức lồng nhau quá sâu (tối đa 40 cấp)"),
        ("-" * 60 + "a", "công thức lồng nhau quá sâu (tối đa 40 cấp)"),
        ("+".join(["a"] * 200), "công thức quá dài (hơn 300 phần tử)"),
        ("a / ٣", "chữ số '٣' (U+0663, arabic-indic digit three) không phải chữ số 0–9"),
    ],
)
def test_formula_limits_are_formula_errors(text: str, message: str) -> None:
    with pytest.raises(FormulaError) as caught:
        parse(text)
    assert caught.value.message == message


def test_formula_literals_print_exactly_and_zero_divisors_are_found() -> None:
    literal = "0." + "1234567890" * 2 + "12345678"
    assert to_text(parse(f"{literal} * a")) == f"{literal} * a"
    assert to_text(Num(Fraction(1, 3))) == "(1 / 3)"
    assert literal_zero_divisions(parse("a / 0 + b / (0.0) + c / 10")) == [4, 13]


def _spec(formula: str) -> IndicatorSpec:
    ind = CAT.indicators["online-dossiers"]
    return IndicatorSpec("online-dossiers", ind.name, None, formula, "plan", Target.model_validate("Tối thiểu 50"),
                         ind.unit, 2)  # fmt: skip


def _series(counts: dict[str, int]) -> CountsSeries:
    units = {"huyen": {k: Fraction(v) for k, v in counts.items()}}
    return CountsSeries([PeriodCounts("2024-03", units, {"huyen": ("c.csv", 2)})], {"huyen": "Cấp huyện"})


def test_an_unparseable_formula_stops_score_instead_of_no_data() -> None:
    with pytest.raises(InputError, match="chỉ tiêu 'online-dossiers': công thức sai cú pháp"):
        score([_spec("received_online / (received_new")], _series({"received_new": 1}), CAT, shipped_index766())


def test_part_over_whole_is_an_error_and_never_met() -> None:
    # seed 004 (Lấp Vò): 243 received; an export error making it 99.999 online must not read 41.151,85 % đạt
    report = score([_spec("received_online / received_new * 100")],
                   _series({"received_online": 99_999, "received_new": 243}), CAT, shipped_index766())  # fmt: skip
    assert report.latest is not None
    cell = report.latest.cells[0]["huyen"]
    assert cell.status is Status.NO_DATA and str(cell.value) == "41151.85"
    assert [(d.code, d.severity.value) for d in report.findings] == [("TT805", "error")]


def test_a_metric_column_given_twice_is_a_finding(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("unit,received_new,received_new\nCấp huyện,4,5\n", "utf-8")
    read = read_counts([path], CAT, None)
    assert [(d.code, d.line, d.column) for d in read.findings] == [("TT807", 1, 3)]
    assert list(read.series.periods[0].units.values()) == [{"received_new": Fraction(4)}]


@pytest.mark.parametrize("text", ["9999-12", "0000-01", "0001-01-01..9999-12-31", "9999-Q4", "0000"])
def test_periods_outside_the_calendar_range_are_one_line(text: str) -> None:
    with pytest.raises(InputError, match=rf"^kỳ báo cáo '{text}': năm \d+ nằm ngoài khoảng 1900–2200$"):
        parse_period(text)


def test_report_date_must_be_a_real_day(tmp_path: Path) -> None:
    plan, counts = ROOT / "examples/lap-vo/plan.yaml", ROOT / "examples/counts/2024-03-huyen-xa.csv"
    words = ROOT / "examples/lap-vo/bao-cao-2024-03.yaml"
    result = run_tthc("render", "report", "-p", str(plan), "--report", str(words), "--counts", str(counts),
                      "--date", "2024-13-45", "-o", str(tmp_path / "r.docx"))  # fmt: skip
    assert (result.code, result.err.strip()) == (
        2,
        "tthc: lỗi: --date: ngày báo cáo không hợp lệ: 2024-13-45 (dạng YYYY-MM-DD hoặc YYYY-MM)",
    )
    assert not (tmp_path / "r.docx").exists()
