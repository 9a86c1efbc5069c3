"""One workspace for every command: the configured units registry and policy hold for validate, score and
render alike, and what a run reads is kept in the workspace, not in module globals."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, run_tthc
from tthc_cli.errors import ConfigError, InputError
from tthc_cli.model.config import Config
from tthc_cli.model.plan import Plan
from tthc_cli.workspace import Workspace

LAP_VO = ROOT / "examples" / "lap-vo"
MARCH = ROOT / "examples" / "counts" / "2024-03-huyen-xa.csv"


def _office(tmp_path: Path, toml: str = "") -> Path:
    """An office repository whose plan names no registry; tthc.toml points at reg/u.yaml, and a decoy
    units.yaml beside the plan (the nearest one) would give other names."""
    root = tmp_path / "văn phòng"
    (root / "plans").mkdir(parents=True)
    (root / "reg").mkdir()
    shutil.copy(LAP_VO / "units.yaml", root / "reg" / "u.yaml")
    text = (LAP_VO / "plan.yaml").read_text(encoding="utf-8").replace("units: units.yaml\n", "")
    (root / "plans" / "2024.yaml").write_text(text, encoding="utf-8")
    decoy = (LAP_VO / "units.yaml").read_text(encoding="utf-8")
    for name in ("Bộ phận Một cửa", "Cấp huyện", "Cấp xã", "Một cửa"):
        decoy = decoy.replace(name, f"Tổ {len(name)}")
    (root / "plans" / "units.yaml").write_text(decoy, encoding="utf-8")
    (root / "tthc.toml").write_text(f'units = "reg/u.yaml"\n{toml}', encoding="utf-8")
    shutil.copy(MARCH, root / "2024-03.csv")
    return root


def test_every_command_reads_the_configured_registry(tmp_path: Path) -> None:
    root = _office(tmp_path)
    validated = run_tthc("validate", "--no-cache", "plans/2024.yaml", "--format", "json", cwd=root)
    assert validated.code == 0, validated.out
    assert "TT201" not in validated.out  # the plan's units are those of reg/u.yaml, not of the decoy

    scored = run_tthc("score", "--plan", "plans/2024.yaml", "--counts", "2024-03.csv", "-f", "json", cwd=root)
    assert scored.code == 0, scored.err
    data = json.loads(scored.out)
    names = {u["name"] for u in data["units"] if u["id"] != "*"}
    assert names == {"Bộ phận Một cửa huyện", "Bộ phận Một cửa xã, thị trấn"}
    assert not [f for f in data["findings"] if f["code"] == "TT801"]

    ws = Workspace.open(start=root)
    plan_path = root / "plans" / "2024.yaml"
    assert ws.units_path(plan_path, None) == (root / "reg" / "u.yaml").resolve()
    printed = ws.unit_names(plan_path, ws.plan(plan_path))
    assert printed["cac-bo-phan-mot-cua"] == "Bộ phận Một cửa huyện, xã, thị trấn"

    rendered = run_tthc("render", "plans/2024.yaml", "-o", str(tmp_path / "out"), cwd=root)
    assert rendered.code == 0, rendered.err


def test_render_report_takes_the_configuration(tmp_path: Path) -> None:
    root = _office(tmp_path)
    (root / "tthc.toml").rename(root / "khác.toml")
    shutil.copy(LAP_VO / "bao-cao-2024-03.yaml", root / "bao-cao.yaml")
    args = ["render", "report", "--plan", "plans/2024.yaml", "--report", "bao-cao.yaml", "--counts", "2024-03.csv"]
    args += ["-o", str(tmp_path / "o")]
    # without the configuration the nearest registry (the decoy) applies: the plan's units are unknown in it,
    # so render refuses the plan; forced, no count row matches the decoy either
    unconfigured = run_tthc(*args, cwd=root)
    assert unconfigured.code == 2 and "[TT201]" in unconfigured.err and "--force" in unconfigured.err
    forced = run_tthc(*args, "--force", cwd=root)
    assert forced.code == 2 and "Cấp huyện" in forced.err and "tthc score" in forced.err
    configured = run_tthc(*args, "--config", "khác.toml", cwd=root)
    assert configured.code == 0, configured.err


@pytest.mark.parametrize("code", ["TT801", "TT805", "TT808"])
def test_counts_codes_are_documented(code: str) -> None:
    shown = run_tthc("rules", code)
    assert shown.code == 0 and code in shown.out and "Ví dụ sai" in shown.out


def _score_findings(root: Path, counts: str) -> list[dict[str, str]]:
    (root / "2024-03.csv").write_text(counts, encoding="utf-8")
    result = run_tthc("score", "--plan", "plans/2024.yaml", "--counts", "2024-03.csv", "-f", "json", cwd=root)
    findings: list[dict[str, str]] = json.loads(result.out)["findings"]
    return findings


UNKNOWN_AND_INCONSISTENT = (
    "Đơn vị,resolved,resolved_early,resolved_on_time,resolved_late\n"
    "Bộ phận Một cửa huyện,10,5,3,1\n"
    "Phòng không có,1,1,0,0\n"
)


def test_counts_codes_can_be_disabled_and_regraded(tmp_path: Path) -> None:
    root = _office(tmp_path)
    before = {f["code"]: f["severity"] for f in _score_findings(root, UNKNOWN_AND_INCONSISTENT)}
    assert before == {"TT801": "error", "TT805": "warning"}
    (root / "tthc.toml").write_text(
        'units = "reg/u.yaml"\ndisable = ["counts.unknown-unit"]\n[severity]\nTT805 = "error"\n', encoding="utf-8"
    )
    after = {f["code"]: f["severity"] for f in _score_findings(root, UNKNOWN_AND_INCONSISTENT)}
    assert after == {"TT805": "error"}
    (root / "tthc.toml").write_text('units = "reg/u.yaml"\ndisable = ["TT808"]\n', encoding="utf-8")
    assert not _score_findings(root, "chỉ có chữ\n1,2\n")  # the no-header finding is turned off


def test_a_misspelt_code_in_the_configuration_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="TT8O1") as caught:
        _ = Workspace(Config(root=str(tmp_path), disable=["TT8O1"])).policy
    assert caught.value.hint is not None and "TT801" in caught.value.hint
    root = _office(tmp_path, 'disable = ["text.doubled-wrd"]\n')
    result = run_tthc("validate", "--no-cache", "plans/2024.yaml", cwd=root)
    assert result.code == 2 and "text.doubled-word" in result.err and "Traceback" not in result.err


def test_reads_are_kept_per_workspace_and_follow_the_text(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    shutil.copy(LAP_VO / "plan.yaml", path)
    shutil.copy(LAP_VO / "units.yaml", tmp_path / "units.yaml")
    ws = Workspace(Config(root=str(tmp_path)))
    first = ws.plan(path)
    assert ws.plan(path) is first  # parsed once for the same text
    path.write_text(path.read_text(encoding="utf-8").replace("year: 2024", "year: 2025"), encoding="utf-8")
    assert ws.plan(path).year == 2025  # a changed file is read again
    other = Workspace(Config(root=str(tmp_path)))
    assert other.plan(path) is not ws.plan(path)


def test_one_reader_one_message(tmp_path: Path) -> None:
    """A broken plan gets the message validate gives, located, from every command that reads it."""
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\nid: x\nyear: 2024\nlevel: quận\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        Workspace(Config(root=str(tmp_path))).require(bad, Plan)
    assert re.search(r"bad\.yaml:4:8: kế hoạch ở 'level': Giá trị không hợp lệ", str(caught.value))
    validated = run_tthc("validate", "--no-cache", str(bad), cwd=tmp_path)
    assert "4:8" in validated.out and "Giá trị không hợp lệ" in validated.out
    scored = run_tthc("score", "--plan", str(bad), "--counts", str(MARCH), cwd=tmp_path)
    assert scored.code == 2 and "4:8: kế hoạch ở 'level': Giá trị không hợp lệ" in scored.err
