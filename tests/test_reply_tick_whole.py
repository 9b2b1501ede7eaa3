"""At 60 columns the Recovery reply step's tick box says all it says.

Its label, "Nothing came back (that is common, and not about you)", was cut at the box's
edge with nothing to say so: "Nothing came back (that is common, and not about you" (a
tester who keeps the terminal narrow). It now goes on to a next line, and the keys line
below it stays in sight (tests/test_dialog_keys_whole.py).
"""

from __future__ import annotations

import pytest
from textual.widget import Widget

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.kit.focus import focus_problem
from tests.built_stores import store_once
from tests.screen_text import flat, screen_lines
from tests.test_dialog_keys_whole import writing
from tests.ui_harness import app_on, settle, settle_workers

SAID = "Nothing came back (that is common, and not about you)"


def _shown(widget: Widget) -> str:
    region = widget.region
    lines = screen_lines(widget.app)[region.y : region.bottom]
    return flat(" ".join(line[region.x : region.right] for line in lines))


@pytest.mark.parametrize("size", [(60, 20), (60, 30), (120, 40)], ids=str)
async def test_the_reply_step_s_tick_box_is_read_whole(
    opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, size=size) as (app, pilot, _pane):
        await writing("feedback.response")(app, pilot)
        await settle_workers(pilot)
        await settle(pilot, 4)
        box = app.screen.query_one("#answer-nothing")
        assert SAID in _shown(box), "\n".join(screen_lines(app))
        assert focus_problem(app) is None
