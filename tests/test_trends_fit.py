"""Today's trends at 80 columns keep the mood chart (ui/today/trends.py).

With the reframes' averages in its label ("Reframes: feel −23, belief −22", 30 cells) the
second chart left no room for "Mood by week" in the 74 cells the panel has at 80 columns,
so the mood chart was left out. A shorter label is used when the long one does not fit.
"""

from __future__ import annotations

from bounceback_tui.ui.today.trends import Trends

# The panel's width inside its border and padding on an 80-column terminal.
WIDTH_AT_80 = 74


def _panel() -> Trends:
    panel = Trends()
    weeks = [1, 0, 0, 0, 2, 0, 1, 1, 0, 3, 2, 1]
    panel.set_data(weeks, weeks, [20.0, 30.0, 10.0, 25.0, 30.0, 15.0, 20.0, 22.0])
    panel.set_care(tuple([3.0] * 12), belief_drop=22.0, intensity_drop=23.0)
    return panel


def _labels(panel: Trends, width: int) -> list[str]:
    return ["".join(text for text, _ in chart.label) for chart in panel.fitting(width)]


def test_at_80_columns_the_mood_chart_is_drawn_with_a_shorter_reframes_label() -> None:
    labels = _labels(_panel(), WIDTH_AT_80)
    # The bars' legend without its figure: "eased 23 pts each" beside the figures' "Per
    # reframe eased 24 pts · 30d" read as one figure with two values (its figure goes with
    # "all time", where that fits: tests/test_today_eased_figures_named.py).
    # The belief's drop stays (said nowhere else on Today): the words give way first
    # (tests/test_trends_belief_kept.py).
    assert labels == ["█ sent, then ▒ no's, per week", "■ eased, belief 22 pts", "Mood by week"]


def test_with_room_the_reframes_label_is_whole() -> None:
    labels = _labels(_panel(), 130)
    assert labels[1] == "■ feelings eased per reframe · all time: 23 pts, belief 22 pts"
    assert labels[2] == "Mood by week"


def test_at_100_columns_the_label_says_it_is_all_time() -> None:
    """Beside the figures' "eased 24 pts · 30d", "Reframes: feel −23" read as the same
    figure disagreeing (a stranger's walk, nineteenth round): it says "all" where it fits."""
    assert _labels(_panel(), 94)[1] == "■ all time: eased 23 pts each, belief 22"
    whole = "■ feelings eased per reframe · all time: 23 pts, belief 22 pts"
    assert _labels(_panel(), 114)[1] == whole


def test_too_narrow_for_all_the_charts_leaves_out_whole_charts() -> None:
    # 35 + 3 + 12 cells: the shortest label, and no room left for the mood.
    assert _labels(_panel(), 50) == ["█ sent, then ▒ no's, per week", "■ Reframes"]
    assert _labels(_panel(), 40) == ["█ sent, then ▒ no's, per week"]
