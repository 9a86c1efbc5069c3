"""Target words read whole: comparators, bands, counts and "trong đó" sub-targets; never shortened."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT, run_tthc
from tthc_cli.model.target import Target

READ = [
    # words, op, value, (min, max, max_inclusive), unit
    ("Tối thiểu 45", ">=", 45, None, None),
    ("đạt tối thiểu 45% - 50%", "band", None, (45, 50, True), None),
    ("từ 80 đến dưới 90 điểm", "band", None, (80, 90, False), "điểm"),
    ("tối thiểu từ 80 đến dưới 90 điểm", "band", None, (80, 90, False), "điểm"),
    ("trên 95%", ">", 95, None, None),
    ("từ 95% trở lên", ">=", 95, None, None),
    ("tối thiểu 7.920 hồ sơ", ">=", 7920, None, "hồ sơ"),
    ("Phấn đấu 100", ">=", 100, None, None),
    ("Không quá 5", "<=", 5, None, None),
    ("Dưới 2%", "<", 2, None, None),
    ("100%", ">=", 100, None, None),
]


@pytest.mark.parametrize(("words", "op", "value", "band", "unit"), READ)
def test_words_are_read(
    words: str, op: str, value: float | None, band: tuple[float, ...] | None, unit: str | None
) -> None:
    t = Target.model_validate(words)
    assert (t.op, t.value, t.unit, t.unread) == (op, value, unit, None)
    if band:
        assert (t.min, t.max, t.max_inclusive) == band


def test_strict_and_inclusive_words_differ_at_the_threshold() -> None:
    assert not Target.model_validate("trên 95%").is_met(95.0)
    assert Target.model_validate("từ 95% trở lên").is_met(95.0)


def test_sub_target_is_kept_with_its_own_value() -> None:
    t = Target.model_validate("trên 95%, trong đó 20% trả trước hạn")
    assert (t.op, t.value) == (">", 95)
    assert [(s.text, s.op, s.value, s.formula) for s in t.sub] == [("20% trả trước hạn", ">=", 20, None)]


@pytest.mark.parametrize("words", ["Tối thiểu 45 (trừ cơ quan không thu phí)", "tối thiểu 45% hoặc 50 hồ sơ"])
def test_words_not_all_understood_give_no_meaning(words: str) -> None:
    t = Target.model_validate(words)
    assert t.op is None and t.value is None and t.unread


PLAN = ROOT / "examples" / "lap-vo" / "plan.yaml"


def _plan(tmp_path: Path, target: str) -> Path:
    text = PLAN.read_text("utf-8")
    old = "              target: 100\n"
    assert old in text
    (tmp_path / "units.yaml").write_text((PLAN.parent / "units.yaml").read_text("utf-8"), "utf-8")
    plan = tmp_path / "plan.yaml"
    plan.write_text(text.replace(old, target, 1), "utf-8")
    return plan


def test_unread_words_are_a_finding_at_the_target_line(tmp_path: Path) -> None:
    plan = _plan(tmp_path, "              target: Tối thiểu 95 (trừ hồ sơ tồn)\n")
    line = plan.read_text("utf-8").splitlines().index("              target: Tối thiểu 95 (trừ hồ sơ tồn)") + 1
    result = run_tthc("validate", str(plan))
    assert result.code == 1
    assert f"plan.yaml:{line}:" in result.out and "TT602" in result.out and "(trừ hồ sơ tồn)" in result.out


def test_sub_target_with_formula_is_scored_on_its_own_base(tmp_path: Path) -> None:
    plan = _plan(
        tmp_path,
        "              target:\n"
        "                text: Trên 95%, trong đó 80% trả trước hạn\n"
        "                sub: [{text: 80% trả trước hạn, formula: resolved_early / resolved * 100}]\n",
    )
    assert run_tthc("validate", str(plan)).code == 0
    scored = run_tthc("score", "--plan", str(plan), "--counts", "examples/counts/2024-03-huyen-xa.csv", "-f", "json")
    assert scored.code == 0, scored.err
    data = json.loads(scored.out)
    names = [s["name"] for s in data["indicators"] if s["stt"] == "3"]
    assert len(names) == 2 and names[1].endswith("(trong đó 80% trả trước hạn)")
    rows = [c for c in data["results"][0]["cells"] if c["stt"] == "3" and c["unit"] == "mot-cua-huyen"]
    # Bộ phận Một cửa huyện: (198 + 22) / 225 = 97,78% > 95, and on its own base
    # 198 trả trước hạn / 225 đã giải quyết = 88,00% ≥ 80.
    assert [(c["value"], c["status"]) for c in rows] == [(97.78, "dat"), (88, "dat")]
    assert (rows[1]["numerator"], rows[1]["denominator"]) == (198, 225)
