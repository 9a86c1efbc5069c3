"""What ``tthc score`` reads besides the counts: the plan, its units registry, the catalogues."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from tthc_cli.errors import InputError
from tthc_cli.load.bounded import check_regular
from tthc_cli.load.config import Config
from tthc_cli.load.source import read_source
from tthc_cli.load.yaml_loader import load_yaml
from tthc_cli.model.index766 import Index766, shipped_index766
from tthc_cli.model.metrics import MetricCatalogue, build_catalogue
from tthc_cli.model.plan import Plan
from tthc_cli.model.units import UnitsFile
from tthc_cli.units.lookup import find_units_file


@dataclass(frozen=True)
class ScoreInputs:
    """A valid plan with the units registry and the catalogues in force for it."""

    plan: Plan
    plan_path: Path
    units: UnitsFile | None
    catalogue: MetricCatalogue
    index: Index766


def _looks_like_plan(path: Path) -> bool:
    try:
        check_regular(path, max_bytes=None)  # a FIFO named plans/x.yaml must not block the search
        with path.open("rb") as handle:
            head = handle.read(16000).decode("utf-8-sig", errors="replace")[:4000]
    except (OSError, InputError):
        return False
    return "\ndocument:" in f"\n{head}" and "\nid:" in f"\n{head}"


def find_plan(explicit: Path | None, config: Config) -> Path:
    """``--plan``, else the configured plan, else the single plan under ``plans/``."""
    if explicit is not None:
        return explicit
    if config.plan:
        return config.resolve(config.plan)
    folder = Path(config.root) / "plans"
    found = sorted(p for p in folder.rglob("*.y*ml") if p.suffix in (".yaml", ".yml") and _looks_like_plan(p))
    if len(found) == 1:
        return found[0]
    if not found:
        raise InputError("không tìm thấy kế hoạch nào trong plans/", hint="chỉ rõ bằng --plan")
    raise InputError(
        f"có {len(found)} kế hoạch trong plans/", hint="chọn một bằng --plan hoặc khóa 'plan' trong tthc.toml"
    )


def _yaml_model(path: Path, model: type[Plan] | type[UnitsFile], what: str) -> Plan | UnitsFile:
    loaded = load_yaml(read_source(path).text)
    fatal = [i for i in loaded.issues if i.fatal]
    if fatal or not isinstance(loaded.data, dict):
        raise InputError(f"{path}: {what} không đọc được", hint=f"chạy tthc validate {path}")
    try:
        return model.model_validate(loaded.data)
    except ValidationError:
        raise InputError(f"{path}: {what} có lỗi", hint=f"chạy tthc validate {path}") from None


def load_score_inputs(plan_path: Path, config: Config) -> ScoreInputs:
    """Read the plan, its units registry and the catalogues (shipped, configured, the plan's formulas)."""
    plan = _yaml_model(plan_path, Plan, "kế hoạch")
    assert isinstance(plan, Plan)
    units_path = find_units_file(plan_path, plan.units, config)
    units = None
    if units_path is not None:
        check_regular(units_path, what="units")
        loaded_units = _yaml_model(units_path, UnitsFile, "danh mục đơn vị")
        assert isinstance(loaded_units, UnitsFile)
        units = loaded_units
    catalogue = build_catalogue(
        config.resolve(config.metrics) if config.metrics else None,
        config.resolve(config.indicators) if config.indicators else None,
        plan.formulas,
    )
    return ScoreInputs(plan, plan_path, units, catalogue, shipped_index766())
