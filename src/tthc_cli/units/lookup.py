"""Finding the units registry that applies to a plan."""

from __future__ import annotations

from pathlib import Path

from tthc_cli.load.config import Config
from tthc_cli.load.plan_paths import plan_named_path


def find_units_file(plan_path: Path, explicit: str | None, config: Config) -> Path | None:
    """The plan's own ``units:`` path, else the configured one, else the nearest ``units.yaml`` upwards.

    The upward search stops at the configuration's folder or at the root of the git repository. Raises
    :class:`~tthc_cli.errors.InputError` when the plan's path leaves the repository root.
    """
    if explicit:
        return plan_named_path(plan_path, explicit, config, "units")
    if config.units:
        return config.resolve(config.units)
    stop = Path(config.root).resolve()
    folder = plan_path.resolve().parent
    while True:
        for name in ("units.yaml", "units.yml"):
            candidate = folder / name
            if candidate.is_file():
                return candidate
        if folder == stop or (folder / ".git").exists() or folder.parent == folder:
            return None
        folder = folder.parent
