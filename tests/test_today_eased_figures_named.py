"""Today's two "eased" figures each say what they are.

At 80 columns the trends said "■ eased 23 pts each" beside the figures' "Per reframe eased
24 pts · 30d": two numbers for what read as one thing. One is the average over every
reframe, the other over the last 30 days. Now a figure of points eased is said with its
period wherever it is shown ("· 30d", "all time"), and where the trends have no room for
"all time" their label is the bars' legend alone: "■ eased per reframe". The demo store,
the clock at Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

import re

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from tests.built_stores import store_once
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers

FIGURE = re.compile(r"eased (\d+) pts?")


def _figures_said(lines: list[str]) -> list[str]:
    """Each box's text around a number of points eased ("Per reframe eased 24 pts · 30d")."""
    boxes = [part for line in lines for part in line.split("│")]
    return [box.strip() for box in boxes if FIGURE.search(box)]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
async def test_every_figure_of_points_eased_says_its_period(
    opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, size=size) as run:
        await settle_workers(run.pilot)
        await run.pilot.pause()
        lines = screen_lines(run.app)
    said = _figures_said(lines)
    assert any("· 30d" in text for text in said), said  # the figures' last 30 days
    for text in said:
        assert "· 30d" in text or "all time" in text, said
    legend = next(line for line in lines if "per week" in line and "■" in line)
    # At 80 columns the bars' legend shares its room with the belief's drop, which no other
    # place on Today says (tests/test_trends_belief_kept.py): "■ eased, belief 21 pts".
    assert "eased per reframe" in legend or "■ eased, belief " in legend, legend
