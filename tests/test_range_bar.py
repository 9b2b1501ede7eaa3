"""What's working's bars show the whole 95% range (ui/insights/charts.range_bar).

A stranger's walk (seventeenth round): the legend promised the range "as ├─┤", and ├ was
never drawn (the low end always lies under the bar, where it was not drawn).
"""

from __future__ import annotations

from bounceback_tui.ui.insights.charts import range_bar


def test_the_bar_is_solid_to_the_low_end_shaded_to_the_rate_and_lined_to_the_high_end() -> None:
    # 57% (39-73%) in 20 cells, each cell's middle at 2.5%, 7.5%, ...: solid to 37.5%,
    # shaded 42.5-52.5%, a line 57.5-67.5%, the high end in the cell of 72.5%.
    assert range_bar(0.39, 0.57, 0.73, 20) == "████████▓▓▓───┤     "


def test_a_range_from_nothing_is_shaded_from_the_start() -> None:
    # Middles 5%, 15%: shaded; 25-45%: a line; the high end, 50%, falls in the sixth cell.
    assert range_bar(0.0, 0.2, 0.5, 10) == "▓▓───┤    "


def test_no_replies_is_a_line_to_the_high_end() -> None:
    assert range_bar(0.0, 0.0, 0.28, 10) == "──┤       "


def test_all_of_them_fills_the_bar() -> None:
    assert range_bar(0.72, 1.0, 1.0, 10) == "███████▓▓▓"
