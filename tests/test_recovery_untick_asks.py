"""Space on a step done on an earlier day asks before unticking it, and ticking a feedback
step again does not offer to log what the log already holds.

A tester walking down a plan with space and Down unticked "Let yourself feel it…", done
5 Jan, without a word; ticked again it read "done 15 Jan", the day lost. Re-ticking "Ask the
recruiter for feedback" asked `Log "Feedback asked" … too?` again, and a yes would have made a
second line for the one ask. Today is Monday 16 March 2026.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import select

from bounceback_tui.domain.people import InteractionInput, InteractionKind
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.people_log import log_interaction
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Application, Interaction, RecoveryStep
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from tests.recovery_fixtures import add_rejection, step_by_key, steps_of
from tests.screen_text import flat, screen_text
from tests.ui_harness import app_on, settle

FIFTH = datetime(2026, 3, 5, 20, 0)


def _done_on(db: Database, step_id: int, moment: datetime) -> None:
    with db.write() as session:
        step = session.get(RecoveryStep, step_id)
        assert step is not None
        step.done_at = moment
        session.add(step)


async def test_space_on_a_step_done_days_ago_asks_naming_it_and_its_day(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db)
    first = steps_of(db, rid)[0]
    _done_on(db, first.id, FIFTH)
    async with app_on(opened_paths, "recovery", size=(160, 40)) as (app, pilot, pane):
        await pilot.press("enter")  # into the plan
        await settle(pilot)
        pane.step_list.select_step(first.id)
        await settle(pilot)
        await pilot.press("space")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        asked = flat(screen_text(app))
        assert f"Untick “{first.title}”, done 5 Mar?" in asked
        assert "its day done (5 Mar) goes" in asked
        assert step_by_key(db, rid, first.template_key or "").done_at == FIFTH  # not yet
        await pilot.press("n")  # kept: ticked as it was, its day with it
        await settle(pilot)
        assert not isinstance(app.screen, ConfirmScreen)
        assert app.focused is pane.step_list and focus_problem(app) is None
        assert step_by_key(db, rid, first.template_key or "").done_at == FIFTH
        await pilot.press("space")
        await settle(pilot)
        await pilot.press("y")  # asked, and yes: open again
        await settle(pilot)
        assert step_by_key(db, rid, first.template_key or "").done_at is None
        assert app.focused is pane.step_list and focus_problem(app) is None
        assert "[ ]" in str(pane.step_list.get_option(f"step-{first.id}").prompt)


async def test_a_step_ticked_today_is_unticked_at_once(
    opened_paths: DataPaths, db: Database
) -> None:
    # A slip put right at once loses nothing: ticked again, it has the same day.
    rid = add_rejection(db)
    first = steps_of(db, rid)[0]
    async with app_on(opened_paths, "recovery") as (app, pilot, pane):
        await pilot.press("enter")
        await settle(pilot)
        pane.step_list.select_step(first.id)
        await pilot.press("space")
        await settle(pilot)
        assert step_by_key(db, rid, first.template_key or "").done_at is not None
        await pilot.press("space")
        await settle(pilot)
        assert not isinstance(app.screen, ConfirmScreen)
        assert step_by_key(db, rid, first.template_key or "").done_at is None


def _lines(db: Database) -> list[tuple[str, date]]:
    with db.read() as session:
        return [(line.kind, line.happened_on) for line in session.exec(select(Interaction))]


async def test_ticking_an_ask_again_does_not_offer_to_log_it_twice(
    opened_paths: DataPaths, db: Database
) -> None:
    with db.write() as session:
        application = Application(company="Globex", role="Engineer", stage="rejected")
        session.add(application)
        session.flush()
        application_id = application.id
    assert application_id is not None
    rid = add_rejection(db, "Globex", rejected_on=date(2026, 3, 2), application_id=application_id)
    log_interaction(
        db,
        InteractionInput(InteractionKind.FEEDBACK_ASKED, date(2026, 3, 5)),
        application_id=application_id,
    )
    ask = step_by_key(db, rid, "feedback.ask")
    assert ask.done_at is not None  # the line ticked it, on its day
    async with app_on(opened_paths, "recovery", size=(160, 40)) as (app, pilot, pane):
        await pilot.press("enter")
        await settle(pilot)
        pane.step_list.select_step(ask.id)
        await settle(pilot)
        await pilot.press("space")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert "done 5 Mar?" in flat(screen_text(app))
        await pilot.press("y")
        await settle(pilot)
        assert step_by_key(db, rid, "feedback.ask").done_at is None
        await pilot.press("space")  # ticked again
        await settle(pilot)
        assert step_by_key(db, rid, "feedback.ask").done_at is not None
        # Not "Log “Feedback asked” with Globex (Engineer) too?": it is in the log.
        assert not isinstance(app.screen, ConfirmScreen)
        assert app.focused is pane.step_list and focus_problem(app) is None
    assert _lines(db) == [("feedback_asked", date(2026, 3, 5))]
