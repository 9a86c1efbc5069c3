"""Reading the two sides of a diff: a file, or ``REV:path`` from git; the plans changed since a revision.

Every value that comes from the user reaches git only after ``--end-of-options`` or ``--``, and only once
it has been resolved to an object id (a revision to a commit with ``rev-parse --verify``, ``REV:path`` to a
blob), so that a value such as ``--output=FILE`` is never read as an option. Paths are listed with ``-z``
and git is never run through a shell.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from tthc_cli.errors import InputError
from tthc_cli.load.source import MAX_BYTES, decode_source, read_source

_REV_PATH = re.compile(r"(?![A-Za-z]:[\\/])([^:]+):(.+)", re.S)
_PLAN_MARK = re.compile(r"^(document|appendices)\s*:", re.M)
_GIT = ["git", "-c", "core.quotepath=off"]


def _git(args: list[str], cwd: Path | None = None, stdin: bytes | None = None) -> bytes:
    try:
        proc = subprocess.run([*_GIT, *args], cwd=cwd, input=stdin, capture_output=True, check=False)
    except FileNotFoundError:
        raise InputError("không tìm thấy lệnh git", hint="cài git hoặc so sánh hai tệp") from None
    if proc.returncode != 0:
        detail = proc.stderr.decode("utf-8", errors="replace").strip().splitlines()
        raise InputError(f"git {args[0]}: {detail[-1] if detail else 'lỗi'}")
    return proc.stdout


def resolve_commit(rev: str, cwd: Path | None = None) -> str:
    """The commit id that ``rev`` names; :class:`InputError` when it names none or starts with "-"."""
    if not rev or rev.startswith("-") or "\n" in rev or "\0" in rev:
        raise InputError(f"phiên bản git không hợp lệ: '{rev}'", hint="tên phiên bản không được bắt đầu bằng '-'")
    try:
        out = _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}"], cwd)
    except InputError:
        raise InputError(f"không tìm thấy phiên bản git '{rev}'", hint="ví dụ: main, HEAD~1, v1.0") from None
    return out.decode("ascii", errors="replace").strip()


def read_blob(commit: str, path: str, cwd: Path | None = None, *, label: str | None = None) -> str | None:
    """The text of file ``path`` in ``commit`` (an id from :func:`resolve_commit`), ``None`` if it is not there.

    Raises :class:`InputError` when the path is a folder or a submodule there, or is too large.
    """
    label = label or f"{commit}:{path}"
    if "\n" in path or "\0" in path:
        raise InputError(f"{label}: đường dẫn không hợp lệ")
    out = _git(
        ["cat-file", "--batch-check=%(objectname) %(objecttype) %(objectsize)"], cwd, f"{commit}:{path}\n".encode()
    )
    if out.rstrip(b"\n").endswith(b" missing"):
        return None
    fields = out.decode("ascii", errors="replace").split()
    if len(fields) != 3:
        raise InputError(f"{label}: git không đọc được tệp này")
    oid, kind, size = fields
    if kind != "blob":
        what = "thư mục" if kind == "tree" else kind
        raise InputError(f"{label}: là {what} trong git, không phải tệp kế hoạch")
    if int(size) > MAX_BYTES:
        raise InputError(f"{label}: tệp quá lớn ({int(size) / 1024 / 1024:.1f} MB)")
    return decode_source(_git(["cat-file", "blob", "--end-of-options", oid], cwd), label).text


def read_side(spec: str) -> str:
    """The text of ``spec``: a file on disk, or ``REV:path`` read from git."""
    path = Path(spec)
    match = _REV_PATH.fullmatch(spec)
    if path.exists() or not match:
        return read_source(path).text
    text = read_blob(resolve_commit(match.group(1)), match.group(2), label=spec)
    if text is None:
        raise InputError(f"{spec}: không có tệp này trong phiên bản git")
    return text


def repo_root() -> Path:
    """The top folder of the git work tree around the current folder."""
    try:
        top = _git(["rev-parse", "--show-toplevel"])
    except InputError:
        raise InputError("thư mục hiện tại không nằm trong một kho git", hint="chạy lệnh trong kho kế hoạch") from None
    return Path(os.fsdecode(top.rstrip(b"\r\n")))


def changed_plans(rev: str) -> list[tuple[str, str | None, str | None]]:
    """Plans changed between ``rev`` (its merge base with HEAD) and the work tree.

    Returns ``(path, old_text, new_text)`` with paths relative to the repository's top; a side is ``None``
    when the file did not exist there. Units registries and YAML files that are not plans are skipped.
    """
    root = repo_root()
    commit = resolve_commit(rev, root)
    try:
        base = _git(["merge-base", "--end-of-options", commit, "HEAD"], root).decode("ascii").strip()
    except InputError:
        base = commit
    listed = _git(
        ["diff", "--name-only", "-z", "--no-renames", "--end-of-options", base, "--", "*.yaml", "*.yml"], root
    )
    result: list[tuple[str, str | None, str | None]] = []
    for name in [os.fsdecode(n) for n in listed.split(b"\0") if n.strip()]:
        if Path(name).name in ("units.yaml", "units.yml"):
            continue
        old = read_blob(base, name, root, label=f"{rev}:{name}")
        new_path = root / name
        new = read_source(new_path).text if new_path.exists() else None
        if any(t is not None and _PLAN_MARK.search(t) for t in (old, new)):
            result.append((name, old, new))
    return result
