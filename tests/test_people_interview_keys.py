"""People's key bar gives `n` (schedule an interview) a place of its own.

On a person with an interview the bar read "n N Interview" at 80 and 100 columns: short of
room, `N` (change or delete one of their interviews) took `n`'s short label and the two
shared one place, saying neither which key schedules nor which changes one (the
twenty-fourth round's left-alone list). `N` is off the bar now, as on the Pipeline, and the
person's details name it beside their Interviews ("N changes one"); `?` lists it, and it
works as before.
"""

from __future__ import annotations

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.key_bar import KeyBar
from bounceback_tui.ui.people.interview_choice import InterviewChoiceScreen
from bounceback_tui.ui.people.pick import PickScreen
from tests.built_stores import store_once
from tests.screen_text import screen_text
from tests.ui_harness import app_on, settle, settle_workers


@pytest.fixture
def demo_paths(opened_paths: DataPaths) -> DataPaths:
    store_once(opened_paths, fill_demo, 30)
    return opened_paths


@pytest.mark.parametrize("width", [80, 100])
async def test_on_a_person_with_an_interview_each_key_reads_on_its_own(
    demo_paths: DataPaths, width: int
) -> None:
    async with app_on(demo_paths, "people", size=(width, 24)) as (app, pilot, pane):
        await settle_workers(pilot)
        for _ in range(40):  # down the list to someone with an interview
            if pane.check_action("edit_interview", ()):
                break
            await pilot.press("j")
            await settle_workers(pilot)
        assert pane.check_action("edit_interview", ()), "no one in the demo has an interview"
        bar = app.screen.query_one(KeyBar)
        shown = bar.shown()
        assert ("n", "Interview") in shown, bar.render().plain
        assert all(keys.split(" ") != ["n", "N"] for keys, _label in shown), shown
        assert "N" not in " ".join(keys for keys, _label in shown).split(" ")
        assert "Interviews  N changes one" in screen_text(app)
        await pilot.press("N")  # which one first, when there are several
        await settle(pilot)
        assert isinstance(app.screen, PickScreen | InterviewChoiceScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert focus_problem(app) is None
        await pilot.press("question_mark")
        await settle(pilot)
        assert "change or delete one of their interviews" in screen_text(app)
