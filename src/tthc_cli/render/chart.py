"""A bar chart of each unit's value against the target, drawn as a Word table (vector, so it prints sharp).

One row per unit: its name, then the plot area cut into narrow grid columns; the cells up to the value
are shaded (green when the target is met, red when not, grey when not judged: no data, or a provisional
value), and the value is printed in
a column of its own at the right. The target is a dashed red vertical line, the left border of the cell where it falls,
named in the header row with the quantity shown; the last row gives the scale. The names are real text
in the document's font, so Vietnamese names print as they should, and nothing overlaps the labels.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

from tthc_cli.render.sections import MM
from tthc_cli.render.wordml import paragraph

HEAD, MID = "TthcBangTieuDe", "TthcBangGiua"
GRID = 40
"""Grid columns of the plot area."""
NAME_MM = 50
VALUE_MM = 24
MET, MISSED, NO_DATA = "A5D6A7", "EF9A9A", "E0E0E0"
TARGET = '<w:left w:val="dashed" w:sz="18" w:space="0" w:color="C62828"/>'
AXIS = '<w:left w:val="single" w:sz="8" w:space="0" w:color="000000"/>'


@dataclass(frozen=True)
class Bar:
    """One unit's bar."""

    name: str
    value: float | None
    label: str
    """The value as printed ("79,01%")."""
    met: bool | None


def scale_max(values: Sequence[float | None], target: float | None, unit: str) -> float:
    """The value at the right end of the axis: 100 for a percentage, else the smallest value above the data
    and the target whose quarter is a round number (1, 2, 2,5 or 5 times a power of ten)."""
    if unit == "%":
        return 100.0
    top = max([v for v in values if v is not None] + [target or 0.0, 1.0]) * 1.05
    power = 10 ** math.floor(math.log10(top / 4))
    step = next(k * power for k in (1, 2, 2.5, 5, 10) if k * power * 4 >= top)
    return float(step * 4)


def _cell(width: int, span: int, text: str = "", *, fill: str = "", border: str = "", style: str = "TthcBang") -> str:
    grid = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    borders = f"<w:tcBorders>{border}</w:tcBorders>" if border else ""
    shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{grid}{borders}{shade}<w:vAlign w:val="center"/>'
        f"</w:tcPr>{paragraph(text, style, keep_next=True)}</w:tc>"
    )


def _row(cells: Sequence[str]) -> str:
    return f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{''.join(cells)}</w:tr>"


def bar_table(bars: Sequence[Bar], target: float | None, target_text: str, axis: str, text_width: int) -> str:
    """The chart as ``<w:tbl>`` XML; ``axis`` names the values ("Tỷ lệ (%)"), ``target_text`` the target."""
    name_w, value_w = int(NAME_MM * MM), int(VALUE_MM * MM)
    col = (text_width - name_w - value_w) // GRID
    top = scale_max([b.value for b in bars], target, "%" if axis.endswith("(%)") else "")
    tick = GRID // 4
    t = None if target is None else min(GRID, max(0, round(target / top * GRID)))
    grid = f'<w:gridCol w:w="{name_w}"/>' + f'<w:gridCol w:w="{col}"/>' * GRID + f'<w:gridCol w:w="{value_w}"/>'
    nil = "".join(f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    head = f"{axis}; đường đứt nét đỏ: chỉ tiêu {target_text}" if target is not None else axis
    parts = [
        f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/><w:tblBorders>{nil}</w:tblBorders>'
        '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="40" w:type="dxa"/><w:right w:w="40" w:type="dxa"/>'
        f"</w:tblCellMar></w:tblPr><w:tblGrid>{grid}</w:tblGrid>",
        _row(
            [
                _cell(name_w, 1, "Đơn vị", style=HEAD),
                _cell(col * GRID, GRID, head, style=HEAD),
                _cell(value_w, 1, "Giá trị", style=HEAD),
            ]
        ),
    ]
    for bar in bars:
        cells = [_cell(name_w, 1, bar.name), *_bar_cells(bar, top, t, col), _cell(value_w, 1, bar.label, style=MID)]
        parts.append(_row(cells))
    ticks = [_cell(col * tick, tick, _number(top * k / 4), border=AXIS) for k in range(4)]
    parts.append(_row([_cell(name_w, 1), *ticks, _cell(value_w, 1, _number(top))]))
    parts.append("</w:tbl>")
    return "".join(parts)


def _number(value: float) -> str:
    from tthc_cli.render.vnformat import format_number

    return format_number(value)


def _bar_cells(bar: Bar, top: float, target: int | None, col: int) -> list[str]:
    """The plot cells of one row: shaded up to the value, cut where the target line falls."""
    end = 1 if bar.value is None else min(GRID, max(0, round(bar.value / top * GRID)))
    fill = NO_DATA if bar.value is None or bar.met is None else (MET if bar.met else MISSED)
    cuts = sorted({0, end, GRID, *([target] if target is not None else [])})
    cells = []
    for a, b in itertools.pairwise(cuts):
        border = AXIS if a == 0 else (TARGET if a == target else "")
        if b == GRID and target == GRID:
            border += TARGET.replace("w:left", "w:right")
        cells.append(_cell(col * (b - a), b - a, fill=fill if b <= end else "", border=border))
    return cells
