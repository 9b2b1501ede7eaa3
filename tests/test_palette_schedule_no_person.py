"""The palette's "Schedule an interview" with nobody chosen in People is the Pipeline's `I`.

On a store with no people it took the person to an empty People pane saying "Choose the
person, then press n for an interview.", which could not be done, though the Pipeline's `I`
schedules an interview with nobody from People. Now, with nobody chosen in People, it is `I`
for the application chosen on the Pipeline; with none chosen there, it goes to the Pipeline
and says what to press (the keys as bound), and with no application yet, to add one first.
"""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.palette_fixtures_ui import messages, search, settle
from tests.pipeline_fixtures import add

SIZE = (100, 30)


async def test_with_an_application_chosen_it_opens_its_interview_form(
    opened_paths: DataPaths, db: Database
) -> None:
    add(db, "Acme", "Analyst", stage="applied")
    globex = add(db, "Globex", "Designer", stage="applied")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await pilot.pause()
        assert app.current_pane.select_item(globex)
        await pilot.press("1")  # back on Today: the Pipeline keeps its choice
        await pilot.pause()
        results = await search(app, pilot, "schedule an interview")
        offer = next(line for line in results if line.startswith("Schedule an interview | "))
        assert offer.startswith("Schedule an interview | For Globex (Designer), chosen on the "), (
            results
        )
        assert offer.endswith("(key I on the Pipeline)"), offer
        await pilot.press(*["down"] * (results.index(offer) + 1), "enter")
        await settle(app, pilot)
        assert app.current_pane.id == "pipeline"
        assert isinstance(app.screen, FormScreen), app.screen
        assert str(app.screen.form_title) == "Interview: Globex (Designer)"
        assert not any("Choose the person" in m for m in messages(app))


async def test_with_no_application_chosen_it_says_to_choose_one(
    opened_paths: DataPaths, db: Database
) -> None:
    add(db, "Acme", "Analyst", stage="applied")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        results = await search(app, pilot, "schedule")
        assert results[0] == (
            "Schedule an interview | Its day, time and kind: choose its application on the "
            "Pipeline first; this takes you there"
        )
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.current_pane.id == "pipeline"
        assert "Choose the application it is for, then press I." in messages(app)
        assert focus_problem(app) is None


async def test_with_no_application_yet_it_says_to_add_one(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await search(app, pilot, "schedule")
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.current_pane.id == "pipeline"
        said = messages(app)
        assert "No applications yet: add the one it is for with a, then press I." in said, said
        assert not any("Choose the person" in m for m in said)
        assert focus_problem(app) is None
