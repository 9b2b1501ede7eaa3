"""The note after an edited log line speaks of a plan only when there is one.

A tester's walk: People, `I`, `e`, save, on a line about no application, said "Saved the
line. Your plan is as it was: Recovery ticks its steps."; there was no plan. Now it says
"Saved the line.", and on a line about an application with a plan, "Saved the line; your
plan's steps are unchanged."
"""

from __future__ import annotations

import pytest

from bounceback_tui.domain.people import InteractionInput, InteractionKind
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import people_log
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.conftest import FIXED_TODAY
from tests.test_people_pane import seeded  # noqa: F401  (Rita on Initech, rejected; Maya)
from tests.ui_harness import app_on, fill, keep_toasts, settle


@pytest.mark.parametrize(
    ("on_initech", "said"),
    [
        (False, "Saved the line."),
        (True, "Saved the line; your plan's steps are unchanged."),
    ],
)
async def test_the_saved_note_names_a_plan_only_when_there_is_one(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
    on_initech: bool,
    said: str,
) -> None:
    paths, ids = seeded
    about = {"application_id": ids["initech"]} if on_initech else {}
    db = Database(paths.database)
    try:
        people_log.log_interaction(
            db,
            InteractionInput(InteractionKind.CALLED, FIXED_TODAY, "Quick call"),
            contact_id=ids["rita"],
            **about,
        )
    finally:
        db.dispose()
    async with app_on(paths, "people", size=(80, 24), notifications=True) as (app, pilot, pane):
        notes = keep_toasts(app)
        assert pane.select_item(ids["rita"])
        await settle(pilot)
        await pilot.press("I", "e")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        await fill(pilot, note="Long call about the team")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen)
        assert notes[-1] == said, notes
        assert focus_problem(app) is None
