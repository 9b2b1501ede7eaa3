"""The palette schedules an interview, logs what happened with someone, and undoes.

A stranger's walk (second week): "schedule" and "shedule intervew" offered only "Edit a coming
interview…"; "log feedback" found nothing; "undo" offered only "Restore a backup", which a
worried person could take for undo. People's `n` and `i` are in the palette now, on the person
chosen there or saying how to choose one, and Undo is there on every pane that has `u`,
saying what `u` says when there is nothing to undo.
"""

from __future__ import annotations

from bounceback_tui.domain.people import validate_contact
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import people_edits
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.conftest import FIXED_TODAY
from tests.palette_fixtures_ui import messages, search

SIZE = (100, 30)


async def test_schedule_and_log_before_choosing_someone_say_how(
    opened_paths: DataPaths, db: Database
) -> None:
    # Someone to choose: with nobody yet, it says so (tests/test_palette_nobody_yet.py).
    people_edits.add_contact(db, validate_contact({"name": "Dana Reyes"}, FIXED_TODAY))
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        for typed, first in [
            ("schedule", "Schedule an interview"),
            ("shedule intervew", "Schedule an interview"),
            ("log feedback", "Log what happened with someone"),
        ]:
            results = await search(app, pilot, typed)
            assert results[0].startswith(f"{first} | "), (typed, results)
            await pilot.press("escape")
            await pilot.pause()
        # Scheduling with nobody chosen is the Pipeline's `I` (a store with no people could
        # not "choose the person"): tests/test_palette_schedule_no_person.py.
        results = await search(app, pilot, "log feedback")
        assert results[0] == (
            "Log what happened with someone | A call, a meeting, their feedback: choose the "
            "person in People first; this takes you there"
        )
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert app.current_pane.id == "people"
        assert any("Choose the person, then press i for what happened." in m for m in messages(app))
        assert focus_problem(app) is None


async def test_log_what_happened_with_the_person_chosen_in_people(
    opened_paths: DataPaths, db: Database
) -> None:
    person = people_edits.add_contact(
        db, validate_contact({"name": "Dana Reyes", "kind": "recruiter"}, FIXED_TODAY)
    )
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("6")
        await pilot.pause()
        assert app.current_pane.select_item(person)
        await pilot.pause()
        results = await search(app, pilot, "log feedback")
        assert results[0] == (
            "Log what happened with someone | With Dana Reyes: a call, a meeting, their feedback "
            "(key i on People)"
        )
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        assert app.screen.form_title == "Log: Dana Reyes"


async def test_undo_is_offered_and_says_when_there_is_nothing_to_undo(
    opened_paths: DataPaths,
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        for pane in ("2", "5"):  # the Pipeline, Skills
            await pilot.press(pane)
            await pilot.pause()
            results = await search(app, pilot, "undo")
            assert results[0].startswith("Undo | Nothing to undo yet (key u on "), results
            await pilot.press("enter")
            await pilot.pause()
            await pilot.pause()
            assert "Nothing to undo here." in messages(app)
            assert focus_problem(app) is None


async def test_undo_is_offered_on_today_too(opened_paths: DataPaths) -> None:
    # On Today "undo" found only "Restore a backup", where every other pane offers Undo (a
    # tester's walk). With nothing to undo yet, it says so.
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1")
        await pilot.pause()
        results = await search(app, pilot, "undo")
        # Today has its own `u` since the twenty-fifth round (the review of old follow-ups).
        assert results[0] == "Undo | Nothing to undo yet (key u on Today)", results
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert "Nothing to undo here." in messages(app)
        assert focus_problem(app) is None


async def test_schedule_from_the_pipeline_names_the_person_and_application_it_uses(
    opened_paths: DataPaths, db: Database
) -> None:
    # From the Pipeline with Globex selected, "Schedule an interview" opened the form for the
    # person chosen in People and their application, Acme, and said neither (a tester's walk).
    from tests.pipeline_fixtures import add

    acme = add(db, "Acme", "Analyst", stage="applied")
    globex = add(db, "Globex", "Designer", stage="applied")
    person = people_edits.add_contact(
        db, validate_contact({"name": "Dana Reyes", "kind": "recruiter"}, FIXED_TODAY)
    )
    people_edits.link_application(db, person, acme)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("6")
        await pilot.pause()
        assert app.current_pane.select_item(person)
        await pilot.press("2")
        await pilot.pause()
        assert app.current_pane.select_item(globex)
        await pilot.pause()
        results = await search(app, pilot, "schedule")
        # The Pipeline's own, for Globex, nobody needed (tests/test_pipeline_schedule_interview.py),
        # comes first there; People's names whom and what it uses.
        assert results[0].startswith("Schedule an interview for the application | Globex")
        assert results[1] == (
            # At 100 columns the title says what it does: the line fits on one row.
            "Schedule an interview | With Dana Reyes, chosen in People, for Acme (Analyst) · "
            "Applied (key n on People)"
        )
        await pilot.press("down")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        assert app.screen.form_title == "Interview with Dana Reyes"
