"""A content-addressed cache of ``tthc validate`` results, so that an unchanged plan is not checked again.

A plan's findings depend on its own bytes, on the configuration, on the code and data of tthc itself, and on
a few other files: its units registry, its parent plan, the configured legal, metrics and indicators
catalogues. The entry of a file is stored under a key made of the first four (the file's bytes, the
configuration's bytes, a fingerprint of the installed package, the name shown in findings); the others are
recorded in the entry with their hashes when it is written, and checked when it is read. Any difference is
a miss, and the file is checked again.

The cache lives in ``.tthc_cache/`` next to the configuration (or in the current folder), with a
``.gitignore`` of its own. It is an optimisation only: an unreadable or corrupt cache is ignored, and
``--no-cache`` (or ``TTHC_NO_CACHE=1``) bypasses it. This module uses the standard library only, so that a
run whose files are all cached never imports Pydantic or the rules.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from tthc_cli import __version__
from tthc_cli.errors import InputError
from tthc_cli.findings import Diagnostic, Report, Severity
from tthc_cli.load.bounded import read_bounded

CACHE_DIR = ".tthc_cache"
_FORMAT = 2


@cache
def package_fingerprint() -> str:
    """A hash of tthc's version and of the size and mtime of every file of the installed package.

    Any change of code or shipped data (rules, word lists, catalogues) gives another fingerprint.
    """
    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha256(f"{__version__}/{_FORMAT}".encode())
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if name.endswith((".pyc", ".pyo")):
                continue
            st = os.stat(os.path.join(folder, name))
            h.update(f"{os.path.relpath(os.path.join(folder, name), root)}:{st.st_size}:{st.st_mtime_ns};".encode())
    return h.hexdigest()


def file_hash(path: Path) -> str | None:
    """SHA-256 of a file's bytes; ``None`` when it cannot be read (a missing dependency is a state too).

    Only regular files are read, within the reader's cap: ``metrics = "/dev/zero"`` must not hang the cache.
    """
    try:
        return hashlib.sha256(read_bounded(path)).hexdigest()
    except InputError:
        return None


def _to_dict(d: Diagnostic) -> dict[str, Any]:
    return {
        "code": d.code,
        "name": d.name,
        "severity": d.severity.value,
        "message": d.message,
        "file": d.file,
        "line": d.line,
        "column": d.column,
        "path": list(d.path),
        "hint": d.hint,
        "end_line": d.end_line,
        "suppressed": d.suppressed,
    }


def _from_dict(item: dict[str, Any]) -> Diagnostic:
    return Diagnostic(
        code=item["code"],
        name=item["name"],
        severity=Severity(item["severity"]),
        message=item["message"],
        file=item["file"],
        line=item["line"],
        column=item["column"],
        path=tuple(item["path"]),
        hint=item["hint"],
        end_line=item["end_line"],
        suppressed=item.get("suppressed"),
    )


class ValidateCache:
    """The cache folder of one configuration."""

    def __init__(self, root: Path, config_bytes: bytes = b"") -> None:
        self.folder = root / CACHE_DIR
        self.config_hash = hashlib.sha256(config_bytes).hexdigest()

    def _key(self, path: Path, display: str) -> str | None:
        content = file_hash(path)
        if content is None:
            return None
        raw = f"{package_fingerprint()}|{self.config_hash}|{display}|{content}"
        return hashlib.sha256(raw.encode()).hexdigest()

    def get(self, path: Path, display: str) -> tuple[list[Diagnostic], list[Diagnostic]] | None:
        """The cached (findings, findings about its dependencies) of a file, or ``None`` on a miss."""
        key = self._key(path, display)
        if key is None:
            return None
        try:
            entry = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
            for dep, digest in entry["deps"]:
                if file_hash(Path(dep)) != digest:
                    return None
            return [_from_dict(d) for d in entry["diagnostics"]], [_from_dict(d) for d in entry["extra"]]
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(
        self,
        path: Path,
        display: str,
        diagnostics: list[Diagnostic],
        extra: list[Diagnostic],
        deps: list[Path],
    ) -> None:
        """Store the findings of a file; failures to write are ignored (the cache is only an optimisation)."""
        key = self._key(path, display)
        if key is None:
            return
        entry = {
            "deps": [[str(dep), file_hash(dep)] for dep in deps],
            "diagnostics": [_to_dict(d) for d in diagnostics],
            "extra": [_to_dict(d) for d in extra],
        }
        with contextlib.suppress(OSError):
            self.folder.mkdir(exist_ok=True)
            ignore = self.folder / ".gitignore"
            if not ignore.exists():
                ignore.write_text("# tthc's cache of validate results; safe to delete\n*\n", encoding="utf-8")
            fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(entry, handle, ensure_ascii=False)
            os.replace(tmp, self.folder / f"{key}.json")


class _Miss(Exception):
    pass


def cached_report(args: list[str], explicit_config: Path | None) -> tuple[Report, bool] | None:
    """The report of a ``tthc validate`` run when every file is cached, with the configured ``strict``.

    ``None`` as soon as one file is not (the caller then runs the checker, which fills the cache). Imports
    nothing beyond the standard library and tthc's stdlib-only modules.
    """
    from tthc_cli.errors import TthcError
    from tthc_cli.lint.collect import collect
    from tthc_cli.lint.files import expand_paths
    from tthc_cli.load.kinds import FileKind

    found = _source_and_cache(explicit_config)
    if found is None:
        return None
    strict, cache = found
    try:
        targets = expand_paths(args)
    except TthcError:
        return None

    def check(path: Path, file: str, kind: FileKind) -> tuple[list[Diagnostic], list[Diagnostic]]:
        hit = cache.get(path, file)
        if hit is None:
            raise _Miss
        return hit

    try:
        report = collect(targets, check)
    except _Miss:
        return None
    return report, strict


def cache_for(explicit_config: Path | None) -> ValidateCache | None:
    """The cache of the configuration in force (``None`` if the configuration cannot be read)."""
    found = _source_and_cache(explicit_config)
    return found[1] if found is not None else None


def _source_and_cache(explicit_config: Path | None) -> tuple[bool, ValidateCache] | None:
    """(the configured ``strict``, the cache keyed by the configuration file's bytes)."""
    from tthc_cli.errors import TthcError
    from tthc_cli.load.config_files import find_config

    try:
        source = find_config(explicit_config)
        cache = ValidateCache(source.root, source.path.read_bytes() if source.path else b"")
    except (TthcError, OSError):
        return None
    return bool(source.table.get("strict", False)), cache
