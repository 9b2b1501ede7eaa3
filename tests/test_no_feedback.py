"""A no whose reason says only that there is none ("No reason given.", the demo's) is no
feedback: `s` on its plan offered to turn it into a skill and prefilled one titled "No
reason given" (a walk on the demo). One function decides it (`domain/feedback.has_feedback`):
`s`, the step "Pick one skill to grow", "Note what came back", the reframe's situation line
and the demo's own skills."""

from __future__ import annotations

import pytest
from textual.widgets import Input, TextArea

from bounceback_tui.domain.feedback import has_feedback
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import reframe as reframe_service
from bounceback_tui.services.demo_data import REASONS, REASONS_ON_PAPER
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import RecoveryStep
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.recovery.answer import AnswerScreen
from bounceback_tui.ui.recovery.pane import RecoveryPane
from tests.recovery_fixtures import add_rejection, step_by_key
from tests.ui_harness import app_on, settle_workers, toasts

ON_THE_LIST = (
    "This no came without feedback, so there is nothing here to turn into a skill yet. "
    "An answer of yours can become one: Enter opens the plan's steps."
)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "No reason given.",
        "no reason given",
        "“No reason given.”",
        "None",
        "None given.",
        "n/a",
        "N/A",
        "-",
        "No feedback.",
        "No feedback was given.",
        "They gave no reason.",
        "Didn’t say.",
        "Not given",
        "Nothing.",
    ],
)
def test_a_placeholder_is_no_feedback(text: str) -> None:
    assert has_feedback(text) is False


@pytest.mark.parametrize(
    "text",
    [
        "Position filled internally.",
        "No one on the team had seen my portfolio.",
        "Not enough SQL.",
        "None of my examples showed leadership.",
        "No reason given, but they wanted more Kubernetes.",
        "They wanted more SQL.",
    ],
)
def test_words_that_say_something_are_feedback(text: str) -> None:
    assert has_feedback(text) is True


def test_the_demo_and_the_app_agree_on_its_reasons() -> None:
    # The demo's reasons: "" and "No reason given." are the ones that give none.
    without = {"", "No reason given."}
    for reason in (*REASONS, *REASONS_ON_PAPER):
        assert has_feedback(reason) is (reason not in without), reason


async def test_s_on_a_no_without_feedback_says_so_and_opens_nothing(
    opened_paths: DataPaths, db: Database
) -> None:
    add_rejection(db, "Larkspur AI", "Frontend Developer", reason="No reason given.")
    async with app_on(opened_paths, "recovery", size=(100, 30), notifications=True) as (
        app,
        pilot,
        pane,
    ):
        await settle_workers(pilot)
        assert isinstance(pane, RecoveryPane)
        assert app.focused is not pane.step_list
        assert not pane.check_action("skill", ())  # off the key bar
        await pilot.press("s")
        await settle_workers(pilot)
        assert not isinstance(app.screen, FormScreen)
        assert ON_THE_LIST in toasts(app)
        assert focus_problem(app) is None


async def test_a_reply_that_holds_no_feedback_is_not_a_skill(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db, "Larkspur AI", "Frontend Developer", reason="No reason given.")
    reply = step_by_key(db, rid, "feedback.response")
    with db.write() as session:
        row = session.get(RecoveryStep, reply.id)
        assert row is not None
        row.answer = "None."
        session.add(row)
    async with app_on(opened_paths, "recovery", size=(100, 30), notifications=True) as (
        app,
        pilot,
        pane,
    ):
        await settle_workers(pilot)
        await pilot.press("enter")  # into the plan's steps
        await settle_workers(pilot)
        assert isinstance(pane, RecoveryPane) and pane.select_step(reply.id)
        await settle_workers(pilot)
        assert app.focused is pane.step_list
        assert not pane.check_action("skill", ())
        await pilot.press("s")
        await settle_workers(pilot)
        assert not isinstance(app.screen, FormScreen)
        assert "This reply holds no feedback to turn into a skill." in toasts(app)
        assert app.focused is pane.step_list


async def test_the_pick_one_skill_step_opens_an_empty_form(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db, "Larkspur AI", "Frontend Developer", reason="No reason given.")
    step = step_by_key(db, rid, "keep_going.skill")
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (app, pilot, pane):
        await settle_workers(pilot)
        assert isinstance(pane, RecoveryPane) and pane.select_step(step.id)
        await pilot.press("enter")
        await settle_workers(pilot)
        form = app.screen
        assert isinstance(form, FormScreen)
        assert form.query_one("#field-title", Input).value == ""
        assert form.query_one("#field-why", TextArea).text == ""


async def test_note_what_came_back_offers_no_placeholder(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db, "Larkspur AI", "Frontend Developer", reason="No reason given.")
    reply = step_by_key(db, rid, "feedback.response")
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (app, pilot, pane):
        await settle_workers(pilot)
        assert isinstance(pane, RecoveryPane) and pane.select_step(reply.id)
        await pilot.press("enter")
        await settle_workers(pilot)
        screen = app.screen
        assert isinstance(screen, AnswerScreen)
        assert screen.query_one("#answer-text", TextArea).text == ""


def test_the_reframe_gives_no_reason_for_a_placeholder(db: Database) -> None:
    rid = add_rejection(db, "Larkspur AI", "Frontend Developer", reason="No reason given.")
    situation = reframe_service.new_draft(db, rid).situation
    assert "Their reason" not in situation
    assert situation.endswith("I had got to the interviews.")
