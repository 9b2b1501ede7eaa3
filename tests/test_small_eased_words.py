"""What "eased" counts, said where it is shown (a stranger's walk on the demo store at
80x24): Bouncing back's "Reframes  eased 24 pts · 30d" and the trends' "■ all time: eased 23"
are averages per thought record, and read as totals; Reframe's list said "eased 20" with no
unit. Now "Per reframe  eased 24 pts · 30d", "■ eased per reframe" (its figure only with
"all time": tests/test_today_eased_figures_named.py) and "eased 20 pts"."""

from __future__ import annotations

import re

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from tests.built_stores import store_once
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers


async def test_at_80x24_every_eased_figure_says_it_is_per_reframe_in_points(
    opened_paths: DataPaths,
) -> None:
    """Bouncing back's "Reframes  eased 24 pts · 30d" and the trends' "■ all time: eased 23"
    are averages per thought record and read as totals; Reframe's list said "eased 20" with
    no unit."""
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, size=(80, 24)) as (app, pilot, _pane):
        await settle_workers(pilot)
        lines = screen_lines(app)
        figure = next(line for line in lines if "· 30d" in line)
        assert "Per reframe" in figure and " pts · 30d" in figure, figure
        label = next(line for line in lines if "Mood by week" in line)
        # Beside it the belief's drop, kept before other words (test_trends_belief_kept.py).
        assert "■ eased, belief " in label, label
        await pilot.press("4")
        await settle_workers(pilot)
        lines = screen_lines(app)
        rows = [line for line in lines if line.strip()[:2] == "20"]  # a record's date
        # The Feelings column, before the Belief column ("eased 40 pts", then "–" or
        # "eased 50 pts"): the first shift on the row.
        shifts = [
            re.findall(r"(?:eased|rose) (\S+) (\S+)", row)[0] for row in rows if " eased " in row
        ]
        assert len(shifts) >= 5, "\n".join(lines)
        for words in shifts:
            assert words[1] == "pts" and words[0].isdigit(), "\n".join(lines)
