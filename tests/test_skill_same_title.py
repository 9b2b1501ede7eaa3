"""A second `s` on a Recovery plan asks before a second item of an open skill's title.

A tester pressed `s` twice on one plan and had two "System design" items without a word. An
item to do or doing with the same title (case and spacing left out) is asked about; no
shows the one there is, yes adds another as before.
"""

from __future__ import annotations

from sqlmodel import select

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Skill
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.recovery_fixtures import add_rejection
from tests.ui_harness import app_on, settle

SIZE = (100, 30)


def _titles(db: Database) -> list[str]:
    with db.read() as session:
        return [s.title for s in session.exec(select(Skill)).all()]


async def test_a_second_s_asks_before_a_second_skill_of_the_same_title(
    opened_paths: DataPaths, db: Database
) -> None:
    add_rejection(db, reason="System design.")
    async with app_on(opened_paths, "recovery", size=SIZE) as (app, pilot, _pane):
        await pilot.press("s")
        await settle(pilot, 3)
        form = app.screen
        assert isinstance(form, FormScreen)
        await pilot.press("ctrl+s")
        await settle(pilot, 3)
        assert _titles(db) == ["System design"]
        await app.switch_to("recovery")
        await settle(pilot, 3)
        await pilot.press("s")
        await settle(pilot, 3)
        asked = app.screen
        assert isinstance(asked, ConfirmScreen)
        assert str(asked.question) == (
            "“System design” is already one of your open skills. Add another?"
        )
        await pilot.press("n")  # no: the one there is, shown on Skills
        await settle(pilot, 3)
        assert app.current_pane.id == "skills"
        assert not isinstance(app.screen, (ConfirmScreen, FormScreen))
        assert app.current_pane.selected.title == "System design"
        assert focus_problem(app) is None
        assert _titles(db) == ["System design"]
        await app.switch_to("recovery")
        await settle(pilot, 3)
        await pilot.press("s")
        await settle(pilot, 3)
        await pilot.press("y")  # yes: another, as before
        await settle(pilot, 3)
        assert isinstance(app.screen, FormScreen)
        await pilot.press("ctrl+s")
        await settle(pilot, 3)
    assert _titles(db) == ["System design", "System design"]
