"""``tthc due``: occurrences of every kind of deadline, done records, the formats, the exit code."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DATA, ROOT, check_golden, run_tthc
from tthc_cli.cli.main import app
from tthc_cli.due.occurrences import schedule
from tthc_cli.errors import InputError

PLAN = DATA / "due" / "plan.yaml"
TRI_TON = ROOT / "plans" / "tri-ton" / "2024.yaml"
GOLDEN = ROOT / "tests" / "golden" / "due"


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["due", *args])
    return result.exit_code, result.output


def _dues(text: str) -> list[str]:
    return [s.due.isoformat() for s in schedule(text, 2024).slots]


def test_recurrences_become_dates_of_the_year() -> None:
    assert _dues("Hàng tháng")[:3] == ["2024-01-31", "2024-02-29", "2024-03-31"]
    assert len(_dues("Hàng tháng")) == 12
    assert _dues("Hàng quý") == ["2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31"]
    assert _dues("Định kỳ 06 tháng và cuối năm") == ["2024-06-30", "2024-12-31"]
    assert _dues("02 lần/năm") == ["2024-06-30", "2024-12-31"]
    assert _dues("Hàng tuần")[0] == "2024-01-07" and len(_dues("Hàng tuần")) == 52
    assert _dues("Trước ngày 15/3/2024") == ["2024-03-14"]
    assert _dues("Quý I hoặc Quý II 2024") == ["2024-06-30"]


@pytest.mark.parametrize(
    ("words", "reason"),
    [
        ("Thường xuyên", "continuous"),
        ("Ngay sau khi có quyết định công bố", "event"),
        ("Theo yêu cầu", "on-request"),
        ("Định kỳ", "recurrence"),
        ("Hằng ngày", "daily"),
        ("sớm nhất có thể", "unreadable"),
        ("", "none"),
    ],
)
def test_deadlines_without_dates_are_listed_apart(words: str, reason: str) -> None:
    s = schedule(words, 2024)
    assert s.slots == () and s.apart == (reason,)


def test_text_golden_with_done_records() -> None:
    code, out = _run(str(PLAN.relative_to(ROOT)), "--on", "2024-03-31")
    assert code == 0
    check_golden(GOLDEN / "march.txt", out)


def test_tri_ton_march_lists_due_and_overdue() -> None:
    code, out = _run(str(TRI_TON), "--on", "2024-03-31", "--format", "json", "--fail-on", "overdue")
    assert code == 1
    data = json.loads(out)
    by_status: dict[str, set[str]] = {}
    for o in data["occurrences"]:
        by_status.setdefault(o["status"], set()).add(o["task"]["deadline"])
        assert o["due"] <= "2024-03-31"
        assert o["status"] == "qua-han" or o["due"] >= "2024-03-01"
    assert {"Quý I năm 2024", "Hàng tháng", "Hàng quý"} <= by_status["den-han"]
    assert {"Trước 30/3/2024", "Trước 28/02/2024", "20/02/2024"} <= by_status["qua-han"]
    assert "Quý II năm 2024" not in by_status["den-han"] | by_status["qua-han"]
    apart = {a["task"]["deadline"] for a in data["apart"]}
    assert "Thường xuyên" in apart and "Theo yêu cầu" in apart


def test_unit_filter_and_within() -> None:
    code, out = _run(str(PLAN), "--on", "2024-06-20", "--within", "15d", "--unit", "tu-phap", "-f", "json")
    assert code == 0
    data = json.loads(out)
    assert {o["unit"]["id"] for o in data["occurrences"]} == {"tu-phap"}
    due = {(o["task"]["key"], o["due"], o["status"]) for o in data["occurrences"]}
    assert ("ra-soat", "2024-06-30", "den-han") in due
    assert ("bao-cao-thang", "2024-03-31", "qua-han") in due
    assert not any(d > "2024-07-05" for _, d, _ in due)


def test_ics_is_valid_with_one_event_per_occurrence(tmp_path: Path) -> None:
    icalendar = pytest.importorskip("icalendar")
    out = tmp_path / "han.ics"
    assert _run(str(PLAN), "--on", "2024-03-31", "-f", "ics", "-o", str(out))[0] == 0
    raw = out.read_bytes()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    cal = icalendar.Calendar.from_ical(raw)
    events = list(cal.walk("VEVENT"))
    _, listed = _run(str(PLAN), "--on", "2024-03-31", "--all", "-f", "json")
    occurrences = json.loads(listed)["occurrences"]
    assert len(events) == len(occurrences) == 12 + 12 + 2 + 2 + 1
    assert sorted(str(e["UID"]) for e in events) == sorted(o["uid"] for o in occurrences)
    assert len({str(e["UID"]) for e in events}) == len(events)
    first = next(e for e in events if str(e["UID"]) == "due-test-2024.ke-hoach.van-phong.2024-03-14@tthc")
    assert first.decoded("DTSTART") == dt.date(2024, 3, 14)
    assert str(first["SUMMARY"]).startswith("✓ Hạn: Ban hành kế hoạch tuyên truyền")
    assert [a["ACTION"] for a in first.walk("VALARM")] == ["DISPLAY"]
    again = tmp_path / "again.ics"
    _run(str(PLAN), "--on", "2024-03-31", "-f", "ics", "-o", str(again))
    assert again.read_bytes() == raw


def test_csv_cells_are_safe_from_formulas() -> None:
    code, out = _run(str(PLAN), "--on", "2024-12-31", "-f", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
    contents = {r["content"] for r in rows}
    assert "'=Tự đánh giá chỉ số 766" in contents
    assert not any(v.startswith(("=", "+", "@")) for r in rows for v in r.values())


def test_done_records_that_answer_nothing_are_remarks(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    text = PLAN.read_text(encoding="utf-8").replace("units: [tu-phap]}", "units: [tu-phap, van-phong-xa]}")
    text = text.replace("due: 2024-03-14, ref", "due: 2024-03-15, ref")
    plan.write_text(text, encoding="utf-8")
    (tmp_path / "units.yaml").write_text((DATA / "due" / "units.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    code, out = _run(str(plan), "--on", "2024-03-31", "-f", "json")
    notes = json.loads(out)["notes"]
    assert code == 0 and len(notes) == 2
    assert "không được giao nhiệm vụ này: van-phong-xa" in notes[0]
    assert "bản ghi 'done' ngày 2024-03-10 không ứng với hạn nào còn mở của Văn phòng - Thống kê" in notes[1]


def test_markdown_has_a_table_per_unit() -> None:
    code, out = _run(str(PLAN), "--on", "2024-03-31", "-f", "markdown")
    assert code == 0
    assert "### Công chức Tư pháp - Hộ tịch" in out and "| ✓ đã xong (10/03/2024) | 14/03/2024 |" in out


def test_bad_done_record_is_a_schema_error(tmp_path: Path) -> None:
    bad = tmp_path / "plan.yaml"
    bad.write_text(PLAN.read_text(encoding="utf-8").replace("- 2024-02-03", "- 2024-02-30"), encoding="utf-8")
    (tmp_path / "units.yaml").write_text((DATA / "due" / "units.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    result = run_tthc("due", str(bad), "--on", "2024-03-31")
    assert result.code == 2 and "plan.yaml:34:19: kế hoạch ở 'appendices[0]" in result.err
    assert "Traceback" not in result.err and result.err.count("\n") == 1


def test_bad_options_are_input_errors() -> None:
    for args, words in (
        (["--within", "soon"], "--within 'soon'"),
        (["--unit", "không-có"], "không có nhiệm vụ nào"),
        (["--on", "31/03/2024"], "YYYY-MM-DD"),
    ):
        result = CliRunner().invoke(app, ["due", str(PLAN), *args])
        assert isinstance(result.exception, InputError) and words in str(result.exception)


def test_tri_ton_calendar_has_one_event_per_occurrence() -> None:
    icalendar = pytest.importorskip("icalendar")
    code, ics = _run(str(TRI_TON), "--on", "2024-03-31", "--format", "ics")
    assert code == 0
    events = list(icalendar.Calendar.from_ical(ics.replace("\n", "\r\n").replace("\r\r\n", "\r\n")).walk("VEVENT"))
    _, listed = _run(str(TRI_TON), "--on", "2024-03-31", "--all", "--format", "json")
    occurrences = json.loads(listed)["occurrences"]
    assert len(events) == len(occurrences) > 100
    assert {str(e["UID"]) for e in events} == {o["uid"] for o in occurrences}
    assert all(e.walk("VALARM") for e in events)
