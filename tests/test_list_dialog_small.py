"""At a small terminal (60x15) a dialog built round a list still stops above the key bar.

Found walking the app (rev12): Reframe's `p` ("spot the trap") at 60x15 drew its box down
to the bottom row, over the key bar, before any answer (the list had given up all the rows
it could, three, and the rest of the box still did not fit), and more so after an answer's
explanation. The box itself now stops at the bar's row: what does not fit is cut at its
bottom (the keys line, which the key bar repeats).
"""

from __future__ import annotations

from textual.widgets import OptionList

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.reframe.practice import PracticeScreen
from tests.test_list_dialog_fit import EXAMPLE, _box_above_the_bar
from tests.ui_harness import app_on, settle


async def test_spot_the_trap_at_60x15_leaves_the_key_bar_in_sight(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths, size=(60, 15)) as (app, pilot, _pane):
        app.push_screen(PracticeScreen([EXAMPLE, EXAMPLE]))
        await settle(pilot, 6)
        assert _box_above_the_bar(app, "practice-box")
        assert app.screen.query_one(OptionList).has_focus
        await pilot.press("enter")  # an answer: the explanation shows
        await settle(pilot, 6)
        assert _box_above_the_bar(app, "practice-box")
        await pilot.resize_terminal(80, 24)  # room again: the box grows back
        await settle(pilot, 6)
        assert _box_above_the_bar(app, "practice-box")
        assert app.screen.query_one("#practice-keys").region.height == 1
