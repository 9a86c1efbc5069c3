"""The package's layers: every import points down, and no two packages import each other.

Every ``import`` counts, at module level or inside a function or a ``TYPE_CHECKING`` block: a deferred
import is still a dependency. A new folder must be given its layer here.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "src" / "tthc_cli"

LAYERS: tuple[tuple[str, ...], ...] = (
    ("__init__", "errors", "findings"),
    ("codes",),
    ("text", "output"),
    ("model",),
    ("units",),
    ("load",),
    ("legal", "deadline", "formula", "records"),
    ("workspace",),
    ("lint",),
    ("score",),
    ("due",),
    ("render", "review"),
    ("report",),
    ("cascade", "site", "importer"),
    ("cli",),
    ("__main__",),
)
"""From the bottom up; a package may import its own layer's modules only from itself."""

LEVEL = {name: i for i, layer in enumerate(LAYERS) for name in layer}


def _top(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "tthc_cli":
        return None
    return parts[1] if len(parts) > 1 else "__init__"


def _from_package(name: str) -> str:
    """What ``from tthc_cli import NAME`` imports: a module or package, else a name of the package itself."""
    is_module = (PACKAGE / name).is_dir() or (PACKAGE / f"{name}.py").is_file()
    return f"tthc_cli.{name}" if is_module else "tthc_cli"


def _edges() -> dict[tuple[str, str], list[str]]:
    """(importing package, imported package) → the files where it happens."""
    found: dict[tuple[str, str], list[str]] = defaultdict(list)
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        source = rel.parts[0].removesuffix(".py") if len(rel.parts) > 0 else "__init__"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module] if node.module != "tthc_cli" else [_from_package(a.name) for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            for name in names:
                target = _top(name)
                if target is not None and target != source:
                    found[(source, target)].append(str(rel))
    return found


def test_every_package_has_a_layer() -> None:
    packages = {
        p.name.removesuffix(".py") for p in PACKAGE.iterdir() if p.suffix == ".py" or (p / "__init__.py").exists()
    }
    assert packages - set(LEVEL) == set(), "give the new package a layer in tests/test_layers.py"


def test_imports_point_down() -> None:
    upward = {
        f"{a} -> {b} ({', '.join(sorted(set(files)))})"
        for (a, b), files in _edges().items()
        if LEVEL[b] > LEVEL[a] or (LEVEL[b] == LEVEL[a] and a != "__init__" and b != "__init__")
    }
    assert not upward, "imports that point up or sideways:\n" + "\n".join(sorted(upward))


def test_no_import_cycle_between_packages() -> None:
    graph: dict[str, set[str]] = defaultdict(set)
    for a, b in _edges():
        graph[a].add(b)
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> list[str] | None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*trail, node, nxt]
            if nxt not in state and (cycle := visit(nxt, [*trail, node])):
                return cycle
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state:
            cycle = visit(start, [])
            assert cycle is None, " -> ".join(cycle or [])


def test_the_check_sees_imports(tmp_path: Path) -> None:
    """The walker finds deferred imports too (a check that sees nothing would pass whatever happens)."""
    edges = _edges()
    assert ("cli", "workspace") in edges  # imported inside command functions only
    assert ("lint", "workspace") in edges
