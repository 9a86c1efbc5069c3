"""Periods are date ranges: every form reads to one range, labels keep it, and ``tthc counts`` round-trips."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from conftest import ROOT, run_tthc
from tthc_cli.model.period import parse_period
from tthc_cli.score.series import year_of

FORMS = [
    ("2024-03", "2024-03", date(2024, 3, 1), date(2024, 3, 31)),
    ("Tháng 3/2024", "2024-03", date(2024, 3, 1), date(2024, 3, 31)),
    ("2024-Q1", "2024-Q1", date(2024, 1, 1), date(2024, 3, 31)),
    ("Quý II/2024", "2024-Q2", date(2024, 4, 1), date(2024, 6, 30)),
    ("2024-H2", "2024-H2", date(2024, 7, 1), date(2024, 12, 31)),
    ("6 tháng đầu năm 2024", "2024-H1", date(2024, 1, 1), date(2024, 6, 30)),
    ("2024", "2024", date(2024, 1, 1), date(2024, 12, 31)),
    ("15/12/2022 - 14/3/2023", "2022-12-15..2023-03-14", date(2022, 12, 15), date(2023, 3, 14)),
    ("2022-12-15..2023-03-14", "2022-12-15..2023-03-14", date(2022, 12, 15), date(2023, 3, 14)),
    ("từ ngày 15/02/2024 đến ngày 12/3/2024", "2024-02-15..2024-03-12", date(2024, 2, 15), date(2024, 3, 12)),
]


@pytest.mark.parametrize(("text", "label", "start", "end"), FORMS)
def test_every_form_is_a_range(text: str, label: str, start: date, end: date) -> None:
    period = parse_period(text)
    assert (period.label, period.start, period.end) == (label, start, end)
    assert parse_period(period.label) == period


def test_a_quarter_closing_in_march_belongs_to_the_year_it_ends_in() -> None:
    assert year_of("2022-12-15..2023-03-14") == "2023"
    assert year_of("2024-03") == "2024"


def test_the_reporting_calendar_decides_the_year_of_a_december_range() -> None:
    # Months closing on the 14th: 15/12/2023 – 20/12/2023 already counts towards 2024.
    assert year_of("2023-12-15..2023-12-20") == "2023"
    assert year_of("2023-12-15..2023-12-20", 14) == "2024"
    assert year_of("2023-11-15..2023-12-14", 14) == "2023"
    assert year_of("2024-12", 14) == "2024"  # a month label names its own reporting month


COUNTS = ROOT / "examples" / "counts" / "2024-03-huyen-xa.csv"
PLAN = "examples/lap-vo/plan.yaml"


def _json(*counts: Path) -> dict[str, object]:
    result = run_tthc("score", "--plan", PLAN, "--counts", *map(str, counts), "--format", "json")
    assert result.code == 0, result.err
    data: dict[str, object] = json.loads(result.out)
    return data


def test_counts_file_with_a_date_range_period_is_labelled_with_it(tmp_path: Path) -> None:
    text = COUNTS.read_text("utf-8").replace("2024-03,", '"15/12/2022 - 14/3/2023",')
    counts = tmp_path / "quy.csv"
    counts.write_text(text, "utf-8")
    assert _json(counts)["periods"] == ["2022-12-15..2023-03-14"]


def test_counts_period_range_round_trips_into_score(tmp_path: Path) -> None:
    out = tmp_path / "ky.csv"
    made = run_tthc(
        "counts", "--records", "examples/tri-ton/hoso-2024-q1.csv", "--period", "2024-02-15..2024-03-12",
        "--units", "plans/tri-ton/units.yaml", "-o", str(out),
    )  # fmt: skip
    assert made.code == 0, made.err
    result = run_tthc("score", "--plan", "plans/tri-ton/2024.yaml", "--counts", str(out), "--format", "json")
    assert result.code == 0, result.err
    assert json.loads(result.out)["periods"] == ["2024-02-15..2024-03-12"]


def test_luy_ke_takes_the_ranges_of_the_reporting_year(tmp_path: Path) -> None:
    files = []
    for i, period in enumerate(["15/12/2022 - 14/1/2023", "15/1/2023 - 14/2/2023", "2022-11"]):
        f = tmp_path / f"k{i}.csv"
        f.write_text(COUNTS.read_text("utf-8").replace("2024-03,", f'"{period}",'), "utf-8")
        files.append(f)
    data = _json(*files)
    assert data["periods"] == ["2022-11", "2022-12-15..2023-01-14", "2023-01-15..2023-02-14"]
    results = data["results"]
    assert isinstance(results, list)
    ytd = results[-1]
    assert ytd["kind"] == "ytd"
    cell = next(c for c in ytd["cells"] if c["indicator"] == "online-dossiers" and c["unit"] == "mot-cua-huyen")
    # Two periods of 2023, each 192 / 243: 384 / 486; November 2022 is not in the luỹ kế of 2023.
    assert (cell["numerator"], cell["denominator"]) == (384, 486)


def _ytd_online(tmp_path: Path, reporting: str) -> tuple[int, int]:
    lap_vo = ROOT / "examples" / "lap-vo"
    plan = tmp_path / "plan.yaml"
    text = (lap_vo / "plan.yaml").read_text("utf-8")
    plan.write_text(text.replace("locality: huyện Lấp Vò\n", f"locality: huyện Lấp Vò\n{reporting}", 1), "utf-8")
    (tmp_path / "units.yaml").write_text((lap_vo / "units.yaml").read_text("utf-8"), "utf-8")
    files = []
    for i, period in enumerate(["15/11/2023 - 14/12/2023", "15/12/2023 - 31/12/2023", "1/1/2024 - 14/1/2024"]):
        f = tmp_path / f"k{i}.csv"
        f.write_text(COUNTS.read_text("utf-8").replace("2024-03,", f'"{period}",'), "utf-8")
        files.append(f)
    result = run_tthc("score", "--plan", str(plan), "--counts", *map(str, files), "--format", "json")
    assert result.code == 0, result.err
    ytd = json.loads(result.out)["results"][-1]
    cell = next(c for c in ytd["cells"] if c["indicator"] == "online-dossiers" and c["unit"] == "mot-cua-huyen")
    return cell["numerator"], cell["denominator"]


def test_luy_ke_follows_the_plans_reporting_calendar(tmp_path: Path) -> None:
    # Calendar months: 15–31/12/2023 is of 2023, so the luỹ kế of 2024 is its one period (192 / 243 each).
    assert _ytd_online(tmp_path, "") == (192, 243)
    # Months closing on the 14th: the reporting year 2024 opened on 15/12/2023.
    assert _ytd_online(tmp_path, "reporting: {month_closes_on: 14}\n") == (384, 486)
