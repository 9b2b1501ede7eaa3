"""Today's reframes chart names its bars and says "eased", as the figures beside it do.

A new user's walk at 120x40 on the demo store: the yellow bars beside "Reframes, all time:
feel −21" had no legend, and "feel −21" read as feeling worse, while Reframe's own list said
"↓21" and Today's figures "eased 21 pts". The label now starts with a swatch in the bars'
colour, "■ feelings eased per reframe", and says the average as the figures do: "eased …
pts".
"""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.today.trends import Trends
from tests.built_stores import store_once
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers

# Inside the Trends box's border and padding at 120 and at 80 columns.
WIDTH_AT_120 = 114
WIDTH_AT_80 = 74


def _reframes_label(width: int, intensity: float | None = 21.0) -> list[tuple[str, str]]:
    panel = Trends()
    weeks = [1, 0, 0, 0, 2, 0, 1, 1, 0, 3, 2, 1]
    panel.set_data(weeks, weeks, [20.0, 30.0, 10.0, 25.0])
    panel.set_care(tuple([3.0] * 12), belief_drop=17.0, intensity_drop=intensity)
    return panel.fitting(width)[1].label


def test_the_bars_have_a_swatch_in_their_colour_and_the_figure_says_eased() -> None:
    assert _reframes_label(WIDTH_AT_120) == [
        ("■", "trends--single"),
        (" feelings eased per reframe · all time: 21 pts, belief 17 pts", "trends--label"),
    ]
    # The belief's drop is kept before the other words (tests/test_trends_belief_kept.py).
    assert _reframes_label(WIDTH_AT_80) == [
        ("■", "trends--single"),
        (" eased, belief 17 pts", "trends--label"),
    ]


def test_no_label_reads_as_a_minus() -> None:
    for width in (50, 74, 94, 114, 130):
        for intensity in (21.0, None):
            text = "".join(piece for piece, _ in _reframes_label(width, intensity))
            assert "−" not in text and "-" not in text, (width, text)
            assert "eased" in text or text == "■ Reframes", (width, text)


async def test_today_at_120_columns_says_eased_in_the_figures_and_the_trends(
    opened_paths: DataPaths,
) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, size=(120, 40)) as (app, pilot, _pane):
        await settle_workers(pilot)
        text = "\n".join(screen_lines(app))
        assert "■ feelings eased per reframe · all time: " in text
        assert "feel −" not in text
        assert "eased " in next(line for line in screen_lines(app) if "Per reframe " in line)
