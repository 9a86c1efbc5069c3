"""A bar chart of each unit's value against the target, as a PNG written in pure Python.

No plotting library is needed (matplotlib is heavy and not installed): bars, a dashed target line and the
values above the bars in a small built-in digit font. Units are numbered under their bars; the caption
under the picture names them, so Vietnamese names never have to be drawn as pixels.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence

Color = tuple[int, int, int]
MET: Color = (46, 125, 50)
MISSED: Color = (198, 40, 40)
NO_DATA: Color = (189, 189, 189)
INK: Color = (33, 33, 33)
GRID: Color = (224, 224, 224)
WHITE: Color = (255, 255, 255)

_GLYPHS = {
    "0": "01110 10001 10011 10101 11001 10001 01110",
    "1": "00100 01100 00100 00100 00100 00100 01110",
    "2": "01110 10001 00001 00010 00100 01000 11111",
    "3": "11110 00001 00001 01110 00001 00001 11110",
    "4": "00010 00110 01010 10010 11111 00010 00010",
    "5": "11111 10000 11110 00001 00001 10001 01110",
    "6": "00110 01000 10000 11110 10001 10001 01110",
    "7": "11111 00001 00010 00100 01000 01000 01000",
    "8": "01110 10001 10001 01110 10001 10001 01110",
    "9": "01110 10001 10001 01111 00001 00010 01100",
    ",": "00000 00000 00000 00000 00110 00100 01000",
    ".": "00000 00000 00000 00000 00000 01100 01100",
    "%": "11001 11010 00010 00100 01000 01011 10011",
    "-": "00000 00000 00000 11111 00000 00000 00000",
    " ": "00000 00000 00000 00000 00000 00000 00000",
}


class Canvas:
    """An RGB pixel buffer with the few drawing operations the chart needs."""

    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.rows = [bytearray(WHITE * width) for _ in range(height)]

    def rect(self, x0: int, y0: int, x1: int, y1: int, color: Color) -> None:
        """Fill the rectangle [x0, x1) × [y0, y1), clipped to the canvas."""
        x0, x1 = max(0, x0), min(self.width, x1)
        if x1 <= x0:
            return
        fill = bytes(color) * (x1 - x0)
        for y in range(max(0, y0), min(self.height, y1)):
            self.rows[y][3 * x0 : 3 * x1] = fill

    def text(self, x: int, y: int, text: str, color: Color = INK, scale: int = 3) -> None:
        """Draw digits and ",.%-" with the top-left corner at (x, y)."""
        for ch in text:
            for r, row in enumerate(_GLYPHS.get(ch, _GLYPHS[" "]).split()):
                for c, bit in enumerate(row):
                    if bit == "1":
                        self.rect(x + c * scale, y + r * scale, x + (c + 1) * scale, y + (r + 1) * scale, color)
            x += 6 * scale

    def png(self) -> bytes:
        """The canvas as PNG bytes (8-bit RGB, no filtering)."""
        raw = b"".join(b"\x00" + bytes(row) for row in self.rows)

        def chunk(kind: bytes, data: bytes) -> bytes:
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        dpi = struct.pack(">IIB", 5906, 5906, 1)
        return (
            b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", header)
            + chunk(b"pHYs", dpi)
            + chunk(b"IDAT", zlib.compress(raw, 6))
            + chunk(b"IEND", b"")
        )


def text_width(text: str, scale: int = 3) -> int:
    """Pixel width of ``text`` in the built-in font."""
    return len(text) * 6 * scale


def bar_chart(
    values: Sequence[float | None],
    labels: Sequence[str],
    target: float | None,
    met: Sequence[bool | None],
    *,
    width: int = 1500,
    height: int = 560,
) -> bytes:
    """Bars of ``values`` (labelled above with ``labels``), numbered 1…n below, with the target as a dashed
    line; a bar is green when ``met``, red when not, grey without data."""
    canvas = Canvas(width, height)
    left, right, top, bottom = 30, 30, 50, 60
    plot_h = height - top - bottom
    known = [v for v in values if v is not None]
    top_value = max([*known, target or 0.0, 1.0]) * 1.1
    for k in range(5):
        y = top + round(plot_h * k / 4)
        canvas.rect(left, y, width - right, y + 2, GRID)
    n = max(1, len(values))
    slot = (width - left - right) / n
    bar_w = max(4, int(slot * 0.6))
    for i, (value, label, ok) in enumerate(zip(values, labels, met, strict=True)):
        cx = left + int(slot * (i + 0.5))
        color = NO_DATA if value is None else (MET if ok else MISSED)
        h = plot_h // 50 if value is None else round(plot_h * max(0.0, value) / top_value)
        canvas.rect(cx - bar_w // 2, top + plot_h - h, cx + bar_w // 2, top + plot_h, color)
        scale = 3 if text_width(label) <= slot else 2
        if text_width(label, scale) <= slot:
            canvas.text(cx - text_width(label, scale) // 2, top + plot_h - h - 8 * scale, label, scale=scale)
        number = str(i + 1)
        canvas.text(cx - text_width(number) // 2, top + plot_h + 14, number)
    canvas.rect(left, top + plot_h, width - right, top + plot_h + 3, INK)
    if target is not None:
        y = top + plot_h - round(plot_h * target / top_value)
        for x in range(left, width - right, 28):
            canvas.rect(x, y - 2, x + 16, y + 2, INK)
    return canvas.png()
