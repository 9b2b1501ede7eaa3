"""A skill typed by hand (`a` on Skills) with the title of an open one is asked about first.

Saving "system  DESIGN" beside an open "System design" added a second item without a word,
where the add-application form asks about a duplicate. The form now asks the same kind of
question; Escape or no keeps the form open as typed and saves nothing, yes adds it. A done
item is not open: learning a skill again is not asked about.
"""

from __future__ import annotations

from bounceback_tui.domain.skills import SkillInput, SkillStatus
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.skill_moves import set_status
from bounceback_tui.services.skills import add_skill
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.skill_title_fixtures import asked_and_kept_open, titles
from tests.ui_harness import app_on, fill, settle

SIZE = (100, 30)
ASKED = "“System design” is already one of your open skills. Add another?"
KEPT_OPEN = "Not saved yet: “System design” is already one of your open skills."


async def test_a_typed_skill_with_an_open_ones_title_is_asked_about(
    opened_paths: DataPaths, db: Database
) -> None:
    add_skill(db, SkillInput(title="System design"))
    done = add_skill(db, SkillInput(title="Public speaking"))
    set_status(db, done, SkillStatus.DONE)
    async with app_on(opened_paths, "skills", size=SIZE) as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot, 3)
        form = app.screen
        assert isinstance(form, FormScreen)
        await fill(pilot, title="  system   DESIGN ")
        await asked_and_kept_open(app, pilot, form, ASKED, "  system   DESIGN ", KEPT_OPEN)
        assert titles(db) == ["Public speaking", "System design"]

        await pilot.press("ctrl+s")
        await settle(pilot, 3)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")  # no: the same
        await settle(pilot, 3)
        assert app.screen is form
        assert focus_problem(app) is None
        assert titles(db) == ["Public speaking", "System design"]

        await pilot.press("ctrl+s")
        await settle(pilot, 3)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")  # two items are the person's to make
        await settle(pilot, 3)
        assert not isinstance(app.screen, (ConfirmScreen, FormScreen))
        assert focus_problem(app) is None
    assert titles(db) == ["Public speaking", "System design", "system DESIGN"]


async def test_a_typed_skill_like_a_done_one_or_a_new_one_is_saved_without_a_question(
    opened_paths: DataPaths, db: Database
) -> None:
    done = add_skill(db, SkillInput(title="Public speaking"))
    set_status(db, done, SkillStatus.DONE)
    async with app_on(opened_paths, "skills", size=SIZE) as (app, pilot, _pane):
        for title in ("public speaking", "SQL window functions"):
            await pilot.press("a")
            await settle(pilot, 3)
            await fill(pilot, title=title)
            await pilot.press("ctrl+s")
            await settle(pilot, 3)
            assert not isinstance(app.screen, (ConfirmScreen, FormScreen))
            assert focus_problem(app) is None
    assert titles(db) == ["Public speaking", "SQL window functions", "public speaking"]
