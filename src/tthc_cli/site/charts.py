"""Trend charts as plain data for an inline SVG: points of a series over the periods and the target line.

Each point carries its status, drawn as a shape (filled circle: đạt, hollow square: chưa đạt) so that the
chart reads in black and white; the template writes the SVG, the table behind it repeats every number.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from tthc_cli.score.result import Status

WIDTH, HEIGHT = 520, 180
LEFT, RIGHT, TOP, BOTTOM = 48, 40, 26, 34


@dataclass(frozen=True)
class Point:
    """A value placed on the chart."""

    x: float
    y: float
    label: str
    """The period."""
    text: str
    """The value as printed."""
    met: bool


@dataclass(frozen=True)
class Chart:
    """Everything the SVG needs, in pixel coordinates."""

    width: int
    height: int
    points: list[Point]
    path: str
    """The polyline's points, "x,y x,y …"."""
    target_y: float | None
    target_text: str
    ticks: list[tuple[float, str]]
    """Y positions of the gridlines with their labels."""
    bottom: float
    left: int
    right: float


def _top(values: list[Decimal], target: Decimal | None, percent: bool) -> Decimal:
    high = max([*values, target or Decimal(0), Decimal(1)])
    if percent and high <= 100:
        return Decimal(100)
    return high * Decimal("1.1")


def build_chart(
    series: list[tuple[str, Decimal | None, Status, str]], target: Decimal | None, target_text: str, percent: bool
) -> Chart:
    """A chart of ``series`` ((period, value, status, value text) in order); periods without a value are gaps."""
    values = [v for _, v, _, _ in series if v is not None]
    top = _top(values, target, percent)
    inset = 28  # keeps the value labels of the first and last points clear of the axis labels
    span_x = WIDTH - LEFT - RIGHT - 2 * inset
    span_y = HEIGHT - TOP - BOTTOM
    n = max(len(series) - 1, 1)

    def y_of(v: Decimal) -> float:
        return round(TOP + span_y * (1 - float(v / top)), 1)

    points = [
        Point(round(LEFT + inset + span_x * (i / n if len(series) > 1 else 0.5), 1), y_of(v), p, text, s is Status.MET)
        for i, (p, v, s, text) in enumerate(series)
        if v is not None
    ]
    ticks = [(y_of(top * k / 4), f"{float(top * k / 4):.0f}") for k in range(5)]
    return Chart(
        WIDTH,
        HEIGHT,
        points,
        " ".join(f"{p.x},{p.y}" for p in points),
        y_of(target) if target is not None else None,
        target_text,
        ticks,
        HEIGHT - BOTTOM,
        LEFT,
        WIDTH - RIGHT,
    )
