"""Counts are checked: whole numbers only, and the one-stop identities of ``metrics.yaml`` ``checks``."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import ROOT, run_tthc

COUNTS = ROOT / "examples" / "counts" / "2024-03-huyen-xa.csv"
PLAN = "examples/lap-vo/plan.yaml"


def _score(tmp_path: Path, text: str) -> tuple[int, dict[str, object]]:
    counts = tmp_path / "2024-03.csv"
    counts.write_text(text, "utf-8")
    result = run_tthc("score", "--plan", PLAN, "--counts", str(counts), "--format", "json")
    data: dict[str, object] = json.loads(result.out)
    return result.code, data


def _findings(data: dict[str, object], code: str) -> list[dict[str, object]]:
    found = data["findings"]
    assert isinstance(found, list)
    return [f for f in found if f["code"] == code]


def test_a_fraction_in_a_count_column_is_an_error_at_its_cell(tmp_path: Path) -> None:
    header, huyen, xa = COUNTS.read_text("utf-8").splitlines()
    cells = huyen.split(",")
    column = header.split(",").index("received_online")
    cells[column] = '"16,24"'
    code, data = _score(tmp_path, "\n".join([header, ",".join(cells), xa]) + "\n")
    assert code == 1
    (bad,) = _findings(data, "TT803")
    assert (bad["line"], bad["column"], bad["severity"]) == (2, column + 1, "error")
    assert "16,24" in str(bad["message"]) and "nghìn" in str(bad["hint"])


def test_received_equals_resolved_pending_and_returned(tmp_path: Path) -> None:
    text = COUNTS.read_text("utf-8")
    header, huyen, xa = text.splitlines()
    # Cấp huyện: 308 = 225 resolved + 83 pending + 0 returned; cấp xã 1.886 ≠ 1.722 + 154 + 0.
    rows = [header + ",returned", huyen + ",0", xa + ",0"]
    _, data = _score(tmp_path, "\n".join(rows) + "\n")
    (found,) = [f for f in _findings(data, "TT805") if "returned" in str(f["message"])]
    assert found["line"] == 3 and "1.876" in str(found["message"]) and "1.886" in str(found["message"])
    # Without the 'returned' column the identity is not checked (a part is missing, nothing is assumed).
    _, plain = _score(tmp_path, text)
    assert not [f for f in _findings(plain, "TT805") if "returned" in str(f["message"])]


def test_late_and_overdue_are_within_their_wholes(tmp_path: Path) -> None:
    header, huyen, xa = COUNTS.read_text("utf-8").splitlines()
    names = header.split(",")
    cells = huyen.split(",")
    cells[names.index("pending_overdue")] = "90"
    _, data = _score(tmp_path, "\n".join([header, ",".join(cells), xa]) + "\n")
    messages = [str(f["message"]) for f in _findings(data, "TT805")]
    assert any("pending_overdue = 90 lớn hơn pending = 83" in m for m in messages)


def test_a_count_that_follows_from_the_others_is_derived_and_said(tmp_path: Path) -> None:
    header, huyen, xa = COUNTS.read_text("utf-8").splitlines()
    names = header.split(",")
    drop = names.index("resolved")
    rows = [",".join(c for i, c in enumerate(r.split(",")) if i != drop) for r in (header, huyen, xa)]
    code, data = _score(tmp_path, "\n".join(rows) + "\n")
    assert code == 0
    derived = _findings(data, "TT813")
    assert [(f["line"], f["severity"]) for f in derived] == [(2, "info"), (3, "info")]
    assert "resolved = resolved_early + resolved_on_time + resolved_late = 225" in str(derived[0]["message"])
    results = data["results"]
    assert isinstance(results, list)
    cell = next(
        c for c in results[0]["cells"] if c["indicator"] == "on-time-resolution" and c["unit"] == "mot-cua-huyen"
    )
    assert (cell["numerator"], cell["denominator"], cell["value"]) == (220, 225, 97.78)
