"""Finding the units registry that applies to a plan."""

from __future__ import annotations

from pathlib import Path

from tthc_cli.model.config import Config


def find_units_file(plan_path: Path, explicit: str | None, config: Config) -> Path | None:
    """The plan's own ``units:`` path, else the configured one, else the nearest ``units.yaml`` upwards.

    The upward search stops at the configuration's folder or at the root of the git repository.
    """
    if explicit:
        return (plan_path.parent / explicit).resolve()
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
