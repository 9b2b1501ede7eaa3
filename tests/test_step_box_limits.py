"""Reframe's step boxes and a Recovery step's answer stop at their saves' limits, and
Reframe's Escape is never a dead end.

A tester pasted 150,000 characters into "What happened?" (`4`, `a`): the box took them,
"not saved", "The situation is 149,999 characters; the limit is 100,000."; Escape then did
nothing, three times, the keys still typing into the box, and `q` quit without the record.
A Recovery step's answer took the paste too.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Static, TextArea

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.recovery.answer import AnswerScreen
from bounceback_tui.ui.reframe.pane import ReframePane
from tests.recovery_fixtures import add_rejection, step_by_key
from tests.ui_harness import app_on, settle, toasts


def _reframe(app: BouncebackApp) -> ReframePane:
    return app.query_one(ReframePane)


async def test_reframes_step_box_stops_at_its_limit(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("4")
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        area = app.focused
        assert isinstance(area, TextArea)
        app.post_message(events.Paste("x" * 150_000))
        await settle(pilot, 3)
        assert len(area.text) == 100_000
        note = app.query_one(".rf-full", Static)
        assert note.display and str(note.render()) == (
            "Full: 100,000 characters at most. 50,000 of the 150,000 characters pasted were "
            "left out."
        )


async def test_reframes_escape_leaves_a_text_the_save_refuses_the_second_time(
    opened_paths: DataPaths, db: Database
) -> None:
    # Text put in by the app is not cut (a record from an older version, say); the save
    # refused it and Escape did nothing, three times: no field of the step refused it.
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("4")
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        area = app.focused
        assert isinstance(area, TextArea)
        area.insert("y" * 100_001)
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert _reframe(app).mode == "exercise"
        message = " ".join(str(app.query_one("#rf-message", Static).render()).split())
        assert message == (
            "The situation is 100,001 characters; the limit is 100,000. "
            "Mend it, or Escape again leaves without it."
        )
        await pilot.press("escape")
        await settle(pilot)
        assert _reframe(app).mode == "history"
        assert app.focused is not None
        assert (
            "Closed without what could not be saved. The situation is 100,001 characters; "
            "the limit is 100,000."
        ) in toasts(app)


async def test_a_recovery_answer_stops_at_its_limit(opened_paths: DataPaths, db: Database) -> None:
    rid = add_rejection(db)
    reply = step_by_key(db, rid, "feedback.response")
    async with app_on(opened_paths, "recovery") as (app, pilot, pane):
        await pilot.press("enter")
        assert pane.step_list.select_step(reply.id)
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, AnswerScreen)
        area = screen.query_one("#answer-text", TextArea)
        app.post_message(events.Paste("x" * 150_000))
        await settle(pilot, 3)
        assert len(area.text) == 100_000
        status = str(screen.query_one("#answer-status", Static).render())
        assert "Full: 100,000 characters at most." in status
        await pilot.press("z")  # not taken
        await settle(pilot)
        assert len(area.text) == 100_000
        # What the box holds can be kept: Escape keeps it as the draft and closes.
        await pilot.press("escape")
        await settle(pilot, 3)
        assert not isinstance(app.screen, AnswerScreen)
        assert step_by_key(db, rid, "feedback.response").answer_draft == "x" * 100_000
