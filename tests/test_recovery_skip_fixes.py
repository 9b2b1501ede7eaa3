"""What a stranger found in skipping a plan step (Recovery's `x`), each fixed.

`x` on a ticked step unticked it with no question, and `x` again brought it back unticked: the
day it was done was lost. Skipping a feedback request already sent took its "Note what came
back" with it, though a reply may still come. A plan with every step skipped stayed open for
ever, and Today kept sending the person to start it. The finished note said every step was
done when most were skipped, and ended in "…" at 80x24. A window showing a step unskipped
could take back another window's skip. Taking back a reply's skip left a reply waited for
with nothing asked. Today is Monday 16 March 2026; Contoso's no came on 1 March.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from textual.widgets._toast import Toast

from bounceback_tui.domain.recovery_forms import FeedbackRequestInput
from bounceback_tui.errors import ValidationError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import recovery_plans as plan_service
from bounceback_tui.services import recovery_steps as step_service
from bounceback_tui.services import step_skips
from bounceback_tui.services.today import load_today
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from tests.recovery_fixtures import (
    add_rejection,
    recorded_on_its_day,
    skip_in_pane,
    step_by_key,
    steps_of,
)
from tests.screen_text import flat, screen_lines, screen_text
from tests.ui_harness import app_on, keep_toasts, settle

ASK = "Ask the recruiter or hiring manager for feedback"
REPLY = "Note what came back"
TODAY = date(2026, 3, 16)


def _contoso(db: Database) -> int:
    rid = add_rejection(db, "Contoso", rejected_on=date(2026, 3, 1), reason="No reason given.")
    recorded_on_its_day(db, rid)
    return rid


def _ask_sent(db: Database, rid: int) -> None:
    ask = step_by_key(db, rid, "feedback.ask")
    step_service.save_feedback_request(
        db, ask.id, FeedbackRequestInput(date(2026, 3, 4), "through the recruiter")
    )


# --- 1. a ticked step is not skipped (its tick and day would be lost) -----------------------


def test_x_on_a_ticked_step_is_refused_and_keeps_its_tick(db: Database) -> None:
    rid = _contoso(db)
    ask = step_by_key(db, rid, "feedback.ask")
    ticked = step_service.set_step_done(db, ask.id, True, expected_version=ask.version)
    with pytest.raises(ValidationError) as refused:
        step_skips.set_step_skipped(db, ask.id, True, expected_version=ticked.step.version)
    assert str(refused.value) == (
        f"“{ASK}” is ticked as done, so it is not skipped. "
        "Untick it first if you mean to set it aside."
    )
    after = step_by_key(db, rid, "feedback.ask")
    assert after.done_at == datetime(2026, 3, 16, 9, 30) and after.skipped_at is None
    assert step_by_key(db, rid, "feedback.response").skipped_at is None


async def test_x_on_a_ticked_step_says_why_and_changes_nothing(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = _contoso(db)
    ask = step_by_key(db, rid, "feedback.ask")
    step_service.set_step_done(db, ask.id, True, expected_version=ask.version)
    async with app_on(opened_paths, "recovery", size=(160, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        await skip_in_pane(pilot, pane, ask.id)
        assert said[-1] == (
            f"“{ASK}” is ticked as done, so it is not skipped. "
            "Untick it first if you mean to set it aside."
        ), said
        assert step_by_key(db, rid, "feedback.ask").done_at == datetime(2026, 3, 16, 9, 30)
        assert step_by_key(db, rid, "feedback.ask").skipped_at is None
        assert "skipped" not in screen_text(app)
        assert focus_problem(app) is None


# --- 2. a request already sent keeps its reply ----------------------------------------------


async def test_skipping_a_request_already_sent_leaves_its_reply_waiting(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = _contoso(db)
    _ask_sent(db, rid)
    ask = step_by_key(db, rid, "feedback.ask")
    step_service.set_step_done(db, ask.id, False)  # unticked: asked all the same
    async with app_on(opened_paths, "recovery", size=(160, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        await skip_in_pane(pilot, pane, ask.id)
        assert said[-1] == (
            f"Skipped “{ASK}”: it is not due and does not count as done. Press x to take "
            "the skip back. You asked already, so the reply step stays: an answer may come."
        ), said
        assert step_by_key(db, rid, "feedback.ask").skipped_at is not None
        assert step_by_key(db, rid, "feedback.response").skipped_at is None
        assert focus_problem(app) is None


# --- 3. a plan with nothing left to do is finished ------------------------------------------


def test_a_plan_with_every_step_skipped_is_finished_and_today_lets_it_be(db: Database) -> None:
    rid = _contoso(db)
    # A step skipped leaves the plan started: Today no longer says to start it.
    ask = step_by_key(db, rid, "feedback.ask")
    step_skips.set_step_skipped(db, ask.id, True, expected_version=ask.version)
    assert not load_today(db.path, TODAY).next_step.title.startswith("Start your recovery plan")
    last = None
    for step in steps_of(db, rid):
        if step.skipped_at is None:
            last = step_skips.set_step_skipped(db, step.id, True, expected_version=step.version)
    assert last is not None and last.finished_now
    assert (last.done, last.total) == (0, 0)
    row = plan_service.plan_row(db, rid)
    assert row is not None and row.completed
    plan = plan_service.load_plan(db, rid)
    assert plan is not None and plan.complete
    assert "Contoso" not in load_today(db.path, TODAY).next_step.title
    # One skip taken back: something is to do again, and the plan is open.
    step = step_by_key(db, rid, "reflect.prepared")
    back = step_skips.set_step_skipped(db, step.id, False, expected_version=step.version)
    assert back.reopened and back.plan_completed_at is None


# --- 4. the finished note says skipped steps were set aside ---------------------------------


async def test_a_plan_finished_by_a_skip_says_done_or_set_aside_and_fits_80x24(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = _contoso(db)
    for step in steps_of(db, rid):
        if step.group_key != "feedback":
            step_service.set_step_done(db, step.id, True)
    ask = step_by_key(db, rid, "feedback.ask")
    async with app_on(opened_paths, "recovery", size=(80, 24), notifications=True) as (
        app,
        pilot,
        pane,
    ):
        said = keep_toasts(app)
        await skip_in_pane(pilot, pane, ask.id)
        assert said[-1] == (
            "Nothing is left to do after the no from Contoso (Engineer): every step is done "
            "or set aside."
        ), said
        await pilot.pause(0.2)
        finished = [
            str(t.render()) for t in app.screen.query(Toast) if "Contoso" in str(t.render())
        ]
        assert len(finished) == 1, finished
        assert finished[0].rstrip().endswith("set aside."), finished
        assert "…" not in finished[0], finished
        assert focus_problem(app) is None


# --- 6. a reply's skip taken back brings its request back -----------------------------------


async def test_taking_back_the_replys_skip_brings_its_request_back(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = _contoso(db)
    ask = step_by_key(db, rid, "feedback.ask")
    reply = step_by_key(db, rid, "feedback.response")
    async with app_on(opened_paths, "recovery", size=(160, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        await skip_in_pane(pilot, pane, ask.id)  # the request, and its reply with it
        await skip_in_pane(pilot, pane, reply.id)
        assert said[-1] == (
            f"“{REPLY}” is back in your plan, to do. “{ASK}” is back with it: a reply is "
            "waited for once something is asked."
        ), said
        assert step_by_key(db, rid, "feedback.ask").skipped_at is None
        assert step_by_key(db, rid, "feedback.response").skipped_at is None
        assert "skipped" not in screen_text(app)
        # `u` skips both again, as they were.
        await pilot.press("u")
        await settle(pilot, 3)
        assert said[-1] == f"“{REPLY}” is skipped again. “{ASK}” is skipped with it.", said
        assert step_by_key(db, rid, "feedback.ask").skipped_at is not None
        assert step_by_key(db, rid, "feedback.response").skipped_at is not None
        assert focus_problem(app) is None


# --- 5. a skip made in another window is not taken back by a window showing it unskipped -----


async def test_x_over_another_windows_skip_is_refused(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = _contoso(db)
    ask = step_by_key(db, rid, "feedback.ask")
    async with app_on(opened_paths, "recovery", size=(160, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        pane.select_step(ask.id)
        await settle(pilot)
        assert f"[ ] {ASK}" in screen_text(app)
        step_skips.set_step_skipped(db, ask.id, True, expected_version=ask.version)  # window A
        await pilot.press("x")
        await settle(pilot, 3)
        assert said[-1] == "“Ask the recruiter or hiring man…” was changed in another window.", said
        assert step_by_key(db, rid, "feedback.ask").skipped_at is not None  # A's skip stands
        assert step_by_key(db, rid, "feedback.response").skipped_at is not None
        assert f"[–] {ASK}" in screen_text(app)  # shown as it is now
        assert focus_problem(app) is None


async def test_a_plan_finished_with_steps_set_aside_says_so_in_its_title(
    opened_paths: DataPaths, db: Database
) -> None:
    # Its title read "You saw it through, one step at a time." with every step skipped (the
    # round's last stranger); a plan whose steps were all ticked keeps those words.
    rid = _contoso(db)
    for step in steps_of(db, rid):
        if step.group_key != "feedback":
            step_service.set_step_done(db, step.id, True)
    ask = step_by_key(db, rid, "feedback.ask")
    async with app_on(opened_paths, "recovery", size=(160, 40)) as (app, pilot, pane):
        await skip_in_pane(pilot, pane, ask.id)
        shown = screen_text(app)
        assert "✓ Plan finished on 16 Mar: every step done or set aside." in shown, shown
        assert "You saw it through" not in shown
        assert focus_problem(app) is None


# --- 7. a request sent, unticked, then skipped says one thing --------------------------------


async def test_a_sent_request_unticked_then_skipped_reads_skipped_alone(
    opened_paths: DataPaths, db: Database
) -> None:
    # Its line read "skipped 16 Mar · asked 16 Mar": set aside and asked at once. Unticking
    # keeps the day it was asked (the reply stays waiting for it, People's log may hold it),
    # so the line says what the step is now, skipped, and its detail keeps the day asked.
    rid = add_rejection(db, "[b]Bold[/b] Labs 🚀 [", rejected_on=date(2026, 3, 1))
    recorded_on_its_day(db, rid)
    ask = step_by_key(db, rid, "feedback.ask")
    step_service.save_feedback_request(db, ask.id, FeedbackRequestInput(TODAY, "email"))
    step_service.set_step_done(db, ask.id, False)  # ticked as sent, then unticked
    async with app_on(opened_paths, "recovery", size=(160, 40)) as (app, pilot, pane):
        await skip_in_pane(pilot, pane, ask.id)
        line = next(row for row in screen_lines(app) if f"[–] {ASK}" in row)
        assert f"[–] {ASK} · skipped 16 Mar" in line, line
        assert "asked" not in line, line
        shown = flat(screen_text(app))
        assert "Skipped on 16 Mar: not due, and not counted as done." in shown, shown
        assert "Asked on 16 Mar by email, before it was set aside." in shown, shown
        assert "[b]Bold[/b] Labs 🚀 [" in shown, shown
        assert step_by_key(db, rid, "feedback.response").skipped_at is None  # it may come
        assert focus_problem(app) is None
