"""tthc schema: the committed JSON Schemas are up to date, and every real plan validates against them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from tthc_cli.cli.main import app
from tthc_cli.load.yaml_loader import load_yaml
from tthc_cli.review.schema import schema_texts

REPO = Path(__file__).parent.parent
SCHEMA = REPO / "schema"
PLANS = [*sorted((REPO / "plans").glob("*/20*.yaml")), REPO / "tests" / "data" / "review" / "thap-muoi-2024.yaml"]
UNITS = sorted((REPO / "plans").glob("**/units.yaml"))
MODELINE = re.compile(r"^# yaml-language-server: \$schema=(\S+)$", re.M)


def _validator(name: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((SCHEMA / name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_committed_schemas_are_up_to_date() -> None:
    for name, text in schema_texts().items():
        assert (SCHEMA / name).read_text(encoding="utf-8") == text, f"{name} đã cũ: chạy tthc schema"


@pytest.mark.parametrize("path", PLANS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_plans_validate_and_point_at_the_schema(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    errors = [
        f"{list(e.absolute_path)}: {e.message[:200]}"
        for e in _validator("plan.schema.json").iter_errors(load_yaml(text).data)
    ]
    assert errors == []
    m = MODELINE.search(text)
    assert m and (path.parent / m.group(1)).resolve() == (SCHEMA / "plan.schema.json").resolve()


@pytest.mark.parametrize("path", UNITS, ids=lambda p: p.parent.name)
def test_units_validate(path: Path) -> None:
    assert list(_validator("units.schema.json").iter_errors(load_yaml(path.read_text(encoding="utf-8")).data)) == []


def test_typos_and_short_forms() -> None:
    v = _validator("plan.schema.json")
    plan = load_yaml((PLANS[-1]).read_text(encoding="utf-8")).data
    row = plan["appendices"][0]["blocks"][0]["table"]["sections"][1]["items"][0]
    row["taget"] = row.pop("target")
    errors = list(v.iter_errors(plan))
    assert errors and any("taget" in str(e.message) or "taget" in str(e.context) for e in errors)
    row["target"] = 45
    del row["taget"]
    row["lead"] = ["phong-tu-phap", "ubnd-cac-xa"]
    row["stt"] = 1
    assert list(v.iter_errors(plan)) == []
    row["target"] = True
    assert list(v.iter_errors(plan))


def test_descriptions_come_from_field_docstrings() -> None:
    schema = json.loads((SCHEMA / "plan.schema.json").read_text(encoding="utf-8"))
    assert "chủ trì" in schema["$defs"]["Task"]["properties"]["lead"]["description"]


def test_cli_writes_and_checks(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["schema", "--check", "-o", str(tmp_path)]).exit_code == 1
    assert runner.invoke(app, ["schema", "-o", str(tmp_path)]).exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.schema.json", "units.schema.json"]
    assert runner.invoke(app, ["schema", "--check", "-o", str(tmp_path)]).exit_code == 0
