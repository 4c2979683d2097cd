"""Small SVG chart writers for the report: grouped horizontal bars, a time series, plain bars.

Hand-written SVG rather than matplotlib: importing matplotlib and drawing cost ~2.5 s of every
warehouse build, and these three chart shapes need none of its generality. Each function returns
a complete standalone SVG document as text (stdlib only, so importing this module is free).
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
           "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf")
NO_DATA_NOTE = "(chưa có số liệu)"

TITLE_SIZE = 15
FONT_SIZE = 12
LEGEND_FONT_SIZE = 11
GRID_COLOUR = "#dddddd"
AXIS_COLOUR = "#333333"
# Average sans-serif glyph width per unit of font size: without a font engine, margins and legend
# columns are sized from this estimate (generous, so labels are not clipped).
CHAR_WIDTH = 0.6
# XML 1.0 forbids these control characters even escaped; labels come from scraped text.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class TimeSeries:
    """One line of a time-series chart: actual points joined by a line, targets as crosses."""

    name: str
    actual: Sequence[tuple[date, float]] = field(default_factory=tuple)
    target: Sequence[tuple[date, float]] = field(default_factory=tuple)


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    colour: str = PALETTE[0]


@dataclass(frozen=True)
class _LegendEntry:
    label: str
    colour: str
    swatch: str  # "box", "line" (line with a circle) or "cross"


def _escape(text: object) -> str:
    return html.escape(_XML_FORBIDDEN.sub("", str(text)), quote=True)


def _n(coordinate: float) -> str:
    """A coordinate with one decimal: sub-pixel precision is invisible and bloats the file."""
    return f"{coordinate:.1f}"


def _text_width(text: str, font_size: float) -> float:
    return len(text) * font_size * CHAR_WIDTH


def _text(x: float, y: float, text: str, *, size: float = FONT_SIZE, anchor: str = "middle",
          attributes: str = "") -> str:
    # dy=0.35em centres the glyphs vertically on y, which dominant-baseline does not do everywhere
    return (f'<text x="{_n(x)}" y="{_n(y)}" dy="0.35em" font-size="{size}" text-anchor="{anchor}"'
            f'{" " + attributes if attributes else ""}>{_escape(text)}</text>')


def _vertical_text(x: float, y: float, text: str) -> str:
    return (f'<text transform="translate({_n(x)},{_n(y)}) rotate(-90)" dy="0.35em" font-size="{FONT_SIZE}" '
            f'text-anchor="middle">{_escape(text)}</text>')


def _document(width: float, height: float, title: str, body: list[str]) -> str:
    width, height = math.ceil(width), math.ceil(height)
    return "\n".join([
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif">',
        f'<rect class="background" width="{width}" height="{height}" fill="white"/>',
        _text(width / 2, 20, title, size=TITLE_SIZE, attributes='class="title" font-weight="bold"'),
        *body,
        "</svg>",
        "",
    ])


def _frame(left: float, top: float, width: float, height: float) -> str:
    return (f'<rect class="frame" x="{_n(left)}" y="{_n(top)}" width="{_n(width)}" height="{_n(height)}" '
            f'fill="none" stroke="{AXIS_COLOUR}"/>')


def _no_data_note(left: float, top: float, width: float, height: float) -> str:
    return _text(left + width / 2, top + height / 2, NO_DATA_NOTE, attributes='class="no-data" fill="#777777"')


def nice_ticks(low: float, high: float, max_ticks: int = 6) -> list[float]:
    """Evenly spaced round ticks (steps of 1, 2, 2.5 or 5 times a power of ten) covering low..high."""
    low, high = min(low, high), max(low, high)
    if low == high:  # one value, or all equal: widen so the axis has a span to divide
        padding = abs(low) * 0.05
        low, high = (0.0, 1.0) if low == 0 else (low - padding, high + padding)
    raw_step = (high - low) / max(1, max_ticks - 1)
    magnitude = 10 ** math.floor(math.log10(raw_step))
    for multiple in (1, 2, 2.5, 5, 10):
        step = multiple * magnitude
        first, last = math.floor(low / step), math.ceil(high / step)
        if last - first <= max_ticks - 1:
            break
    # round() drops the binary noise of k * step (0.30000000000000004) before it reaches a label
    return [round(k * step, 10) for k in range(first, last + 1)]


def _tick_label(value: float, ticks: Sequence[float]) -> str:
    step = ticks[1] - ticks[0]  # nice_ticks always spans at least one step
    decimals = next(d for d in range(10) if abs(round(step, d) - step) < 1e-9)
    return f"{value:.{decimals}f}"


def _value_label(value: float) -> str:
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _date_ticks(first: date, last: date, max_ticks: int = 8) -> tuple[list[date], str]:
    """Tick dates between first and last, with their strftime format: whole months when the span
    allows it, so ticks fall on the 1st; days for spans of about two months or less."""
    span_days = (last - first).days
    if span_days <= 62:
        step = next(s for s in (1, 2, 5, 7, 14) if span_days / s <= max_ticks - 1)
        return [first + timedelta(days=k * step) for k in range(span_days // step + 1)], "%Y-%m-%d"
    first_month = first.year * 12 + first.month - 1 + (first.day > 1)  # the first 1st on or after `first`
    last_month = last.year * 12 + last.month - 1
    step = next(s for s in (1, 2, 3, 6, 12, 24, 60, 120, 1200) if (last_month - first_month) / s <= max_ticks - 1)
    start = math.ceil(first_month / step) * step  # aligned, so yearly ticks land on January
    ticks = [date(m // 12, m % 12 + 1, 1) for m in range(start, last_month + 1, step)]
    return ticks, "%Y" if step % 12 == 0 else "%Y-%m"


def _legend(entries: Sequence[_LegendEntry], left: float, top: float, width: float) -> tuple[list[str], float]:
    """Legend entries in as many columns as fit the width, filled column by column (so an
    alphabetical list reads downwards); returns the SVG parts and the height used."""
    if not entries:
        return [], 0.0
    row_height = 16
    column_width = min(width, max(_text_width(e.label, LEGEND_FONT_SIZE) for e in entries) + 36)
    columns = max(1, int(width // column_width))
    rows = math.ceil(len(entries) / columns)
    parts = ['<g class="legend">']
    for i, entry in enumerate(entries):
        x = left + (i // rows) * column_width
        y = top + (i % rows) * row_height + row_height / 2
        if entry.swatch == "box":
            parts.append(f'<rect x="{_n(x)}" y="{_n(y - 5)}" width="18" height="10" fill="{entry.colour}"/>')
        elif entry.swatch == "line":
            parts.append(f'<line x1="{_n(x)}" y1="{_n(y)}" x2="{_n(x + 18)}" y2="{_n(y)}" '
                         f'stroke="{entry.colour}" stroke-width="1.5"/>'
                         f'<circle cx="{_n(x + 9)}" cy="{_n(y)}" r="3.5" fill="{entry.colour}"/>')
        else:
            parts.append(f'<path d="{_cross_path(x + 9, y)}" stroke="{entry.colour}" stroke-width="2"/>')
        parts.append(_text(x + 24, y, entry.label, size=LEGEND_FONT_SIZE, anchor="start"))
    parts.append("</g>")
    return parts, rows * row_height


def _cross_path(x: float, y: float, half: float = 4.5) -> str:
    return (f"M{_n(x - half)},{_n(y - half)}L{_n(x + half)},{_n(y + half)}"
            f"M{_n(x - half)},{_n(y + half)}L{_n(x + half)},{_n(y - half)}")


def horizontal_grouped_bar_chart(title: str, categories: Sequence[str], series: Mapping[str, Mapping[str, float]],
                                 *, x_label: str, x_max: float = 100.0, width: float = 1000) -> str:
    """Categories down the y axis (first at the top), one bar per series and category that has a
    value, on an x axis from 0 to ``x_max``; values outside it are drawn clipped to the axis."""
    bar_height, group_gap = 8, 10
    legend_entries = [_LegendEntry(name, PALETTE[i % len(PALETTE)], "box") for i, name in enumerate(series)]
    left = max([80.0, *(_text_width(c, FONT_SIZE) + 16 for c in categories)])
    right = 24
    plot_width = width - left - right
    legend, legend_height = _legend(legend_entries, left, 38, plot_width)
    top = 38 + legend_height + 24
    group_height = max(1, len(series)) * bar_height + group_gap
    plot_height = max(120.0, len(categories) * group_height)
    body = legend

    ticks = [t for t in nice_ticks(0, x_max, max_ticks=11) if t <= x_max]
    for tick in ticks:
        x = left + plot_width * tick / x_max
        body.append(f'<line class="grid" x1="{_n(x)}" y1="{_n(top)}" x2="{_n(x)}" y2="{_n(top + plot_height)}" '
                    f'stroke="{GRID_COLOUR}"/>')
        # labelled above the plot too: with many categories the chart is taller than a screen
        for label_y in (top - 10, top + plot_height + 12):
            body.append(_text(x, label_y, _tick_label(tick, ticks), attributes='class="tick"'))
    body.append(_text(left + plot_width / 2, top + plot_height + 32, x_label, attributes='class="axis-title"'))

    for row, category in enumerate(categories):
        group_top = top + row * group_height + group_gap / 2
        body.append(_text(left - 8, group_top + group_height / 2 - group_gap / 2, category, anchor="end",
                          attributes='class="category"'))
        for i, (name, values) in enumerate(series.items()):
            if category not in values:
                continue
            value = min(max(values[category], 0.0), x_max)
            body.append(f'<rect class="bar" x="{_n(left)}" y="{_n(group_top + i * bar_height)}" '
                        f'width="{_n(plot_width * value / x_max)}" height="{bar_height}" '
                        f'fill="{PALETTE[i % len(PALETTE)]}"/>')
    if not categories:
        body.append(_no_data_note(left, top, plot_width, plot_height))
    body.append(_frame(left, top, plot_width, plot_height))
    return _document(width, top + plot_height + 48, title, body)


def _y_axis_left_margin(ticks: Sequence[float]) -> float:
    """Room left of the plot for the widest tick label and, beyond it, the rotated axis title."""
    widest = max((_text_width(_tick_label(t, ticks), FONT_SIZE) for t in ticks), default=0.0)
    return max(70.0, widest + 44)


def _y_grid(ticks: Sequence[float], y_of: Callable[[float], float], left: float, plot_width: float) -> list[str]:
    parts = []
    for tick in ticks:
        y = y_of(tick)
        parts.append(f'<line class="grid" x1="{_n(left)}" y1="{_n(y)}" x2="{_n(left + plot_width)}" y2="{_n(y)}" '
                     f'stroke="{GRID_COLOUR}"/>')
        parts.append(_text(left - 6, y, _tick_label(tick, ticks), anchor="end", attributes='class="tick"'))
    return parts


def time_series_chart(title: str, series: Sequence[TimeSeries], *, y_label: str, x_label: str = "",
                      width: float = 1000, plot_height: float = 400) -> str:
    """Dates on the x axis; per series, its actual points joined by a line with circle markers and
    its targets as crosses in the same colour; the legend goes under the plot, however long."""
    points = [p for s in series for p in (*s.actual, *s.target)]
    y_ticks = nice_ticks(min(v for _, v in points), max(v for _, v in points)) if points else []
    left, right, top = _y_axis_left_margin(y_ticks), 24.0, 38.0
    plot_width = width - left - right
    body: list[str] = []
    if points:
        first_day, last_day = min(d for d, _ in points), max(d for d, _ in points)
        padding = max(1.0, (last_day - first_day).days * 0.03)  # keeps the edge markers off the frame
        x_low, x_high = first_day.toordinal() - padding, last_day.toordinal() + padding
        y_low, y_high = y_ticks[0], y_ticks[-1]

        def x_of(day: date) -> float:
            return left + plot_width * (day.toordinal() - x_low) / (x_high - x_low)

        def y_of(value: float) -> float:
            return top + plot_height * (y_high - value) / (y_high - y_low)

        body.extend(_y_grid(y_ticks, y_of, left, plot_width))
        date_ticks, date_format = _date_ticks(first_day, last_day)
        for tick_day in date_ticks:
            x = x_of(tick_day)
            body.append(f'<line x1="{_n(x)}" y1="{_n(top + plot_height)}" x2="{_n(x)}" y2="{_n(top + plot_height + 4)}" '
                        f'stroke="{AXIS_COLOUR}"/>')
            body.append(_text(x, top + plot_height + 14, tick_day.strftime(date_format),
                              attributes='class="tick date"'))
        for i, one in enumerate(series):
            colour = PALETTE[i % len(PALETTE)]
            actual = sorted(one.actual)
            if len(actual) > 1:
                line = " ".join(f"{_n(x_of(d))},{_n(y_of(v))}" for d, v in actual)
                body.append(f'<polyline class="line" points="{line}" fill="none" stroke="{colour}" stroke-width="1.5"/>')
            body.extend(f'<circle class="marker actual" cx="{_n(x_of(d))}" cy="{_n(y_of(v))}" r="3.5" fill="{colour}"/>'
                        for d, v in actual)
            body.extend(f'<path class="marker target" d="{_cross_path(x_of(d), y_of(v))}" stroke="{colour}" '
                        f'stroke-width="2"/>' for d, v in sorted(one.target))
    else:
        body.append(_no_data_note(left, top, plot_width, plot_height))
    body.append(_frame(left, top, plot_width, plot_height))
    body.append(_vertical_text(18, top + plot_height / 2, y_label))
    bottom = top + plot_height + 28
    if x_label:
        body.append(_text(left + plot_width / 2, bottom, x_label, attributes='class="axis-title"'))
        bottom += 18
    legend_entries = [_LegendEntry(s.name, PALETTE[i % len(PALETTE)], "line" if s.actual else "cross")
                      for i, s in enumerate(series) if s.actual or s.target]
    legend, legend_height = _legend(legend_entries, left, bottom, plot_width)
    body.extend(legend)
    return _document(width, bottom + legend_height + 12, title, body)


def bar_chart(title: str, bars: Sequence[Bar], *, y_label: str, width: float = 800, plot_height: float = 260) -> str:
    """One vertical bar per entry, each in its own colour, its value written above it (below
    it when negative); the y axis always includes 0, where the bars start."""
    values = [b.value for b in bars]
    y_ticks = nice_ticks(min(0.0, *values), max(0.0, *values)) if bars else []
    left, right, top = _y_axis_left_margin(y_ticks), 20.0, 44.0
    plot_width = width - left - right
    body: list[str] = []
    if bars:
        y_low, y_high = y_ticks[0], y_ticks[-1]

        def y_of(value: float) -> float:
            return top + plot_height * (y_high - value) / (y_high - y_low)

        body.extend(_y_grid(y_ticks, y_of, left, plot_width))
        slot = plot_width / len(bars)
        for i, bar in enumerate(bars):
            centre = left + slot * (i + 0.5)
            bar_top, bar_bottom = sorted((y_of(bar.value), y_of(0.0)))
            body.append(f'<rect class="bar" x="{_n(centre - slot * 0.4)}" y="{_n(bar_top)}" width="{_n(slot * 0.8)}" '
                        f'height="{_n(bar_bottom - bar_top)}" fill="{bar.colour}"/>')
            label_y = y_of(bar.value) + (-10 if bar.value >= 0 else 10)
            body.append(_text(centre, label_y, _value_label(bar.value), attributes='class="value"'))
            body.append(_text(centre, top + plot_height + 14, bar.label, attributes='class="category"'))
    else:
        body.append(_no_data_note(left, top, plot_width, plot_height))
    body.append(_frame(left, top, plot_width, plot_height))
    body.append(_vertical_text(18, top + plot_height / 2, y_label))
    return _document(width, top + plot_height + 32, title, body)
