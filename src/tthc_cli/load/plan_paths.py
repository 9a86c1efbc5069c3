"""Paths written in a plan (``units:``, ``parent.path``): resolved from the plan, kept inside the repository.

A plan arrives in a pull request; it must not make ``tthc validate`` read files of the machine that runs it
(``units: /etc/passwd``, ``parent: {path: ../../../home/…}``). A path a plan names must therefore lie under
the repository root: the folder of the configuration file when there is one, else the root of the git
repository the plan is in, else the folder the command runs in (when the plan is under it), else the plan's
own folder. ``allow_outside_root = true`` in the configuration
lifts the restriction for repositories that share registries with a neighbouring folder.
"""

from __future__ import annotations

from pathlib import Path

from tthc_cli.errors import InputError
from tthc_cli.model.config import Config


def repository_root(plan_path: Path, config: Config) -> Path:
    """The folder that paths named by the plan at ``plan_path`` must stay in."""
    if config.source:
        return Path(config.root).resolve()
    here = plan_path.resolve().parent
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder
    start = Path(config.root).resolve()  # no configuration file: the folder the command was started in
    return start if here.is_relative_to(start) else here


def plan_named_path(plan_path: Path, value: str, config: Config, what: str) -> Path:
    """Resolve ``value`` (written in the plan's field ``what``) from the plan's folder.

    Raises :class:`InputError` naming the field when the path leaves the repository root and the
    configuration does not allow it.
    """
    resolved = (plan_path.parent / value).resolve()
    if config.allow_outside_root:
        return resolved
    root = repository_root(plan_path, config)
    if not resolved.is_relative_to(root):
        raise InputError(
            f"{what}: {value}: nằm ngoài thư mục gốc của kho ({root}); không đọc",
            hint="đặt tệp trong kho, hoặc ghi allow_outside_root = true trong tthc.toml",
        )
    return resolved
