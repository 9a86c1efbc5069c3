"""Building blocks of WordprocessingML written as text: paragraphs, cells, rows, tables.

Every paragraph refers to a named style of the template, so the look stays in the template.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from tthc_cli.render.xmltext import escape

_BORDERS = "".join(
    f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
    for s in ("top", "left", "bottom", "right", "insideH", "insideV")
)


def paragraph(text: str, style: str, *, keep_next: bool = False) -> str:
    """A paragraph of one run of ``text`` in the paragraph style ``style`` (a style id); ``keep_next``
    keeps it on the page of what follows (in a table: its row with the next row)."""
    run = f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>' if text else ""
    keep = "<w:keepNext/>" if keep_next else ""
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{keep}</w:pPr>{run}</w:p>'


def cell(lines: Sequence[str], width: int, style: str, span: int = 1, *, keep_next: bool = False) -> str:
    """A table cell with one paragraph per line (an empty paragraph when there is none)."""
    grid = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    body = "".join(paragraph(line, style, keep_next=keep_next) for line in lines) or paragraph(
        "", style, keep_next=keep_next
    )
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{grid}</w:tcPr>{body}</w:tc>'


def row(cells: Iterable[str], header: bool = False, *, can_split: bool = False) -> str:
    """A row that is not split across pages unless ``can_split``; a header row repeats on every page."""
    keep = "" if can_split else "<w:cantSplit/>"
    head = "<w:tblHeader/>" if header else ""
    return f"<w:tr><w:trPr>{keep}{head}</w:trPr>{''.join(cells)}</w:tr>"


def table_start(widths: Sequence[int]) -> str:
    """The opening of a bordered, fixed-layout, centred table with the given column widths."""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (
        '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/>'
        f'<w:tblBorders>{_BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/>'
        '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
        f'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
    )


def simple_table(
    headers: Sequence[str], rows: Iterable[Sequence[str]], widths: Sequence[int], centred: set[int]
) -> str:
    """A table with a repeated header row and one line per cell; columns in ``centred`` are centred."""
    parts = [table_start(widths)]
    parts.append(row((cell([h], w, "TthcBangTieuDe") for h, w in zip(headers, widths, strict=True)), header=True))
    for values in rows:
        parts.append(
            row(
                cell([v] if v else [], w, "TthcBangGiua" if i in centred else "TthcBang")
                for i, (v, w) in enumerate(zip(values, widths, strict=True))
            )
        )
    parts.append("</w:tbl>")
    return "".join(parts)
