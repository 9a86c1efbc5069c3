"""Scale: hostile sizes stay linear. Each case is sized so that the old quadratic step took tens of seconds
and the linear one takes well under one; the bounds leave room for a slow, shared machine."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from conftest import DATA
from tthc_cli.lint.engine import validate_plan
from tthc_cli.load.catalogues import build_catalogue
from tthc_cli.load.counts import read_counts
from tthc_cli.load.counts_grid import read_csv_grid
from tthc_cli.model.config import Config
from tthc_cli.model.units import UnitsFile

PLAN = (DATA / "core" / "plan.yaml").read_text("utf-8")


def test_a_50_kb_title_of_one_doubled_word_is_located_in_linear_time(tmp_path: Path) -> None:
    (tmp_path / "units.yaml").write_text((DATA / "core" / "units.yaml").read_text("utf-8"), "utf-8")
    title = " ".join(["tỉnh"] * 10_000)
    plan = tmp_path / "plan.yaml"
    lines = PLAN.split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("  title:"))
    lines[at] = f"  title: {title}"
    plan.write_text("\n".join(lines), "utf-8")
    start = time.monotonic()
    found = [d for d in validate_plan(plan, Config(root=str(tmp_path))).diagnostics if d.code == "TT702"]
    assert time.monotonic() - start < 10
    # the repeat rule takes the longest repeated run (five words): once per ten words, at the repeat
    assert len(found) == 1000
    assert [(d.line, d.column) for d in found[:2]] == [(at + 1, 35), (at + 1, 85)]
    assert found[-1].column == len("  title: ") + len(title) - len(" ".join(["tỉnh"] * 5)) + 1  # the last run


def test_32000_units_are_checked_and_matched_in_linear_time(tmp_path: Path) -> None:
    n = 32_000
    start = time.monotonic()
    data = {"units": [{"id": f"u{i}", "name": f"Đơn vị số {i}", "kind": "xa"} for i in range(n)]}
    units = UnitsFile.model_validate(data)  # the duplicate-id check was quadratic
    path = tmp_path / "c.csv"
    path.write_text("unit,received_new\n" + "".join(f"Đơn vị số {i},{i}\n" for i in range(n)), "utf-8")
    read = read_counts([path], build_catalogue(), units)
    assert time.monotonic() - start < 5
    assert read.findings == [] and len(read.series.periods[0].units) == n


def test_counts_rows_are_streamed_and_findings_capped(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("unit,received_new\n" + "Không có,1\n" * 5000, "utf-8")
    assert not isinstance(read_csv_grid(path).rows, list)
    read = read_counts([path], build_catalogue(), UnitsFile.model_validate({"units": []}))
    assert len(read.findings) == 101
    assert read.findings[-1].message == "còn 4900 phát hiện TT801 khác trong tệp này (chỉ in 100)"


def test_a_plan_too_long_to_render_is_refused_before_building_it(tmp_path: Path) -> None:
    from tthc_cli.errors import InputError
    from tthc_cli.model.plan import Plan
    from tthc_cli.render.plan_doc import MAX_ROWS, render_plan
    from tthc_cli.render.plan_file import LoadedPlan
    from tthc_cli.render.sample import SAMPLE_PLAN

    data = json.loads(json.dumps(SAMPLE_PLAN, default=str))
    table = next(b["table"] for a in data["appendices"] for b in a["blocks"] if b.get("table"))
    row = next(r for r in table.get("items") or table["sections"][0]["items"] if "content" in r)
    rows = [{**row, "id": f"r{i}", "stt": str(i + 1)} for i in range(MAX_ROWS + 1)]
    table["items"], table["sections"] = rows, []
    start = time.monotonic()
    with pytest.raises(InputError, match="quá giới hạn 10000 dòng"):
        render_plan(LoadedPlan(Plan.model_validate(data), tmp_path / "dai.yaml"))
    assert time.monotonic() - start < 5
