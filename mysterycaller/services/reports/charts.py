"""Vector charts drawn with reportlab.graphics: rate bars, histogram, timeline, columns, trend."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors

from mysterycaller.services.reports.fonts import register_fonts

TRACK = colors.HexColor("#E4E7EC")
AXIS = colors.HexColor("#8A919C")
INK = colors.HexColor("#2B2F36")
THRESHOLD = colors.HexColor("#C0392B")
#: Okabe-Ito colours, distinguishable for colour-blind readers.
PHASE_COLORS = {
    "ringing": colors.HexColor("#B8BEC8"),
    "ivr": colors.HexColor("#CC79A7"),
    "queue": colors.HexColor("#E69F00"),
    "talk": colors.HexColor("#009E73"),
    "hold": colors.HexColor("#D55E00"),
    "transfer": colors.HexColor("#56B4E9"),
}


def _string(x: float, y: float, text: str, size: float = 7.5, **kwargs: object) -> String:
    regular, _ = register_fonts()
    options: dict[str, object] = {"fillColor": INK, **kwargs}
    return String(x, y, text, fontName=regular, fontSize=size, **options)


def rate_bar(
    value: float | None,
    color: colors.Color,
    *,
    low: float | None = None,
    high: float | None = None,
    width: float = 110,
    height: float = 9,
    muted: bool = False,
) -> Drawing:
    """A bar 0..1 on a grey track, with the 95 % interval as a whisker when given."""
    drawing = Drawing(width, height)
    drawing.add(Rect(0, 1, width, height - 2, fillColor=TRACK, strokeColor=None))
    if value is not None:
        fill = colors.HexColor("#9AA3AF") if muted else color
        drawing.add(Rect(0, 1, width * max(0.0, min(1.0, value)), height - 2, fillColor=fill,
                         strokeColor=None))  # fmt: skip
    if low is not None and high is not None:
        middle = height / 2
        for x in (low, high):
            drawing.add(Line(width * x, 0, width * x, height, strokeColor=INK, strokeWidth=0.6))
        drawing.add(Line(width * low, middle, width * high, middle, strokeColor=INK,
                         strokeWidth=0.6))  # fmt: skip
    return drawing


def histogram(
    counts: Sequence[int],
    bin_width: float,
    threshold: float | None,
    color: colors.Color,
    *,
    width: float,
    height: float = 150,
    axis_label: str = "",
    threshold_label: str = "",
    count_text: Callable[[int], str] = str,
) -> Drawing:
    """Counts per bin of ``bin_width`` seconds; the last bin holds everything beyond."""
    drawing = Drawing(width, height)
    left, bottom, top = 40.0, 26.0, height - 14
    plot_width = width - left - 8
    top_count = _nice_ceiling(max(counts, default=0))
    scale = (top - bottom) / top_count
    for tick in _ticks(top_count):
        y = bottom + tick * scale
        drawing.add(Line(left, y, left + plot_width, y, strokeColor=TRACK, strokeWidth=0.5))
        drawing.add(_string(left - 4, y - 2.5, count_text(int(tick)), textAnchor="end"))
    step = plot_width / max(len(counts), 1)
    for index, count in enumerate(counts):
        if count:
            drawing.add(Rect(left + index * step + 0.6, bottom, step - 1.2, count * scale,
                             fillColor=color, strokeColor=None))  # fmt: skip
    label_every = max(1, math.ceil(len(counts) / 12))
    for index in range(0, len(counts), label_every):
        seconds = index * bin_width
        text = f"≥{seconds:g}" if index == len(counts) - 1 else f"{seconds:g}"
        drawing.add(_string(left + index * step, bottom - 10, text, textAnchor="middle"))
    drawing.add(Line(left, bottom, left + plot_width, bottom, strokeColor=AXIS, strokeWidth=0.8))
    drawing.add(_string(left + plot_width, 2, axis_label, textAnchor="end"))
    if threshold is not None and len(counts) > 1:
        x = left + threshold / bin_width * step
        if x <= left + plot_width:
            drawing.add(Line(x, bottom, x, top + 4, strokeColor=THRESHOLD, strokeWidth=1,
                             strokeDashArray=[3, 2]))  # fmt: skip
            drawing.add(_string(x + 3, top + 1, threshold_label, fillColor=THRESHOLD))
    return drawing


def timeline(
    spans: Sequence[tuple[str, float, float]],
    marks: Sequence[tuple[float, str]],
    *,
    width: float,
    phase_name: Callable[[str], str],
    clock: Callable[[float], str],
) -> Drawing:
    """Phases as one bar over call time, numbered stamps above it, a time axis and a legend."""
    end = max((stop for _, _, stop in spans), default=0.0) or 1.0
    left, right = 4.0, width - 8
    scale = (right - left) / end
    lanes = _lanes([left + at * scale for at, _ in marks], min_gap=13)
    lane_height = 11
    lane_count = max(lanes, default=-1) + 1
    legend_height, axis_height, bar_height = 14, 16, 16
    bar_bottom = legend_height + axis_height
    height = bar_bottom + bar_height + 4 + lane_count * lane_height
    drawing = Drawing(width, height)
    for phase, start, stop in spans:
        color = PHASE_COLORS.get(phase, TRACK)
        drawing.add(Rect(left + start * scale, bar_bottom, max((stop - start) * scale, 0.5),
                         bar_height, fillColor=color, strokeColor=colors.white,
                         strokeWidth=0.5))  # fmt: skip
    for (at, label), lane in zip(marks, lanes, strict=True):
        x = left + at * scale
        y = bar_bottom + bar_height + 4 + lane * lane_height
        drawing.add(Line(x, bar_bottom, x, y, strokeColor=INK, strokeWidth=0.5))
        drawing.add(_string(x, y + 1.5, label, size=7, textAnchor="middle"))
    step = _nice_step(end / 8)
    tick = 0.0
    while tick <= end + 1e-9:
        x = left + tick * scale
        drawing.add(Line(x, bar_bottom - 3, x, bar_bottom, strokeColor=AXIS, strokeWidth=0.6))
        drawing.add(_string(x, bar_bottom - 11, clock(tick), size=7, textAnchor="middle"))
        tick += step
    x = left
    seen = [phase for phase in PHASE_COLORS if any(p == phase for p, _, _ in spans)]
    for phase in seen:
        drawing.add(Rect(x, 3, 8, 7, fillColor=PHASE_COLORS[phase], strokeColor=None))
        drawing.add(_string(x + 11, 3.5, phase_name(phase)))
        x += 22 + 4.6 * len(phase_name(phase))
    return drawing


def columns(
    values: Sequence[tuple[str, float | None]],
    color: colors.Color,
    *,
    width: float,
    height: float = 110,
    value_text: Callable[[float], str] = lambda v: f"{100 * v:.0f}",
    muted: Sequence[bool] = (),
) -> Drawing:
    """Vertical bars 0..1 with their label below and their value above (grey when muted)."""
    drawing = Drawing(width, height)
    bottom, top = 14.0, height - 12
    step = width / max(len(values), 1)
    drawing.add(Line(0, bottom, width, bottom, strokeColor=AXIS, strokeWidth=0.8))
    for index, (label, value) in enumerate(values):
        x = index * step
        drawing.add(_string(x + step / 2, 3, label, textAnchor="middle"))
        if value is None:
            continue
        bar = (top - bottom) * max(0.0, min(1.0, value))
        grey = index < len(muted) and muted[index]
        fill = colors.HexColor("#9AA3AF") if grey else color
        drawing.add(Rect(x + step * 0.18, bottom, step * 0.64, bar, fillColor=fill,
                         strokeColor=None))  # fmt: skip
        text = value_text(value) + ("†" if grey else "")
        drawing.add(_string(x + step / 2, bottom + bar + 2.5, text, size=7,
                            textAnchor="middle"))  # fmt: skip
    return drawing


def columns_counts(
    labels: Sequence[str],
    counts: Sequence[int],
    color: colors.Color,
    *,
    width: float,
    height: float = 100,
    count_text: Callable[[int], str] = str,
) -> Drawing:
    """Vertical bars of counts (a distribution) with their label below and count above."""
    drawing = Drawing(width, height)
    bottom, top = 14.0, height - 12
    step = width / max(len(labels), 1)
    highest = max(counts, default=0) or 1
    drawing.add(Line(0, bottom, width, bottom, strokeColor=AXIS, strokeWidth=0.8))
    for index, (label, count) in enumerate(zip(labels, counts, strict=True)):
        x = index * step
        drawing.add(_string(x + step / 2, 3, label, textAnchor="middle"))
        bar = (top - bottom) * count / highest
        if count:
            drawing.add(Rect(x + step * 0.12, bottom, step * 0.76, bar, fillColor=color,
                             strokeColor=None))  # fmt: skip
        drawing.add(_string(x + step / 2, bottom + bar + 2.5, count_text(count), size=7,
                            textAnchor="middle"))  # fmt: skip
    return drawing


def trend(
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | None], colors.Color]],
    *,
    width: float,
    height: float = 140,
) -> Drawing:
    """Lines over waves on a 0..100 scale, one per series, with a legend."""
    drawing = Drawing(width, height)
    left, bottom, top = 28.0, 30.0, height - 8
    plot_width = width - left - 30
    for tick in range(0, 101, 25):
        y = bottom + (top - bottom) * tick / 100
        drawing.add(Line(left, y, left + plot_width, y, strokeColor=TRACK, strokeWidth=0.5))
        drawing.add(_string(left - 4, y - 2.5, str(tick), textAnchor="end"))
    step = plot_width / max(len(labels) - 1, 1)
    for index, label in enumerate(labels):
        drawing.add(_string(left + index * step, bottom - 11, label[:24], textAnchor="middle"))
    x = left
    for name, values, color in series:
        points = [
            (left + i * step, bottom + (top - bottom) * v / 100)
            for i, v in enumerate(values)
            if v is not None
        ]
        if len(points) > 1:
            flat = [c for point in points for c in point]
            drawing.add(PolyLine(flat, strokeColor=color, strokeWidth=1.6))
        for px, py in points:
            drawing.add(Rect(px - 2, py - 2, 4, 4, fillColor=color, strokeColor=None))
        drawing.add(Rect(x, 3, 10, 3, fillColor=color, strokeColor=None))
        drawing.add(_string(x + 13, 1.5, name))
        x += 30 + 4.6 * len(name)
    return drawing


def _lanes(positions: Sequence[float], min_gap: float) -> list[int]:
    """The lowest lane for each label in which it keeps ``min_gap`` from the previous ones."""
    last: list[float] = []
    lanes = []
    for x in positions:
        for lane, previous in enumerate(last):
            if x - previous >= min_gap:
                last[lane] = x
                lanes.append(lane)
                break
        else:
            last.append(x)
            lanes.append(len(last) - 1)
    return lanes


def _nice_step(raw: float) -> float:
    for step in (5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600):
        if step >= raw:
            return float(step)
    return 3600.0 * math.ceil(raw / 3600)


def _nice_ceiling(value: int) -> int:
    if value <= 5:
        return 5
    magnitude = 10 ** math.floor(math.log10(value))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * magnitude >= value:
            return int(factor * magnitude)
    return int(10 * magnitude)


def _ticks(top: int) -> list[float]:
    step = top / 5
    return [step * i for i in range(6)]
