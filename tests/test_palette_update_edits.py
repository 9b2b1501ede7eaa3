""" "update" (or "change", "correct") in the palette is the Pipeline's edit, before "Set a
follow-up date".

"update" found "Set a follow-up date" alone, first, its "up date" written as one: a person
changing what an application says was offered to set a follow-up, and Enter set one. The
palette had no action for the Pipeline's `e`. "Edit the application" is one now, found by
"update" as typed, so it is first; the follow-up is still listed below it. With an
application chosen on the Pipeline it opens its form, as `e` does; with none (or the
Pipeline not opened yet) it takes you there and says what to press.

Every expected text is written out by hand.
"""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.pipeline.application_form import ApplicationFormScreen
from tests.palette_fixtures_ui import messages, search, settle
from tests.pipeline_fixtures import add


def _titles(results: list[str]) -> list[str]:
    return [line.split(" | ")[0] for line in results]


async def test_update_on_today_is_the_edit_and_says_what_to_press(
    opened_paths: DataPaths, db: Database
) -> None:
    add(db, "Globex", "Analyst", date_applied="2026-03-10")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        results = await search(app, pilot, "update")
        assert _titles(results)[:2] == ["Edit the application", "Set a follow-up date"]
        assert results[0] == (
            "Edit the application | Choose the application in the Pipeline first; this takes "
            "you there"
        )
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.shown_pane() == "pipeline"
        assert "Choose the application, then press e." in messages(app)


async def test_update_on_the_pipeline_opens_the_chosen_ones_form(
    opened_paths: DataPaths, db: Database
) -> None:
    globex = add(db, "Globex", "Analyst", date_applied="2026-03-10")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        assert app.current_pane.select_item(globex)
        results = await search(app, pilot, "update")
        assert results[0] == (
            "Edit the application | Globex (Analyst): change what it says (key e on the Pipeline)"
        )
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ApplicationFormScreen)
