"""The workspace: opened once per command, it is the one way any command finds and reads its inputs.

It finds the configuration (``tthc.toml`` or ``[tool.tthc]``) once, and gives what the configuration and a
plan point at: the units registry of a plan (the only lookup), the legal catalogue, the metric catalogue
(shipped entries plus the repository's files, see :mod:`tthc_cli.load.catalogues`), the 766 index, and any
YAML file read into its model through the one reader, with located problems. What it loads is kept for the
run in the workspace itself, never in module globals, so two workspaces (two configurations) never mix.

Library use::

    from tthc_cli.workspace import Workspace
    ws = Workspace.open()                       # or Workspace.open(Path("tthc.toml"))
    plan = ws.plan(Path("plans/2024.yaml"))
    units = ws.units(Path("plans/2024.yaml"), plan.units)
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from tthc_cli.errors import InputError
from tthc_cli.legal.catalogue import LegalCatalogue, load_catalogue
from tthc_cli.load.catalogues import build_catalogue, shipped_index766
from tthc_cli.load.config import load_config
from tthc_cli.load.kinds import looks_like_plan
from tthc_cli.load.model_reader import ModelRead, first_error, read_model
from tthc_cli.load.plan_paths import plan_named_path
from tthc_cli.load.source import read_source
from tthc_cli.model.config import Config
from tthc_cli.model.index766 import Index766
from tthc_cli.model.metrics import MetricCatalogue
from tthc_cli.model.plan import Plan
from tthc_cli.model.units import UnitsFile
from tthc_cli.workspace.policy import Policy

M = TypeVar("M", bound=BaseModel)

_WHAT: dict[type[BaseModel], str] = {Plan: "kế hoạch", UnitsFile: "danh mục đơn vị"}


class Workspace:
    """The configuration in force and everything read through it during one command."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self._reads: dict[tuple[Path, type[BaseModel], str], ModelRead[Any]] = {}
        self._catalogues: dict[tuple[tuple[str, str], ...], MetricCatalogue] = {}

    @classmethod
    def open(cls, config_file: Path | None = None, start: Path | None = None) -> Workspace:
        """The workspace of ``config_file`` (``--config``), else of the configuration found from ``start``
        (the current folder) upwards; defaults when there is none."""
        return cls(load_config(config_file, start))

    @property
    def root(self) -> Path:
        """The folder of the configuration (the current folder when there is none)."""
        return Path(self.config.root)

    @cached_property
    def policy(self) -> Policy:
        """Which codes are reported and at which severity (a bad code in the configuration raises)."""
        return Policy(self.config)

    # -- reading files -------------------------------------------------------------------------------------

    def read(self, path: Path, model: type[M], *, named_by: str | None = None) -> ModelRead[M]:
        """``path`` read into ``model`` with every problem found (parsed once per run for the same text).

        Raises :class:`InputError` only when the file itself cannot be read (missing, not a regular file, too
        large); ``named_by`` (a plan field or an option) is named in that error.
        """
        source = read_source(path, what=named_by)
        key = (path.resolve(), model, source.text)
        if key not in self._reads:
            self._reads[key] = read_model(source, model)
        found: ModelRead[M] = self._reads[key]
        return found

    def require(self, path: Path, model: type[M], what: str | None = None, *, named_by: str | None = None) -> M:
        """The model of ``path``; the first problem that prevents it raises :class:`InputError` located at
        ``file:line:col``, with the same message ``tthc validate`` gives."""
        read = self.read(path, model, named_by=named_by)
        kind = what or _WHAT.get(model, "tệp")
        error = first_error(read, str(path), what=kind, hint=f"chạy 'tthc validate {path}' để xem mọi lỗi")
        if error is not None:
            raise error
        assert read.model is not None
        return read.model

    def plan(self, path: Path) -> Plan:
        """A valid plan."""
        return self.require(path, Plan)

    # -- what the configuration and the plans point at -----------------------------------------------------

    def units_path(self, plan_path: Path, explicit: str | None) -> Path | None:
        """The units registry of a plan: its own ``units:``, else the configured one, else the nearest
        ``units.yaml`` upwards (stopping at the configuration's folder or the root of a git repository).

        Raises :class:`InputError` when the plan's ``units:`` leaves the repository root (unless allowed)."""
        looked = self.units_candidates(plan_path, explicit)
        return looked[-1] if looked and (explicit or self.config.units or looked[-1].is_file()) else None

    def units_candidates(self, plan_path: Path, explicit: str | None) -> list[Path]:
        """Every path :meth:`units_path` looks at for a plan, in order, ending with the one it takes: a
        registry created at one of them later changes the plan's findings (the validate cache records them)."""
        if explicit:
            return [plan_named_path(plan_path, explicit, self.config, "units")]
        if self.config.units:
            return [self.config.resolve(self.config.units)]
        stop = self.root.resolve()
        folder = plan_path.resolve().parent
        looked: list[Path] = []
        while True:
            for name in ("units.yaml", "units.yml"):
                looked.append(folder / name)
                if looked[-1].is_file():
                    return looked
            if folder == stop or (folder / ".git").exists() or folder.parent == folder:
                return looked
            folder = folder.parent

    def units(self, plan_path: Path, explicit: str | None) -> UnitsFile | None:
        """The valid units registry of a plan, ``None`` when it has none; a broken one raises."""
        path = self.units_path(plan_path, explicit)
        if path is None:
            return None
        if not path.exists():
            raise InputError(f"{path}: không tìm thấy danh mục đơn vị", hint="kiểm tra khóa 'units' của kế hoạch")
        return self.require(path, UnitsFile, named_by="units")

    def unit_names(self, plan_path: Path, plan: Plan) -> dict[str, str]:
        """The printed name of every unit and group id of the plan's registry (empty without one)."""
        units = self.units(plan_path, plan.units)
        if units is None:
            return {}
        names = {u.id: u.name for u in units.units}
        names.update({g.id: g.name for g in units.groups})
        return names

    @cached_property
    def legal(self) -> LegalCatalogue:
        """The shipped legal catalogue followed by the configured ``legal`` files."""
        return load_catalogue([self.config.resolve(p) for p in self.config.legal])

    def metrics(self, plan_formulas: dict[str, str] | None = None) -> MetricCatalogue:
        """The metric catalogue in force, with a plan's ``formulas:`` applied (built once per formulas)."""
        key = tuple(sorted((plan_formulas or {}).items()))
        if key not in self._catalogues:
            cfg = self.config
            self._catalogues[key] = build_catalogue(
                cfg.resolve(cfg.metrics) if cfg.metrics else None,
                cfg.resolve(cfg.indicators) if cfg.indicators else None,
                plan_formulas,
            )
        return self._catalogues[key]

    @cached_property
    def index766(self) -> Index766:
        """The Bộ chỉ số 766 definition."""
        return shipped_index766()

    def dependencies(self) -> list[Path]:
        """The configured files every plan's findings depend on (for the validate cache)."""
        cfg = self.config
        return [cfg.resolve(p) for p in [*cfg.legal, cfg.metrics, cfg.indicators] if p]

    def find_plan(self, explicit: Path | None) -> Path:
        """``--plan``, else the configured plan, else the single plan under ``plans/``."""
        if explicit is not None:
            return explicit
        if self.config.plan:
            return self.config.resolve(self.config.plan)
        folder = self.root / "plans"
        found = sorted(p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml") and looks_like_plan(p))
        if len(found) == 1:
            return found[0]
        if not found:
            raise InputError("không tìm thấy kế hoạch nào trong plans/", hint="chỉ rõ bằng --plan")
        raise InputError(
            f"có {len(found)} kế hoạch trong plans/", hint="chọn một bằng --plan hoặc khóa 'plan' trong tthc.toml"
        )
