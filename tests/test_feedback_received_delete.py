"""Deleting a "Feedback received" line unticks "Note what came back" when the line ticked it.

Deleting a "Feedback asked" line takes back the ask's tick it made (services/feedback_line.py,
tests/test_feedback_asked_delete_reply_day.py); a "Feedback received" line deleted left the
plan's "Note what came back" ticked, with the line's words as its answer, and nothing in the
log said anything came back. Now it goes the same way: the tick the line made goes with it,
with the answer it wrote; with another "Feedback received" about the application left in the
log the step stays ticked, from that line; a tick the person made in Recovery stays; `u`
brings the line and its tick back.

Seeded as tests/test_people_pane.py (Rita Okoye, a recruiter on Initech, whose no came
today, Mon 16 Mar 2026).
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from typing import Any

from bounceback_tui import clock
from bounceback_tui.domain.people import InteractionInput, InteractionKind
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import people_log, recovery_steps
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.people.interview_choice import InterviewChoiceScreen
from tests.conftest import FIXED_ZONE
from tests.screen_text import assert_on_screen
from tests.test_people_pane import seeded  # noqa: F401
from tests.ui_harness import app_on, keep_toasts, settle

REPLY = "Note what came back"
TODAY = date(2026, 3, 16)
Seeded = tuple[DataPaths, dict[str, int]]


def _reply(paths: DataPaths) -> tuple[Any, ...]:
    """(done_at, answer) of the plan's "Note what came back", as stored."""
    with sqlite3.connect(paths.database) as conn:
        found = conn.execute(
            "SELECT done_at, answer FROM recovery_step WHERE template_key = 'feedback.response'"
        ).fetchone()
    conn.close()
    return tuple(found)


def _reply_id(paths: DataPaths) -> int:
    with sqlite3.connect(paths.database) as conn:
        (found,) = conn.execute(
            "SELECT id FROM recovery_step WHERE template_key = 'feedback.response'"
        ).fetchone()
    conn.close()
    return int(found)


def _received(
    db: Database, ids: dict[str, int], note: str, day: date = TODAY
) -> people_log.LoggedInteraction:
    line = InteractionInput(InteractionKind.FEEDBACK_RECEIVED, day, note)
    return people_log.log_interaction(
        db, line, application_id=ids["initech"], contact_id=ids["rita"]
    )


def test_deleting_the_line_unticks_the_reply_and_u_ticks_it_again(
    seeded: Seeded,  # noqa: F811
) -> None:
    paths, ids = seeded
    db = Database(paths.database)
    try:
        logged = _received(db, ids, "They wanted more SQL")
        ticked = _reply(paths)
        assert ticked[0] is not None and ticked[1] == "They wanted more SQL"
        deleted = people_log.delete_interaction(db, logged.id)
        assert _reply(paths) == (None, "")  # open again, without the line's words
        assert people_log.opened(deleted.unticked) == (REPLY,)
        people_log.restore_interaction(db, deleted)
        assert _reply(paths) == ticked  # the tick and the answer, as the line made them
    finally:
        db.dispose()


def test_with_another_reply_left_in_the_log_the_step_stays_ticked_from_it(
    seeded: Seeded,  # noqa: F811
) -> None:
    paths, ids = seeded
    db = Database(paths.database)
    try:
        clock.freeze(datetime(2026, 3, 16, 9, 0), tz=FIXED_ZONE)
        first = _received(db, ids, "They wanted more SQL")
        clock.freeze(datetime(2026, 3, 16, 15, 0), tz=FIXED_ZONE)
        _received(db, ids, "And a stronger portfolio")
        before = _reply(paths)
        assert before[1] == "They wanted more SQL"
        deleted = people_log.delete_interaction(db, first.id)
        done_at, answer = _reply(paths)
        assert done_at is not None and done_at != before[0]  # done when the other line came
        assert answer == "And a stronger portfolio"
        assert people_log.opened(deleted.unticked) == ()  # nothing to say is open again
        people_log.restore_interaction(db, deleted)
        assert _reply(paths) == before
    finally:
        db.dispose()


def test_a_reply_ticked_in_recovery_stays_ticked(seeded: Seeded) -> None:  # noqa: F811
    paths, ids = seeded
    db = Database(paths.database)
    try:
        recovery_steps.save_answer(db, _reply_id(paths), "A short call: more SQL")
        before = _reply(paths)
        clock.freeze(datetime(2026, 3, 16, 11, 0), tz=FIXED_ZONE)  # logged later that morning
        logged = _received(db, ids, "They wanted more SQL")
        deleted = people_log.delete_interaction(db, logged.id)
        assert _reply(paths) == before  # the person's own tick and answer stay
        assert deleted.unticked == ()
    finally:
        db.dispose()


def test_an_answer_the_person_wrote_over_the_lines_stays_on_the_open_step(
    seeded: Seeded,  # noqa: F811
) -> None:
    paths, ids = seeded
    db = Database(paths.database)
    try:
        logged = _received(db, ids, "They wanted more SQL")
        recovery_steps.save_answer(db, _reply_id(paths), "More SQL, and clearer STAR stories")
        ticked = _reply(paths)
        deleted = people_log.delete_interaction(db, logged.id)
        assert _reply(paths) == (None, "More SQL, and clearer STAR stories")  # their words
        people_log.restore_interaction(db, deleted)
        assert _reply(paths) == ticked
    finally:
        db.dispose()


async def test_people_says_the_reply_is_unticked_and_u_ticks_it_again(
    seeded: Seeded,  # noqa: F811
) -> None:
    paths, ids = seeded
    db = Database(paths.database)
    try:
        _received(db, ids, "They wanted more SQL")
    finally:
        db.dispose()
    async with app_on(paths, "people", size=(120, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        assert pane.select_item(ids["rita"])
        await settle(pilot)
        await pilot.press("I")  # her one line: straight to what to do with it
        await settle(pilot)
        assert isinstance(app.screen, InterviewChoiceScreen)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert_on_screen(
            app, f"It ticked “{REPLY}” in your plan: that is unticked too. u brings both back"
        )
        await pilot.press("y")
        await settle(pilot, 4)
        assert said[-1] == (
            f"Deleted the log line of 16 Mar (Feedback received). “{REPLY}” is open "
            "again. Press u to undo."
        ), said
        assert _reply(paths) == (None, "")
        assert focus_problem(app) is None
        await pilot.press("u")
        await settle(pilot, 4)
        assert said[-1] == (
            f"The log line of 16 Mar (Feedback received) is back. “{REPLY}” is ticked again."
        ), said
        assert _reply(paths)[1] == "They wanted more SQL"
        assert focus_problem(app) is None
