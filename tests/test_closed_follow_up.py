"""A closed application keeps no follow-up, however it was closed (a stranger's round trip,
item 4).

A no recorded from the Pipeline (`x`, then ctrl+s) kept the application's follow-up day in
the store: Today and the calendar hid it, but the JSON and CSV exports wrote it and a CSV
round trip dropped it, so two copies of one store differed. Only the edit form's save cleared
it. Now every way of closing an application (a no, a withdrawal, ghosted, an offer taken, a
same-day `[` back into an exit) lets it go in the same transaction, and `u` on a no puts it
back.
"""

from __future__ import annotations

from datetime import date

from bounceback_tui import clock
from bounceback_tui.domain.applications import validate_application
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import applications as application_service
from bounceback_tui.services import pipeline_moves as moves
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from tests.pipeline_fixtures import add, rows
from tests.ui_harness import NO_IDLE_CHECK, app_on, reject_without_plan, settle, toasts

FOLLOW_UP = "SELECT stage, next_follow_up FROM application WHERE id = ?"


async def test_a_no_from_the_pipeline_clears_the_follow_up_and_u_brings_it_back(
    opened_paths: DataPaths, db: Database
) -> None:
    acme = add(db, "Acme", date_applied="2026-03-10", next_follow_up="2026-03-20")
    async with app_on(
        opened_paths, "pipeline", notifications=True, watch_seconds=NO_IDLE_CHECK
    ) as (app, pilot, pane):
        await reject_without_plan(pilot, pane, acme)
        assert rows(opened_paths.database, FOLLOW_UP, acme) == [("rejected", None)]
        await pilot.press("u")
        await settle(pilot)
        assert "Rejection taken back: Acme (Engineer) is in Applied again" in " ".join(toasts(app))
        assert focus_problem(app) is None
    assert rows(opened_paths.database, FOLLOW_UP, acme) == [("applied", "2026-03-20")]


def test_confirming_ghosted_clears_the_follow_up(opened_paths: DataPaths, db: Database) -> None:
    quiet = add(db, "Quietco", date_applied="2026-02-01", next_follow_up="2026-03-20")
    moves.confirm_ghosted(db, quiet)
    assert rows(opened_paths.database, FOLLOW_UP, quiet) == [("ghosted", None)]


def test_withdrawing_or_taking_the_offer_in_the_edit_form_clears_the_follow_up(
    opened_paths: DataPaths, db: Database
) -> None:
    """The service, given a follow-up beside the closing stage (the form hides the field
    for a closed stage; a caller may not), keeps none."""
    for company, stage in (("Withdrawco", "withdrawn"), ("Offerco", "accepted")):
        app_id = add(db, company, date_applied="2026-03-01", next_follow_up="2026-03-20")
        values = {
            "company": company,
            "role": "Engineer",
            "stage": stage,
            "date_applied": "2026-03-01",
            "next_follow_up": "2026-03-20",
        }
        application_service.update_application(
            db, app_id, validate_application(values, clock.today())
        )
        assert rows(opened_paths.database, FOLLOW_UP, app_id) == [(stage, None)]


def test_a_same_day_step_back_into_an_exit_clears_the_follow_up_set_meanwhile(
    opened_paths: DataPaths, db: Database
) -> None:
    """Withdrawn, moved on with `]`, given a follow-up, then `[` the same day: back in
    Withdrawn, the follow-up goes with it."""
    app_id = add(db, "Backco", stage="withdrawn", date_applied="2026-03-01")
    target = moves.move_target(db, app_id, 1)
    assert target is not None
    moves.move_stage(db, app_id, target)
    application_service.set_follow_up(db, app_id, date(2026, 3, 25))
    assert moves.move_target(db, app_id, -1) is Stage.WITHDRAWN
    moves.move_stage(db, app_id, Stage.WITHDRAWN)
    assert rows(opened_paths.database, FOLLOW_UP, app_id) == [("withdrawn", None)]
