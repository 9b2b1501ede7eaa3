"""A draft kept as it already stands writes nothing, so `u` can still take the no back.

A stranger added a no on Recovery (`n`, "Zed Co", ctrl+s: "… u takes it away"), opened its
first step, typed and erased, and closed: the step's draft was still empty, yet its version
(and so its plan's) had moved on, and `u` said the no had changed since it was added. A draft
save that leaves the draft as it was (empty as empty, or the same text) now writes nothing.
"""

from __future__ import annotations

import sqlite3

from bounceback_tui.paths import DataPaths
from bounceback_tui.services import recovery_steps as step_service
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.recovery.answer import AnswerScreen
from tests.quiet import until_quiet
from tests.recovery_fixtures import add_rejection, steps_of
from tests.ui_harness import fill, settle, toasts


def _versions(paths: DataPaths) -> tuple[object, object]:
    with sqlite3.connect(paths.database) as conn:
        first_step = "SELECT answer_draft, version FROM recovery_step ORDER BY id"
        step = conn.execute(first_step).fetchone()
        plan = conn.execute("SELECT version FROM rejection").fetchone()
    conn.close()
    return step, plan


def test_a_draft_saved_as_it_stands_keeps_the_steps_version(db: Database) -> None:
    rejection_id = add_rejection(db)
    first = steps_of(db, rejection_id)[0]
    assert first.version == 1
    # Empty kept as empty, as None or as blank text: nothing is written.
    assert step_service.save_draft(db, first.id, None, expected_version=1) == 1
    assert step_service.save_draft(db, first.id, "   ", expected_version=1) == 1
    assert steps_of(db, rejection_id)[0].answer_draft is None
    # A real change moves the version on; the same text again does not.
    assert step_service.save_draft(db, first.id, "Half a thought", expected_version=1) == 2
    assert step_service.save_draft(db, first.id, "Half a thought", expected_version=2) == 2
    assert step_service.save_draft(db, first.id, None, expected_version=2) == 3
    assert steps_of(db, rejection_id)[0].answer_draft is None


async def test_blank_typed_into_a_new_nos_step_leaves_u_able_to_take_it_back(
    opened_paths: DataPaths,
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("3")
        await until_quiet(pilot)
        await pilot.press("n")
        await until_quiet(pilot)
        await fill(pilot, company="Zed Co", role="QA")
        await pilot.press("ctrl+s")
        await until_quiet(pilot)
        before = _versions(opened_paths)
        await pilot.press("enter")  # the first step
        await until_quiet(pilot)
        assert isinstance(app.screen, AnswerScreen)
        await pilot.press("space", "space")
        await pilot.pause(0.8)  # the draft is kept after a pause in typing
        await pilot.press("escape")
        await until_quiet(pilot)
        assert not isinstance(app.screen, AnswerScreen)
        assert before[0] == (None, 1)
        assert _versions(opened_paths) == before  # the step and its plan as the add left them
        await pilot.press("u")
        await settle(pilot, 4)
        assert toasts(app)[-1] == "Taken back: the no from Zed Co (QA) is removed."
    with sqlite3.connect(opened_paths.database) as conn:
        assert conn.execute("SELECT count(*) FROM rejection").fetchone() == (0,)
    conn.close()
