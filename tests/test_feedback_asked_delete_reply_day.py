"""Deleting a "Feedback asked" line puts "Note what came back" back on its day.

Left alone in the twenty-sixth round: a "Feedback asked" logged late moves the plan's reply
step to a week after the ask (tests/test_recovery_reply_after_ask.py); deleting that line
left the reply due from the ask deleted. Now the delete moves the open reply back to where
it would be without that ask: a week after the next ask still in the log about the
application, or else the plan's own day; a reply set further out, or counted from another
ask, stays. `u` after the delete puts the day back with the line, and `u` after the line was
just logged takes the move back with it (services/reply_day.py).

Seeded as tests/test_people_pane.py (Rita Okoye, a recruiter on Initech), with Initech's no
moved back to Tue 24 Feb; the clock is Mon 16 Mar 2026. The reply's own day is day 10,
6 Mar; asked on 16 Mar (day 20) it is due on day 27, 23 Mar; asked on 10 Mar (day 14), on
day 21, 17 Mar.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from typing import Any

from bounceback_tui.domain.people import InteractionInput, InteractionKind
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import people_log
from bounceback_tui.services.take_back import take_back
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.people.interview_choice import InterviewChoiceScreen
from tests.helpers import usual_keys
from tests.screen_text import assert_on_screen
from tests.test_people_pane import seeded  # noqa: F401
from tests.ui_harness import app_on, keep_toasts, settle
from tests.written_over import another_program_writes

REPLY = "Note what came back"
ASK = "Ask the recruiter or hiring manager for feedback"
NO_DAY = date(2026, 2, 24)
TODAY = date(2026, 3, 16)
Seeded = tuple[DataPaths, dict[str, int]]


def _one(paths: DataPaths, sql: str, *args: object) -> Any:
    with sqlite3.connect(paths.database) as conn:
        found = conn.execute(sql, args).fetchone()
    conn.close()
    return found


def _reply_day(paths: DataPaths) -> int:
    return int(_one(paths, "SELECT offset_days FROM recovery_step WHERE title = ?", REPLY)[0])


def _reply_id(paths: DataPaths) -> int:
    return int(_one(paths, "SELECT id FROM recovery_step WHERE title = ?", REPLY)[0])


def _moves(moved: Any) -> list[tuple[Any, ...]]:
    """Each move as (step, title, days from the no before, after, the no's day)."""
    return [(m.step_id, m.title, m.before, m.after, m.rejected_on) for m in moved]


def _ask(paths: DataPaths) -> tuple[Any, ...]:
    """(ticked, asked_on) of the plan's feedback ask."""
    done_at, asked_on = _one(
        paths, "SELECT done_at, asked_on FROM recovery_step WHERE template_key = 'feedback.ask'"
    )
    return done_at is not None, asked_on


def _no_came_on_24_feb(paths: DataPaths) -> None:
    another_program_writes(paths, "UPDATE rejection SET rejected_on = ?", (NO_DAY.isoformat(),))


def _asked(db: Database, ids: dict[str, int], day: date) -> people_log.LoggedInteraction:
    line = InteractionInput(InteractionKind.FEEDBACK_ASKED, day, "Asked by email")
    return people_log.log_interaction(
        db, line, application_id=ids["initech"], contact_id=ids["rita"]
    )


def test_deleting_the_late_ask_puts_the_reply_back_and_u_moves_it_again(
    seeded: Seeded,  # noqa: F811
) -> None:
    paths, ids = seeded
    _no_came_on_24_feb(paths)
    db = Database(paths.database)
    try:
        logged = _asked(db, ids, date(2026, 3, 16))
        assert _reply_day(paths) == 27
        deleted = people_log.delete_interaction(db, logged.id)
        assert _reply_day(paths) == 10  # the plan's own day, 6 Mar
        assert _moves(deleted.moved) == [(_reply_id(paths), REPLY, 27, 10, NO_DAY)]
        assert _ask(paths) == (False, None)  # the ask the line ticked goes with it
        back = people_log.restore_interaction(db, deleted)
        assert back.days_back == deleted.moved
        assert _reply_day(paths) == 27
    finally:
        db.dispose()


def test_the_reply_counts_from_the_next_ask_still_in_the_log(seeded: Seeded) -> None:  # noqa: F811
    paths, ids = seeded
    _no_came_on_24_feb(paths)
    db = Database(paths.database)
    try:
        first = _asked(db, ids, date(2026, 3, 10))
        second = _asked(db, ids, date(2026, 3, 16))
        assert _reply_day(paths) == 21  # counted from the first ask, 10 Mar
        # The later line is not the ask the reply counts from: deleting it moves nothing.
        later = people_log.delete_interaction(db, second.id)
        assert later.moved == () and _reply_day(paths) == 21
        people_log.restore_interaction(db, later)
        people_log.delete_interaction(db, first.id)
        assert _reply_day(paths) == 27  # a week after the ask left, 16 Mar
    finally:
        db.dispose()


def test_a_reply_set_further_out_keeps_its_day(seeded: Seeded) -> None:  # noqa: F811
    paths, ids = seeded
    _no_came_on_24_feb(paths)
    db = Database(paths.database)
    try:
        logged = _asked(db, ids, date(2026, 3, 16))
        # further out than the ask made it
        another_program_writes(
            paths, "UPDATE recovery_step SET offset_days = 40 WHERE title = ?", (REPLY,)
        )
        assert people_log.delete_interaction(db, logged.id).moved == ()
        assert _reply_day(paths) == 40
    finally:
        db.dispose()


def test_u_on_a_late_ask_just_logged_puts_the_reply_back(seeded: Seeded) -> None:  # noqa: F811
    paths, ids = seeded
    _no_came_on_24_feb(paths)
    db = Database(paths.database)
    try:
        logged = _asked(db, ids, date(2026, 3, 16))
        assert logged.added is not None and _reply_day(paths) == 27
        done = take_back(db, logged.added, usual_keys)
        assert _reply_day(paths) == 10
        assert _moves(done.days_back) == [(_reply_id(paths), REPLY, 10, 27, NO_DAY)]
        assert _ask(paths) == (False, None)
    finally:
        db.dispose()


async def test_people_delete_of_the_ask_says_the_replys_day_and_u_puts_it_back(
    seeded: Seeded,  # noqa: F811
) -> None:
    paths, ids = seeded
    _no_came_on_24_feb(paths)
    db = Database(paths.database)
    try:
        _asked(db, ids, date(2026, 3, 16))
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
            app, f"It ticked “{ASK}” in your plan: that is unticked too. u brings both back"
        )
        await pilot.press("y")
        await settle(pilot, 4)
        assert said[-1] == (
            f"Deleted the log line of 16 Mar (Feedback asked). “{ASK}” is open again. "
            f"“{REPLY}” is due 6 Mar again. Press u to undo."
        ), said
        assert _reply_day(paths) == 10

        await pilot.press("u")
        await settle(pilot, 4)
        assert said[-1] == (
            f"The log line of 16 Mar (Feedback asked) is back. “{ASK}” is ticked again. "
            f"“{REPLY}” is due 23 Mar again."
        ), said
        assert _reply_day(paths) == 27
        assert focus_problem(app) is None


# --- The ask step the line ticked goes with it ----------------------------------------------
# It stayed ticked, "asked 16 Mar", with no ask left in the log, while its reply already
# counted as if nothing had been asked.


def _ask_row(paths: DataPaths) -> tuple[Any, ...]:
    """(done_at, asked_on, asked_via) of the plan's feedback ask, as stored."""
    return tuple(
        _one(
            paths,
            "SELECT done_at, asked_on, asked_via FROM recovery_step "
            "WHERE template_key = 'feedback.ask'",
        )
    )


def test_deleting_the_ask_line_unticks_the_ask_and_u_ticks_it_again(
    seeded: Seeded,  # noqa: F811
) -> None:
    paths, ids = seeded
    db = Database(paths.database)
    try:
        logged = _asked(db, ids, date(2026, 3, 16))
        ticked = _ask_row(paths)
        assert ticked[1:] == ("2026-03-16", "Rita Okoye <rita@initech.example>"), ticked
        deleted = people_log.delete_interaction(db, logged.id)
        assert _ask_row(paths) == (None, None, "")  # open again, and not asked
        assert people_log.opened(deleted.unticked) == (ASK,)
        people_log.restore_interaction(db, deleted)
        assert _ask_row(paths) == ticked  # the tick, the day and how, as the line made them
    finally:
        db.dispose()


def test_with_another_ask_left_in_the_log_the_ask_counts_from_it(
    seeded: Seeded,  # noqa: F811
) -> None:
    paths, ids = seeded
    _no_came_on_24_feb(paths)
    db = Database(paths.database)
    try:
        first = _asked(db, ids, date(2026, 3, 10))
        _asked(db, ids, date(2026, 3, 16))
        before = _ask_row(paths)
        assert _ask(paths) == (True, "2026-03-10")
        deleted = people_log.delete_interaction(db, first.id)
        assert _ask(paths) == (True, "2026-03-16")  # still asked: the line of 16 Mar says so
        assert people_log.opened(deleted.unticked) == ()  # nothing to say is open again
        people_log.restore_interaction(db, deleted)
        assert _ask_row(paths) == before
    finally:
        db.dispose()


def test_an_ask_ticked_in_recovery_stays_ticked(seeded: Seeded) -> None:  # noqa: F811
    from bounceback_tui import clock
    from bounceback_tui.domain.recovery_forms import FeedbackRequestInput
    from bounceback_tui.services import recovery_steps
    from tests.conftest import FIXED_ZONE

    paths, ids = seeded
    ask_id = int(_one(paths, "SELECT id FROM recovery_step WHERE template_key = 'feedback.ask'")[0])
    db = Database(paths.database)
    try:
        recovery_steps.save_feedback_request(db, ask_id, FeedbackRequestInput(TODAY, "email"))
        before = _ask_row(paths)
        clock.freeze(datetime(2026, 3, 16, 11, 0), tz=FIXED_ZONE)  # logged later that morning
        logged = _asked(db, ids, TODAY)
        people_log.delete_interaction(db, logged.id)
        assert _ask_row(paths) == before  # the person's own tick, day and how stay
    finally:
        db.dispose()
