"""What a rule sees: the plan (data and model), positions, the units registry, configuration."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tthc_cli.findings import Severity, YamlPath
from tthc_cli.load.yaml_loader import LoadedYaml
from tthc_cli.model.plan import Block, Group, Indicator, Plan, Row, Section, Table, Task

if TYPE_CHECKING:
    from tthc_cli.model.config import Config
    from tthc_cli.model.units import UnitsFile
    from tthc_cli.workspace import Workspace

NON_TEXT_KEYS = frozenset(
    {
        "id",
        "indicator",
        "key",
        "kind",
        "level",
        "op",
        "ref",
        "units",
        "style",
        "date_style",
        "orientation",
        "schema_version",
        "formula",
        "formulas",
        "number",
        "symbol",
        "date",
        "path",
        "mode",
        "members",
        "kinds",
        "parent",
        "capacity",
    }
)
"""Keys whose values are codes or identifiers rather than human text (text rules skip them)."""


@dataclass(frozen=True)
class Finding:
    """What a rule yields: a place in the YAML tree and a Vietnamese message.

    The engine turns it into a :class:`~tthc_cli.findings.Diagnostic` with file, line and column.
    """

    path: YamlPath
    """The node the finding is about."""
    message: str
    hint: str | None = None
    at_key: bool = False
    """Point at the mapping key of ``path`` rather than its value (e.g. for an unknown field)."""
    offset: int | None = None
    """Character offset inside the string at ``path``; the column points at it when possible."""
    line: int | None = None
    """An explicit 1-based line, when the rule knows better than the path (rare)."""
    column: int | None = None
    severity: Severity | None = None
    """Overrides the rule's default severity for this one finding (rare)."""


@dataclass(frozen=True)
class RowRef:
    """A table row with its place: YAML path, the table and block it is in, its section chain."""

    path: YamlPath
    row: Task | Indicator | Group
    table: Table
    table_path: YamlPath
    block: Block | None
    sections: tuple[Section, ...]
    parent_group: Group | None = None


@dataclass
class PlanContext:
    """Everything a rule may look at for one plan file."""

    file: str
    """The file as shown in findings."""
    path: Path
    """The file on disk (paths the plan names are resolved from its folder)."""
    loaded: LoadedYaml
    """The raw data with the position of every node."""
    workspace: Workspace
    """Where the configuration, the catalogues and the other files the plan names come from."""
    plan: Plan | None = None
    """The validated model; ``None`` when the schema step failed (then only NEEDS_MODEL=False rules run)."""
    units: UnitsFile | None = None
    """The units registry that applies to this plan, if one was found."""
    units_path: Path | None = None
    """Where that registry was found."""
    extra: dict[str, Any] = field(default_factory=dict)
    """A cache rules may share (e.g. parsed citations), keyed by a name of the rule family."""

    @property
    def config(self) -> Config:
        """The configuration in force."""
        return self.workspace.config

    @property
    def data(self) -> Any:
        """The raw YAML data."""
        return self.loaded.data

    def iter_strings(self, *, text_only: bool = True) -> Iterator[tuple[YamlPath, str]]:
        """Every string value in the raw data with its path, in document order.

        With ``text_only`` the values of identifier-like keys (:data:`NON_TEXT_KEYS`) are skipped. The list
        is computed once per plan and shared by every rule.
        """
        key = f"context.strings.{text_only}"
        if key not in self.extra:
            self.extra[key] = self._strings(text_only)
        found: list[tuple[YamlPath, str]] = self.extra[key]
        yield from found

    def _strings(self, text_only: bool) -> list[tuple[YamlPath, str]]:
        stack: list[tuple[YamlPath, Any]] = [((), self.loaded.data)]
        out: list[tuple[YamlPath, str]] = []
        while stack:
            path, node = stack.pop()
            if isinstance(node, str):
                out.append((path, node))
            elif isinstance(node, dict):
                for k, v in node.items():
                    if text_only and k in NON_TEXT_KEYS:
                        continue
                    stack.append(((*path, k), v))
            elif isinstance(node, list):
                for i, v in enumerate(node):
                    stack.append(((*path, i), v))
        out.sort(key=lambda item: self.loaded.span(item[0])[:2])
        return out

    def iter_tables(self) -> Iterator[tuple[YamlPath, Table, Block]]:
        """Every appendix table with its YAML path and the block holding it."""
        if self.plan is None:
            return

        def walk(blocks: list[Block], base: YamlPath) -> Iterator[tuple[YamlPath, Table, Block]]:
            for j, block in enumerate(blocks):
                bpath = (*base, j)
                if block.table is not None:
                    yield (*bpath, "table"), block.table, block
                yield from walk(block.blocks, (*bpath, "blocks"))

        for i, appendix in enumerate(self.plan.appendices):
            yield from walk(appendix.blocks, ("appendices", i, "blocks"))

    def iter_rows(self) -> Iterator[RowRef]:
        """Every row of every table (groups and their sub-rows included), in document order."""
        if "context.rows" not in self.extra:
            self.extra["context.rows"] = list(self._all_rows())
        rows: list[RowRef] = self.extra["context.rows"]
        yield from rows

    def _all_rows(self) -> Iterator[RowRef]:
        for tpath, table, block in self.iter_tables():
            yield from self._rows(table.items, (*tpath, "items"), table, tpath, block, (), None)
            yield from self._sections(table.sections, (*tpath, "sections"), table, tpath, block, ())

    def iter_indicators(self) -> Iterator[tuple[YamlPath, Indicator]]:
        """Every indicator: table rows and indicators stated in a block."""
        for ref in self.iter_rows():
            if isinstance(ref.row, Indicator):
                yield ref.path, ref.row
        if self.plan is None:
            return

        def walk(blocks: list[Block], base: YamlPath) -> Iterator[tuple[YamlPath, Indicator]]:
            for j, block in enumerate(blocks):
                if block.indicator is not None:
                    yield (*base, j, "indicator"), block.indicator
                yield from walk(block.blocks, (*base, j, "blocks"))

        for i, appendix in enumerate(self.plan.appendices):
            yield from walk(appendix.blocks, ("appendices", i, "blocks"))

    def _sections(
        self,
        sections: list[Section],
        base: YamlPath,
        table: Table,
        tpath: YamlPath,
        block: Block,
        chain: tuple[Section, ...],
    ) -> Iterator[RowRef]:
        for k, section in enumerate(sections):
            spath = (*base, k)
            here = (*chain, section)
            yield from self._rows(section.items, (*spath, "items"), table, tpath, block, here, None)
            yield from self._sections(section.sections, (*spath, "sections"), table, tpath, block, here)

    def _rows(
        self,
        rows: list[Row],
        base: YamlPath,
        table: Table,
        tpath: YamlPath,
        block: Block,
        chain: tuple[Section, ...],
        group: Group | None,
    ) -> Iterator[RowRef]:
        for m, row in enumerate(rows):
            rpath = (*base, m)
            yield RowRef(rpath, row, table, tpath, block, chain, group)
            if isinstance(row, Group):
                yield from self._rows(row.items, (*rpath, "items"), table, tpath, block, chain, row)

    @cached_property
    def plan_dir(self) -> Path:
        """The folder of the plan file (relative paths in the plan are resolved from it)."""
        return self.path.parent
