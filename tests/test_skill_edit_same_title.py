"""An edit that gives a skill another open skill's title is asked about, as adding one is.

Adding "system DESIGN" beside an open "System design" asks "Add another?"; editing "SQL
drills" and typing "system  DESIGN" as its title saved two "System design" items without a
word. The edit now asks the same kind of question: Escape or no keeps the form open as
typed and saves nothing, yes saves it. An edit that keeps the item's own title, or takes a
done item's title, is not asked about. Every expected text is written out by hand.
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
ASKED = "“System design” is already one of your open skills. Give this one that title too?"
KEPT_OPEN = "Not saved yet: “System design” is already one of your open skills."


async def _edit(app, pilot, pane, skill_id: int) -> FormScreen:  # type: ignore[no-untyped-def, type-arg]
    assert pane.select_item(skill_id)
    await settle(pilot, 3)
    await pilot.press("e")
    await settle(pilot, 3)
    form = app.screen
    assert isinstance(form, FormScreen)
    return form


async def test_an_edit_to_an_open_ones_title_is_asked_about(
    opened_paths: DataPaths, db: Database
) -> None:
    add_skill(db, SkillInput(title="System design"))
    drills = add_skill(db, SkillInput(title="SQL drills"))
    async with app_on(opened_paths, "skills", size=SIZE) as (app, pilot, pane):
        form = await _edit(app, pilot, pane, drills)
        await fill(pilot, title="system  DESIGN")
        await asked_and_kept_open(app, pilot, form, ASKED, "system  DESIGN", KEPT_OPEN)
        assert titles(db) == ["SQL drills", "System design"]

        await pilot.press("ctrl+s")
        await settle(pilot, 3)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")  # two items alike are the person's to make
        await settle(pilot, 3)
        assert not isinstance(app.screen, (ConfirmScreen, FormScreen))
        assert focus_problem(app) is None
    assert titles(db) == ["System design", "system DESIGN"]


async def test_an_edit_keeping_its_title_or_taking_a_done_ones_is_not_asked_about(
    opened_paths: DataPaths, db: Database
) -> None:
    add_skill(db, SkillInput(title="System design"))
    twin = add_skill(db, SkillInput(title="System design"))  # two alike already
    done = add_skill(db, SkillInput(title="Public speaking"))
    set_status(db, done, SkillStatus.DONE)
    drills = add_skill(db, SkillInput(title="SQL drills"))
    async with app_on(opened_paths, "skills", size=SIZE) as (app, pilot, pane):
        for skill_id, values in (
            (twin, {"why": "Asked in every final round."}),
            (drills, {"title": "public speaking"}),
        ):
            await _edit(app, pilot, pane, skill_id)
            await fill(pilot, **values)
            await pilot.press("ctrl+s")
            await settle(pilot, 3)
            assert not isinstance(app.screen, (ConfirmScreen, FormScreen))
            assert focus_problem(app) is None
    assert titles(db) == ["Public speaking", "System design", "System design", "public speaking"]


async def test_an_edit_saved_as_new_is_asked_about_as_an_add(
    opened_paths: DataPaths, db: Database
) -> None:
    # Deleted elsewhere while its form was open, the item saved as new is added: the question
    # asked "Give this one that title too?" with "Save it too", as if it were edited.
    from bounceback_tui.services.skills import delete_skill
    from bounceback_tui.ui.kit.conflict import ConflictScreen

    add_skill(db, SkillInput(title="SQL drills"))
    twin = add_skill(db, SkillInput(title="SQL drills"))  # two alike already
    async with app_on(opened_paths, "skills", size=SIZE) as (app, pilot, pane):
        form = await _edit(app, pilot, pane, twin)
        delete_skill(db, twin)  # another window
        await fill(pilot, why="Every final round has one.")
        await pilot.press("ctrl+s")
        await settle(pilot, 3)
        assert isinstance(app.screen, ConflictScreen) and app.screen.deleted
        await pilot.press("n")  # save as new
        await settle(pilot, 3)
        asked = app.screen
        assert isinstance(asked, ConfirmScreen)
        assert str(asked.question) == (
            "“SQL drills” is already one of your open skills. Add another?"
        )
        assert asked.confirm_label == "Add another"
        await pilot.press("escape")
        await settle(pilot, 3)
        assert app.screen is form
        assert focus_problem(app) is None
    assert titles(db) == ["SQL drills"]
