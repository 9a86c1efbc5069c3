"""Reading the two sides of a diff: a file, or ``REV:path`` from git; the plans changed since a revision."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from tthc_cli.errors import InputError
from tthc_cli.load.source import decode_source, read_source

_REV_PATH = re.compile(r"^(?![A-Za-z]:[\\/])([^:]+):(.+)$")
_PLAN_MARK = re.compile(r"^(document|appendices)\s*:", re.M)


def _git(args: list[str], cwd: Path | None = None) -> bytes:
    try:
        proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        raise InputError("không tìm thấy lệnh git", hint="cài git hoặc so sánh hai tệp") from None
    if proc.returncode != 0:
        detail = proc.stderr.decode("utf-8", errors="replace").strip().splitlines()
        raise InputError(f"git {' '.join(args)}: {detail[-1] if detail else 'lỗi'}")
    return proc.stdout


def read_side(spec: str) -> str:
    """The text of ``spec``: a file on disk, or ``REV:path`` read with ``git show``."""
    path = Path(spec)
    if path.exists() or not _REV_PATH.match(spec):
        return read_source(path).text
    return decode_source(_git(["show", spec]), spec).text


def repo_root() -> Path:
    """The top folder of the git work tree around the current folder."""
    return Path(_git(["rev-parse", "--show-toplevel"]).decode().strip())


def changed_plans(rev: str) -> list[tuple[str, str | None, str | None]]:
    """Plans changed between ``rev`` (its merge base with HEAD) and the work tree.

    Returns ``(path, old_text, new_text)`` with paths relative to the repository's top; a side is ``None``
    when the file did not exist there. Units registries and YAML files that are not plans are skipped.
    """
    root = repo_root()
    try:
        base = _git(["merge-base", rev, "HEAD"], root).decode().strip()
    except InputError:
        base = rev
    out = _git(["diff", "--name-only", "--no-renames", base, "--", "*.yaml", "*.yml"], root).decode()
    result: list[tuple[str, str | None, str | None]] = []
    for name in [n for n in out.splitlines() if n.strip()]:
        if Path(name).name in ("units.yaml", "units.yml"):
            continue
        try:
            old: str | None = decode_source(_git(["show", f"{base}:{name}"], root), name).text
        except InputError:
            old = None
        new_path = root / name
        new = read_source(new_path).text if new_path.exists() else None
        if any(t is not None and _PLAN_MARK.search(t) for t in (old, new)):
            result.append((name, old, new))
    return result
