"""The report's SVG charts: well-formed documents whose marks match the data they were given."""

import xml.etree.ElementTree as ET
from datetime import date

import pytest

from chiso.charts import (
    NO_DATA_NOTE,
    Bar,
    TimeSeries,
    bar_chart,
    horizontal_grouped_bar_chart,
    nice_ticks,
    time_series_chart,
)

SVG = "{http://www.w3.org/2000/svg}"


def parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    width, height = float(root.get("width")), float(root.get("height"))
    assert root.get("viewBox") == f"0 0 {root.get('width')} {root.get('height')}" and width > 0 and height > 0
    return root


def marks(root: ET.Element, tag: str, css_class: str) -> list[ET.Element]:
    return [e for e in root.iter(f"{SVG}{tag}") if css_class in (e.get("class") or "").split()]


def texts(root: ET.Element, css_class: str | None = None) -> list[str]:
    return [e.text for e in root.iter(f"{SVG}text") if css_class is None or e.get("class", "").split()[:1] == [css_class]]


def empty_charts() -> list[str]:
    return [horizontal_grouped_bar_chart("Tỷ lệ nữ", [], {"Cấp ủy": {}}, x_label="% nữ"),
            time_series_chart("BHYT", [], y_label="%"),
            time_series_chart("BHYT", [TimeSeries("Hà Nội")], y_label="%"),
            bar_chart("Đối chiếu", [], y_label="số trường hợp")]


def test_grouped_bars_one_bar_per_given_value_with_width_proportional_to_it():
    root = parse(horizontal_grouped_bar_chart(
        "Tỷ lệ nữ theo tỉnh", ["Hà Nội", "Huế"],
        {"Cấp ủy": {"Hà Nội": 100, "Huế": 50}, "Đại biểu": {"Hà Nội": 25}},  # Huế has no "Đại biểu"
        x_label="% nữ"))
    bars = marks(root, "rect", "bar")
    assert len(bars) == 3
    widths = sorted(float(b.get("width")) for b in bars)
    assert widths[2] > 0
    assert widths[1] == pytest.approx(widths[2] / 2, abs=0.1)
    assert widths[0] == pytest.approx(widths[2] / 4, abs=0.1)
    assert texts(root, "category") == ["Hà Nội", "Huế"]
    assert "Cấp ủy" in texts(root) and "Đại biểu" in texts(root) and "% nữ" in texts(root)


def test_grouped_bars_series_have_distinct_colours_and_categories_run_top_down():
    root = parse(horizontal_grouped_bar_chart(
        "t", ["An Giang", "Yên Bái"], {"A": {"An Giang": 10, "Yên Bái": 20}, "B": {"An Giang": 30, "Yên Bái": 40}},
        x_label="%"))
    by_width = {round(float(b.get("width")) / float(marks(root, "rect", "frame")[0].get("width")) * 100): b
                for b in marks(root, "rect", "bar")}
    assert by_width.keys() == {10, 20, 30, 40}
    assert by_width[10].get("fill") == by_width[20].get("fill") != by_width[30].get("fill") == by_width[40].get("fill")
    assert float(by_width[10].get("y")) < float(by_width[20].get("y"))  # An Giang above Yên Bái


def test_grouped_bars_are_clipped_to_the_axis():
    root = parse(horizontal_grouped_bar_chart("t", ["a", "b"], {"s": {"a": 150, "b": -5}}, x_label="%"))
    frame_width = float(marks(root, "rect", "frame")[0].get("width"))
    assert sorted(float(b.get("width")) for b in marks(root, "rect", "bar")) == [0.0, pytest.approx(frame_width, abs=0.1)]
    assert texts(root, "tick")[::2] == [str(t) for t in range(0, 101, 10)]  # each tick is labelled above and below


def test_time_series_has_a_marker_per_point_and_targets_in_their_series_colour():
    series = [TimeSeries("Hà Nội",
                         actual=[(date(2024, 1, 31), 90.0), (date(2024, 6, 30), 92.5), (date(2024, 12, 31), 93.0)],
                         target=[(date(2024, 12, 31), 95.0)]),
              TimeSeries("Huế",
                         actual=[(date(2024, 6, 30), 88.0)],
                         target=[(date(2025, 12, 31), 96.0), (date(2024, 12, 31), 94.0)])]
    root = parse(time_series_chart("BHYT", series, y_label="% dân số có BHYT"))
    circles, crosses = marks(root, "circle", "actual"), marks(root, "path", "target")
    assert len(circles) == 4 and len(crosses) == 3
    assert len(marks(root, "polyline", "line")) == 1  # a single actual point has no line
    hanoi_colour = marks(root, "polyline", "line")[0].get("stroke")
    assert [c.get("fill") for c in circles].count(hanoi_colour) == 3
    assert [c.get("stroke") for c in crosses].count(hanoi_colour) == 1
    assert len({c.get("stroke") for c in crosses}) == 2
    legend = texts(root)
    assert "Hà Nội" in legend and "Huế" in legend and "% dân số có BHYT" in legend


def test_time_series_orders_dates_left_to_right():
    shuffled = [(date(2024, 9, 30), 30.0), (date(2023, 3, 31), 10.0), (date(2025, 6, 30), 40.0), (date(2024, 1, 31), 20.0)]
    root = parse(time_series_chart("t", [TimeSeries("s", actual=shuffled)], y_label="%"))
    circles = sorted(marks(root, "circle", "actual"), key=lambda c: float(c.get("cx")))
    heights = [float(c.get("cy")) for c in circles]
    assert heights == sorted(heights, reverse=True)  # the values rise with the dates: y grows downwards
    line = [tuple(map(float, p.split(","))) for p in marks(root, "polyline", "line")[0].get("points").split()]
    assert [x for x, _ in line] == sorted(x for x, _ in line)
    date_ticks = sorted((e for e in root.iter(f"{SVG}text") if "date" in e.get("class", "").split()),
                        key=lambda e: float(e.get("x")))
    assert len(date_ticks) >= 3
    assert [e.text for e in date_ticks] == sorted(e.text for e in date_ticks)  # ISO labels sort as dates
    assert date_ticks[0].text >= "2023-03" and date_ticks[-1].text <= "2025-06"


def test_time_series_y_ticks_are_round_and_cover_the_values():
    root = parse(time_series_chart("t", [TimeSeries("s", actual=[(date(2024, 1, 1), 80.2), (date(2024, 2, 1), 98.9)])],
                                   y_label="%"))
    assert [t for t in texts(root, "tick") if "-" not in t] == ["80", "85", "90", "95", "100"]


@pytest.mark.parametrize("low, high, expected", [
    (0, 100, [0, 20, 40, 60, 80, 100]),
    (80.2, 98.9, [80, 85, 90, 95, 100]),
    (0, 23257, [0, 5000, 10000, 15000, 20000, 25000]),
    (0.1, 0.35, [0.1, 0.15, 0.2, 0.25, 0.3, 0.35]),
    (0, 0, [0, 0.2, 0.4, 0.6, 0.8, 1.0]),
])
def test_nice_ticks(low, high, expected):
    assert nice_ticks(low, high) == pytest.approx(expected)


def test_single_point_and_zero_values_draw_without_dividing_by_zero():
    root = parse(time_series_chart("t", [TimeSeries("s", actual=[(date(2024, 5, 1), 0.0)])], y_label="%"))
    (circle,) = marks(root, "circle", "actual")
    frame = marks(root, "rect", "frame")[0]
    left, top = float(frame.get("x")), float(frame.get("y"))
    assert left < float(circle.get("cx")) < left + float(frame.get("width"))
    assert top <= float(circle.get("cy")) <= top + float(frame.get("height"))
    assert "2024-05-01" in texts(root, "tick")

    root = parse(bar_chart("t", [Bar("a", 0), Bar("b", 0)], y_label="n"))
    assert [float(b.get("height")) for b in marks(root, "rect", "bar")] == [0.0, 0.0]
    assert texts(root, "value") == ["0", "0"]


def test_bar_chart_heights_colours_and_value_labels():
    bars = [Bar("đối chiếu: no_total", 13698, "#d1495b"), Bar("đối chiếu: ok", 4566, "#4c9f70"),
            Bar("mâu thuẫn giữa bài", 23257, "#d1495b")]
    root = parse(bar_chart("Kiểm tra", bars, y_label="số trường hợp"))
    rects = marks(root, "rect", "bar")
    assert [r.get("fill") for r in rects] == ["#d1495b", "#4c9f70", "#d1495b"]
    heights = [float(r.get("height")) for r in rects]
    assert heights[0] / heights[2] == pytest.approx(13698 / 23257, rel=0.01)
    assert heights[1] / heights[2] == pytest.approx(4566 / 23257, rel=0.01)
    assert texts(root, "value") == ["13698", "4566", "23257"]
    assert texts(root, "category") == [b.label for b in bars]
    xs = [float(r.get("x")) for r in rects]
    assert xs == sorted(xs)
    bottoms = {round(float(r.get("y")) + float(r.get("height")), 1) for r in rects}
    assert len(bottoms) == 1  # every bar stands on the zero line


def test_text_is_escaped_and_control_characters_dropped():
    label = 'Tỷ lệ nữ <b> & "x"\x07\ufffe'
    svgs = [horizontal_grouped_bar_chart(label, [label], {label: {label: 40}}, x_label=label),
            time_series_chart(label, [TimeSeries(label, actual=[(date(2024, 1, 1), 1.0)])], y_label=label, x_label=label),
            bar_chart(label, [Bar(label, 3)], y_label=label)]
    for svg in svgs:
        root = parse(svg)
        assert "<b>" not in svg and not list(root.iter(f"{SVG}b")) and not list(root.iter("b"))
        found = texts(root)
        assert found.count('Tỷ lệ nữ <b> & "x"') >= 3  # title, axis title, a category or legend entry


def test_empty_data_gives_axes_and_a_note():
    for svg in empty_charts():
        root = parse(svg)
        assert NO_DATA_NOTE in texts(root, "no-data")
        assert len(marks(root, "rect", "frame")) == 1
        assert not marks(root, "rect", "bar") and not marks(root, "circle", "marker")


def test_every_chart_uses_sans_serif():
    for svg in empty_charts():
        assert parse(svg).get("font-family") == "sans-serif"
