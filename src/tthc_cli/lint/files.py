"""Which files a ``tthc validate PATH…`` call means: files, folders and glob patterns."""

from __future__ import annotations

import glob
from pathlib import Path

from tthc_cli.errors import InputError
from tthc_cli.load.kinds import FileKind
from tthc_cli.load.kinds import kind_of as kind_by_content

_SKIP_DIRS = {
    ".git",
    ".venv",
    "venv",
    "node_modules",
    "__pycache__",
    ".mypy_cache",
    ".ruff_cache",
    "build",
    "dist",
}


def kind_of(path: Path) -> FileKind:
    """The kind of a named file by its content; a file of no known kind is checked as a plan."""
    kind = kind_by_content(path)
    return "plan" if kind == "unknown" else kind


def expand_paths(args: list[str]) -> list[tuple[Path, FileKind]]:
    """Expand command-line paths into the files to check, in a stable order.

    A named file is always checked; a folder contributes the YAML files under it that its content shows to
    be plans, units registries or catalogues (legal documents, metrics, indicators). Raises
    :class:`InputError` for a path that does not exist or a folder (or
    pattern) with no plans.
    """
    out: list[tuple[Path, FileKind]] = []
    seen: set[Path] = set()

    def add(p: Path) -> None:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            out.append((p, kind_of(p)))

    for arg in args:
        if any(ch in arg for ch in "*?["):
            matches = sorted(glob.glob(arg, recursive=True))
            files = [Path(m) for m in matches if Path(m).is_file()]
            if not files:
                raise InputError(f"{arg}: không có tệp nào khớp mẫu")
            for f in files:
                add(f)
            continue
        p = Path(arg)
        if p.is_file():
            add(p)
        elif p.is_dir():
            found = [
                f
                for f in sorted(p.rglob("*"))
                if f.suffix in (".yaml", ".yml")
                and f.is_file()
                and not (set(f.relative_to(p).parts[:-1]) & _SKIP_DIRS)
                and kind_by_content(f) != "unknown"
            ]
            if not any(kind_of(f) == "plan" for f in found):
                raise InputError(f"{arg}: thư mục không có kế hoạch nào (tệp .yaml có khóa 'document:')")
            for f in found:
                add(f)
        elif p.exists():
            raise InputError(f"{arg}: không phải tệp thường")
        else:
            raise InputError(f"{arg}: không tìm thấy tệp hoặc thư mục")
    return out
