"""A thought record started from a recovery plan goes back to that plan on Escape.

A new user's walk (twenty-second round): `t` on a plan in Recovery opened a thought record
linked to its rejection; Escape from it landed on Reframe's list of records, not on the plan
the person came from. It goes back there now, as `o` on the record's summary does, with the
focus where it was: on that plan in the list, or on the plan's step that opened it.
"""

from __future__ import annotations

from datetime import date

from bounceback_tui import clock
from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import reframe as reframe_service
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.recovery.pane import RecoveryPane
from tests.quiet import until_quiet
from tests.recovery_fixtures import add_rejection, step_by_key
from tests.reframe_fixtures import add_record
from tests.ui_harness import settle, toasts


async def test_escape_from_a_record_started_on_a_plan_goes_back_to_the_plan(
    opened_paths: DataPaths, db: Database
) -> None:
    add_rejection(db, "First", rejected_on=date(2026, 3, 12))
    second = add_rejection(db, "Second", rejected_on=date(2026, 3, 1))
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("3")
        await until_quiet(pilot)
        recovery = app.current_pane
        assert isinstance(recovery, RecoveryPane)
        await pilot.press("j")  # the second plan
        await until_quiet(pilot)
        assert recovery.table.selected_id == second
        await pilot.press("t")
        await until_quiet(pilot)
        assert app.current_pane.id == "reframe"
        assert app.current_pane.mode == "exercise"
        await pilot.press("ctrl+n", *"Nobody wants me")  # the situation is filled in from it
        await pilot.press("escape")
        await settle(pilot, 4)
        assert app.current_pane is recovery
        assert recovery.table.selected_id == second
        assert app.focused is recovery.table
        # The note names where the draft is, now that the person is not on that list.
        assert toasts(app) == ["Kept as a draft: open it from Reframe's list to carry on."]
    (row,) = reframe_service.history(db)
    assert row.thought == "Nobody wants me" and not row.complete


async def test_escape_from_a_record_a_plans_step_opened_goes_back_to_that_step(
    opened_paths: DataPaths, db: Database
) -> None:
    rejection = add_rejection(db, "Only")
    thoughts = step_by_key(db, rejection, "guardrails.thoughts")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        await until_quiet(pilot)
        recovery = app.current_pane
        assert isinstance(recovery, RecoveryPane)
        assert recovery.select_step(thoughts.id)
        await pilot.press("enter")  # "Watch for negative thought patterns" opens a record
        await until_quiet(pilot)
        assert app.current_pane.id == "reframe"
        await pilot.press("escape")
        await settle(pilot, 4)
        assert app.current_pane is recovery
        assert app.focused is recovery.step_list
        highlighted = recovery.step_list.highlighted_step
        assert highlighted is not None and highlighted.id == thoughts.id


async def test_a_record_started_on_reframes_own_list_closes_to_the_list(
    opened_paths: DataPaths,
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("4")
        await until_quiet(pilot)
        await pilot.press("a", *"An email")
        await until_quiet(pilot)
        await pilot.press("escape")
        await settle(pilot, 4)
        assert app.current_pane.id == "reframe"
        assert app.current_pane.mode == "history"
        assert toasts(app) == [
            "Kept as a draft: open it from the list to carry on. u takes it away."
        ]


async def test_escape_from_the_summary_of_a_record_started_on_a_plan_goes_back_to_it(
    opened_paths: DataPaths, db: Database
) -> None:
    rejection = add_rejection(db, "Only")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3")
        await until_quiet(pilot)
        recovery = app.current_pane
        await pilot.press("t")
        await until_quiet(pilot)
        await pilot.press("ctrl+n", *"Nobody wants me")
        for _ in range(7):  # on to the last step, and past it: the summary
            await pilot.press("ctrl+n")
            await until_quiet(pilot)
        assert app.current_pane.mode == "summary"
        await pilot.press("escape")
        await settle(pilot, 4)
        assert app.current_pane is recovery
        assert recovery.table.selected_id == rejection


async def test_a_draft_opened_from_today_closes_back_to_today(
    opened_paths: DataPaths, db: Database
) -> None:
    """A new user's walk: Enter on Today's "✎ Unfinished thought record" opened the draft;
    Escape then landed on Reframe's list, not on Today, where the person came from."""
    record = add_record(db, "I will never get hired", complete=False, step=2)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await until_quiet(pilot)
        today = app.current_pane
        assert today.id == "today"
        await pilot.press("j")  # Today's "✎ Unfinished thought record"
        await until_quiet(pilot)
        board = app.focused
        await pilot.press("enter")
        await until_quiet(pilot)
        assert app.current_pane.id == "reframe"
        assert app.current_pane.mode == "exercise"
        assert app.current_pane.exercise.draft.id == record
        await pilot.press("escape")
        await settle(pilot, 4)
        assert app.current_pane is today
        assert focus_problem(app) is None
        assert app.focused is board
        assert toasts(app) == ["Kept as a draft: open it from Reframe's list to carry on."]
    (row,) = reframe_service.history(db)
    assert row.id == record and not row.complete


async def test_a_draft_opened_on_reframes_own_list_still_closes_to_the_list(
    opened_paths: DataPaths, db: Database
) -> None:
    add_record(db, "I will never get hired", complete=False, step=2)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("4")
        await until_quiet(pilot)
        await pilot.press("enter")
        await until_quiet(pilot)
        assert app.current_pane.mode == "exercise"
        await pilot.press("escape")
        await settle(pilot, 4)
        assert app.current_pane.id == "reframe"
        assert app.current_pane.mode == "history"
        assert toasts(app) == ["Kept as a draft: open it from the list to carry on."]


async def test_a_draft_opened_by_todays_next_step_closes_back_to_today(
    opened_paths: DataPaths, db: Database
) -> None:
    """Today's next step "Finish your thought record" (`n`) opens the draft as its line does,
    and Escape goes back to Today too."""
    record = add_record(db, "I will never get hired", complete=False, step=2)
    # An application sent today: the next step is then to finish the record.
    application = ApplicationInput(company="Acme", role="Analyst", date_applied=clock.today())
    add_application(db, application)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await until_quiet(pilot)
        today = app.current_pane
        assert today.id == "today"
        await pilot.press("n")
        await until_quiet(pilot)
        assert app.current_pane.id == "reframe"
        assert app.current_pane.exercise.draft.id == record
        await pilot.press("escape")
        await settle(pilot, 4)
        assert app.current_pane is today
        assert focus_problem(app) is None
        assert toasts(app) == ["Kept as a draft: open it from Reframe's list to carry on."]
