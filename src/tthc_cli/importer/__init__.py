"""``tthc import``: an office's Word quyết định or kế hoạch (with its phụ lục) read into a plan YAML.

Library use::

    from tthc_cli.importer import ImportOptions, import_document
    result = import_document(Path("QD-752.docx"), ImportOptions(output=Path("plans/2025.yaml")))
    print(result.text)            # the plan YAML, with "tthc import:" comments where it guessed
    for note in result.notes:     # what needs a human look
        print(note.where, note.message)

The reader knows the parts of an administrative document by their words and layout, not by Word styles,
so a file typed by an office reads like one tthc rendered; see docs/import.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tthc_cli.errors import InputError
from tthc_cli.importer.notes import Note, Notebook
from tthc_cli.workspace import Workspace


@dataclass(frozen=True)
class ImportOptions:
    """How to read the document and where the plan will be written."""

    output: Path
    """The plan file to be written (unit registry paths are made relative to it)."""
    columns: dict[str, str] = field(default_factory=dict)
    """Header text (folded, see :func:`tthc_cli.importer.columns.fold`) → column key."""
    units: Path | None = None
    """The units registry; default: the one ``tthc validate`` would find for the output file."""
    workspace: Workspace | None = None
    """The configuration in force (the one found from the current folder when not given)."""

    @property
    def ws(self) -> Workspace:
        """The workspace of the run."""
        return self.workspace or Workspace.open()


@dataclass(frozen=True)
class ImportResult:
    """The imported plan."""

    data: dict[str, Any]
    """The plan as plain data."""
    text: str
    """The plan file's text."""
    notes: tuple[Note, ...]
    """What the importer guessed or could not place, in document order."""
    from_tthc: bool
    """The document was written by ``tthc render`` and carried the plan's ids and keys."""
    unmatched: int
    """Entries of those ids and keys that matched no row or heading (the document was edited)."""


def import_document(path: Path, options: ImportOptions) -> ImportResult:
    """Read ``path`` (.docx, or .doc/.odt through LibreOffice) into a plan."""
    from tthc_cli.importer.assemble import derive_plan_keys, read_plan
    from tthc_cli.importer.checks import check_cells, link_appendix_refs, tidy
    from tthc_cli.importer.docxread import BodyReader, Grid, Para, read_doc_vars, read_footnotes
    from tthc_cli.importer.emit import to_yaml
    from tthc_cli.importer.indicators import guess_indicators
    from tthc_cli.importer.overlay import apply_unprinted, drop_defaults
    from tthc_cli.importer.source import open_document
    from tthc_cli.model.unprinted import DOC_VAR, decode

    document = open_document(path)
    reader = BodyReader(read_footnotes(document))
    items = reader.read(document.element.body)
    if not any((isinstance(i, Para) and i.text) or isinstance(i, Grid) for i in items):
        raise InputError(f"{path}: văn bản trống, không có gì để nhập")
    if not any(isinstance(i, Grid) for i in items):
        raise InputError(
            f"{path}: văn bản không có bảng nào", hint="tthc import đọc phụ lục dạng bảng (nhiệm vụ, chỉ tiêu)"
        )
    notes = Notebook()
    data = read_plan(items, reader.orientations, options.columns, notes)
    drop_defaults(data)
    payload = decode(read_doc_vars(document).get(DOC_VAR, ""))
    if payload is not None:
        unmatched = apply_unprinted(data, payload, notes)
    else:
        unmatched = 0
        derive_plan_keys(data, notes)
        guess_indicators(data, notes)
    if unmatched:
        notes.add("phụ lục", f"{unmatched} mục do tthc ghi khi xuất không khớp dòng nào (văn bản đã được sửa)")
    if payload is None:
        link_appendix_refs(data, notes)
    _units_key(data, options, notes)
    tidy(data)
    check_cells(data, notes, _resolver(options))
    text = to_yaml(data, notes, path.name, options.output)
    return ImportResult(data, text, tuple(notes.notes), payload is not None, unmatched)


def _registry(options: ImportOptions) -> Path | None:
    if options.units is not None:
        return options.units
    return options.ws.units_path(options.output, None)


def _units_key(data: dict[str, Any], options: ImportOptions, notes: Notebook) -> None:
    import os

    if isinstance(data.get("units"), str) and not (options.output.parent / data["units"]).is_file():
        notes.add("kế hoạch", f"tệp đơn vị '{data['units']}' của kế hoạch gốc không có cạnh tệp ghi ra", data, "units")
    if options.units is None or "units" in data:
        return
    default = options.ws.units_path(options.output, None)
    if default is None or default.resolve() != options.units.resolve():
        data["units"] = Path(os.path.relpath(options.units.resolve(), options.output.resolve().parent)).as_posix()


def _resolver(options: ImportOptions) -> Any:
    from tthc_cli.model.units import UnitsFile
    from tthc_cli.units.resolve import UnitResolver

    registry = _registry(options)
    if registry is None or not registry.is_file():
        return None
    return UnitResolver(options.ws.require(registry, UnitsFile, named_by="--units"))


__all__ = ["ImportOptions", "ImportResult", "Note", "Notebook", "import_document"]
