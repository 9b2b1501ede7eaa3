"""The reason typed with a no is used where it helps (a new user's walk): "Note what came
back" opened empty though the plan quoted the reason above it, and the reframe's situation
read "Their reason: They wanted more SQL…", a capital in the middle of the sentence."""

from __future__ import annotations

import pytest
from textual.widgets import Static, TextArea

from bounceback_tui.paths import DataPaths
from bounceback_tui.services import recovery_steps as step_service
from bounceback_tui.services import reframe as reframe_service
from bounceback_tui.store.database import Database
from bounceback_tui.ui.recovery.answer import AnswerScreen
from tests.recovery_fixtures import add_rejection, step_by_key
from tests.ui_harness import app_on, settle
from tests.written_over import another_program_writes

REASON = "They wanted more SQL and stakeholder experience."


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("They wanted more SQL.", "they wanted more SQL."),
        ("SQL was the gap.", "SQL was the gap."),
        ("I was told it was close.", "I was told it was close."),
        ("already filled", "already filled"),
        ("A", "A"),
        ("A better fit came along.", "a better fit came along."),
        ("Maria said the team went another way.", "Maria said the team went another way."),
        ("Unfortunately, the role was filled.", "unfortunately, the role was filled."),
        ("Tableau was the gap.", "Tableau was the gap."),
        ("", ""),
    ],
)
def test_mid_sentence_lowers_only_a_common_first_word(text: str, shown: str) -> None:
    from bounceback_tui.domain.text import mid_sentence

    assert mid_sentence(text) == shown


def test_the_reframe_quotes_the_reason_mid_sentence(db: Database) -> None:
    rid = add_rejection(db, reason=REASON)
    situation = reframe_service.new_draft(db, rid).situation
    assert situation.endswith("Their reason: they wanted more SQL and stakeholder experience.")
    sql = add_rejection(db, "Globex", reason="SQL, mostly.")
    assert reframe_service.new_draft(db, sql).situation.endswith("Their reason: SQL, mostly.")


def _reason_given_later(db: Database) -> int:
    """A no recorded without its reason, given later: its "Note what came back" stays
    open, and offers it (one recorded with its reason has the reply noted from it,
    tests/test_reason_is_what_came_back.py)."""

    rid = add_rejection(db)
    another_program_writes(db.path, "UPDATE rejection SET reason = ? WHERE id = ?", (REASON, rid))
    return rid


async def _open_reply(pilot, pane, step_id: int) -> AnswerScreen:  # type: ignore[no-untyped-def]
    assert pane.step_list.select_step(step_id)
    await pilot.press("enter")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, AnswerScreen)
    return screen


async def test_note_what_came_back_offers_the_reason(opened_paths: DataPaths, db: Database) -> None:
    rid = _reason_given_later(db)
    reply = step_by_key(db, rid, "feedback.response")
    async with app_on(opened_paths, "recovery", size=(80, 24)) as (app, pilot, pane):
        await pilot.press("enter")
        screen = await _open_reply(pilot, pane, reply.id)
        assert screen.query_one("#answer-text", TextArea).text == REASON
        status = str(screen.query_one("#answer-status", Static).render())
        assert "The reason they gave when they said no" in status
        # Only offered: closing untouched keeps nothing, and the next visit offers it again.
        await pilot.press("escape")
        await settle(pilot)
        kept = step_by_key(db, rid, "feedback.response")
        assert (kept.answer, kept.answer_draft, kept.done_at) == ("", None, None)
        screen = await _open_reply(pilot, pane, reply.id)
        area = screen.query_one("#answer-text", TextArea)
        assert area.text == REASON
        # Editable like anything typed: a change is kept as the draft, ctrl+s saves it.
        area.insert(" Nothing else.")
        await pilot.press("escape")
        await settle(pilot)
        assert step_by_key(db, rid, "feedback.response").answer_draft == REASON + " Nothing else."
        await _open_reply(pilot, pane, reply.id)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, AnswerScreen)
    saved = step_by_key(db, rid, "feedback.response")
    assert (saved.answer, saved.answer_draft) == (REASON + " Nothing else.", None)
    assert saved.done_at is not None


async def test_an_answer_already_there_is_not_replaced_by_the_reason(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db, reason=REASON)
    reply = step_by_key(db, rid, "feedback.response")
    step_service.save_answer(db, reply.id, "They said the SQL round was fine.")
    other = step_by_key(db, rid, "reflect.went_well")
    async with app_on(opened_paths, "recovery", size=(80, 24)) as (_app, pilot, pane):
        await pilot.press("enter")
        screen = await _open_reply(pilot, pane, reply.id)
        area = screen.query_one("#answer-text", TextArea)
        assert area.text == "They said the SQL round was fine."
        await pilot.press("escape")
        await settle(pilot)
        # Only the step about what came back is offered the reason.
        screen = await _open_reply(pilot, pane, other.id)
        assert screen.query_one("#answer-text", TextArea).text == ""
        await pilot.press("escape")
        await settle(pilot)


async def test_nothing_came_back_saves_without_the_offered_reason(
    opened_paths: DataPaths, db: Database
) -> None:
    """The reason is what they said with the no, not a reply: ticking "Nothing came back"
    over the untouched offer saves no answer."""
    rid = _reason_given_later(db)
    reply = step_by_key(db, rid, "feedback.response")
    async with app_on(opened_paths, "recovery", size=(80, 24)) as (app, pilot, pane):
        await pilot.press("enter")
        await _open_reply(pilot, pane, reply.id)
        await pilot.click("#answer-nothing")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, AnswerScreen)
    saved = step_by_key(db, rid, "feedback.response")
    assert (saved.answer, saved.nothing_came_back) == ("", True)
    assert saved.done_at is not None
