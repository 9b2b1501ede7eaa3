"""A store with people but no applications shows a person's due follow-up on Today.

Found in the twenty-third round (its left-alone list): Today decided it was empty by the
applications, nos, records and skills alone, so with only people in the store it showed its
welcome, and a follow-up due with one of them was said only by the `today` command. Today
shows the board now when anything is due, the follow-up in Due now, and the next step is
the welcome's advice ("Add your first application", `n`).

The clock stands at Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

from bounceback_tui.domain.people import validate_contact
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import people_edits
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.conftest import FIXED_TODAY
from tests.screen_text import is_on_screen
from tests.ui_harness import app_on, settle


def _person(paths: DataPaths, follow_up: str) -> int:
    db = Database(paths.database)
    try:
        return people_edits.add_contact(
            db,
            validate_contact(
                {"name": "Aiko Sato", "company": "Mirai Cloud", "next_follow_up": follow_up},
                FIXED_TODAY,
            ),
        )
    finally:
        db.dispose()


async def test_a_persons_follow_up_is_due_now_without_applications(
    opened_paths: DataPaths,
) -> None:
    aiko = _person(opened_paths, "yesterday")
    async with app_on(opened_paths, size=(80, 24)) as (app, pilot, _pane):
        await pilot.pause(0.5)
        await settle(pilot)
        assert not is_on_screen(app, "Welcome to bounceback")
        assert is_on_screen(app, "Due now · 1")
        assert is_on_screen(app, "✉ Aiko Sato  1 day late")
        # The welcome's advice, as the next step and its key.
        assert is_on_screen(app, "Next step: Add your first application  (n)")
        await pilot.press("enter")  # the due list has the keys: the person, selected
        await settle(pilot)
        assert app.current_pane.PANE_ID == "people"
        assert app.current_pane.selected.id == aiko
        await pilot.press("1", "n")  # back on Today, `n`: the application form
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        assert focus_problem(app) is None


async def test_with_nothing_due_the_welcome_stays(opened_paths: DataPaths) -> None:
    _person(opened_paths, "+1w")
    async with app_on(opened_paths, size=(80, 24)) as (app, pilot, _pane):
        await pilot.pause(0.5)
        await settle(pilot)
        assert is_on_screen(app, "Welcome to bounceback")
        assert not is_on_screen(app, "Due now")
